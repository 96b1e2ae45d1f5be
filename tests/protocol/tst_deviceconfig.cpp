#include "protocol/deviceconfig.h"
#include "testvectors.h"

#include <QSet>
#include <QTest>

using namespace s2e;

class tst_DeviceConfig : public QObject
{
    Q_OBJECT

private slots:
    void manualK7Reply()
    {
        const QByteArray bytes = testVectorBytes("read_reply_180");
        const QJsonObject decoded = testVector("read_reply_180").value(u"decoded").toObject();
        QString error;
        const auto config = DeviceConfig::parse(bytes, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->portCount(), decoded.value(u"ports").toInt());
        QCOMPARE(config->hasCloud(), decoded.value(u"has_cloud").toBool());
        QCOMPARE(*config->value(u"ip.address"), decoded.value(u"static_ip"));
        QCOMPARE(*config->value(u"name"), decoded.value(u"name"));
        QCOMPARE(*config->value(u"port1.baud"), decoded.value(u"port0_baud"));
        QCOMPARE(*config->value(u"port1.mode"), decoded.value(u"port0_work_mode"));
        QCOMPARE(*config->value(u"cloud.id"), decoded.value(u"cloud_id"));
        QCOMPARE(*config->value(u"cloud.code"), decoded.value(u"cloud_code"));
        // The manual's own basic block holds 10 0E 00 00 at 59: AT+RSTIM's default.
        QCOMPARE(*config->value(u"restart_timeout"), QJsonValue(3600));
        QCOMPARE(config->encode(), bytes);
    }

    void layouts_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("ports");
        QTest::addColumn<bool>("cloud");
        QTest::addColumn<int>("keyCount");
        // Basic: 13 keys (11 where no family is known and random bytes make the layouts read
        // basic 35-36 and 59-62 apart); port: 15 on the M4 layout, 17 on the 302's, 14 unknown
        // (the flow byte reads alike, the packing length apart); cloud: 2.
        QTest::newRow("130: unknown, one port") << 130 << "unknown" << 1 << false << 11 + 14;
        QTest::newRow("180: K7 with cloud") << 180 << "k7" << 1 << true << 13 + 15 + 2;
        QTest::newRow("193: two-port 410S") << 193 << "410s" << 2 << false << 13 + 2 * 15;
        QTest::newRow("200: unknown, basic only") << 200 << "unknown" << 0 << false << 11;
        QTest::newRow("256: unknown, three ports") << 256 << "unknown" << 3 << false << 11 + 3 * 14;
        QTest::newRow("264: TCP232-302") << 264 << "302" << 1 << false << 13 + 17;
    }

    void layouts()
    {
        QFETCH(int, length);
        QFETCH(QString, model);
        QFETCH(int, ports);
        QFETCH(bool, cloud);
        QFETCH(int, keyCount);
        QRandomGenerator random(length);
        for (int i = 0; i < 300; ++i) {
            const QByteArray bytes = randomBytes(random, length);
            const auto config = DeviceConfig::parse(bytes, nullptr);
            QVERIFY(config);
            QCOMPARE(QLatin1String(config->model().key), model);
            QCOMPARE(config->portCount(), ports);
            QCOMPARE(config->hasCloud(), cloud);
            QCOMPARE(config->encode(), bytes);
            const QStringList keys = config->keys();
            // On an unknown model, a name that ends within 14 bytes and a packing length whose
            // bytes read alike are shown too.
            int readAlike = 0;
            for (const QString &key : keys) {
                if (!config->model().isKnown() && !FieldTable::find(key, 0) && !key.endsWith(u".flow")) {
                    QVERIFY2(key == u"name" || key.endsWith(u".pack_len"), qPrintable(key));
                    ++readAlike;
                }
            }
            QCOMPARE(keys.size() - readAlike, keyCount);
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
            QCOMPARE(config->fields().keys().size(), keys.size());
            for (const QString &key : keys)
                QVERIFY2(config->value(key).ok(), qPrintable(key));
        }
    }

    void portBlocksAreWhereTheyBelong()
    {
        QRandomGenerator random(193);
        const QByteArray bytes = randomBytes(random, 193);
        auto config = *DeviceConfig::parse(bytes, nullptr);
        QVERIFY(config.setValue(u"port2.baud", 9600).ok());
        const QByteArray after = config.encode();
        QCOMPARE(after.first(130), bytes.first(130));
        QCOMPARE(after.mid(130, 4), QByteArray::fromHex("80250000"));
        QCOMPARE(after.mid(134), bytes.mid(134));
        QCOMPARE(*config.value(u"port2.baud"), QJsonValue(9600));
        QCOMPARE(config.port(1).encode(), after.mid(130, 63));
    }

    void copiesAreIndependent()
    {
        const auto original = DeviceConfig::defaults(*ModelTable::find(u"410s"));
        auto copy = original;
        QVERIFY(copy.setValue(u"port2.baud", 9600).ok());
        QVERIFY(copy.setValue(u"port1.mode", QStringLiteral("udp-server")).ok());
        QVERIFY(copy.setValue(u"name", QStringLiteral("copy")).ok());
        QCOMPARE(*original.value(u"port2.baud"), QJsonValue(115200));
        QCOMPARE(*original.value(u"port1.mode"), QJsonValue(QStringLiteral("tcp-server")));
        QCOMPARE(*original.value(u"name"), QJsonValue(QStringLiteral("USR-TCP232-410S")));
        QVERIFY(!(copy == original));
    }

    void tooShortOrTooLongIsAnError()
    {
        for (int length = 0; length <= 400; ++length) {
            if (length >= 67 && length <= 264)
                continue;
            QString error;
            QVERIFY(!DeviceConfig::parse(QByteArray(length, '\x11'), &error));
            QCOMPARE(error, QStringLiteral("read reply of %1 bytes: a read holds at least the 67-byte basic "
                                           "block and at most 264 bytes")
                                    .arg(length));
        }
    }

    void twoPortVector()
    {
        const QByteArray bytes = testVectorBytes("read_reply_193");
        const QJsonObject decoded = testVector("read_reply_193").value(u"decoded").toObject();
        const auto config = DeviceConfig::parse(bytes, nullptr);
        QVERIFY(config);
        QCOMPARE(QLatin1String(config->model().key), decoded.value(u"model").toString());
        QCOMPARE(config->portCount(), decoded.value(u"ports").toInt());
        QCOMPARE(*config->value(u"name"), decoded.value(u"name"));
        QCOMPARE(*config->value(u"port1.baud"), decoded.value(u"port1_baud"));
        QCOMPARE(*config->value(u"port2.baud"), decoded.value(u"port2_baud"));
        QCOMPARE(*config->value(u"port2.local_port"), decoded.value(u"port2_local_port"));
        QCOMPARE(*config->value(u"port1.pack_len"), decoded.value(u"port1_pack_len"));
        QVERIFY(!config->hasCloud());
        QCOMPARE(config->encode(), bytes);
    }

    void tcp232_302VectorAndItsPortBlockTail()
    {
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        const QByteArray bytes = pieces.join();
        const QJsonObject decoded = testVector("read_reply_302").value(u"decoded").toObject();
        auto config = *DeviceConfig::parse(bytes, nullptr);
        QCOMPARE(QLatin1String(config.model().key), decoded.value(u"model").toString());
        QCOMPARE(config.extra().size(), decoded.value(u"extra_bytes").toInt());
        QCOMPARE(config.extra(), pieces[1] + pieces[2]);
        for (const char *key : { "httpd_method", "max_clients", "pack_len", "pack_time", "baud" })
            QCOMPARE(*config.value(QStringLiteral("port1.%1").arg(QLatin1String(key))),
                     decoded.value(QStringLiteral("port1_%1").arg(QLatin1String(key))));
        QCOMPARE(*config.value(u"name"), decoded.value(u"name"));
        QCOMPARE(config.encode(), bytes);

        // Each tail field writes its own bytes only: offsets 52, 53, 54-55 and 56 of the block.
        const QByteArray port = pieces[0].sliced(67);
        QVERIFY(config.setValue(u"port1.pack_len", 1000).ok());
        QByteArray expected = port;
        expected[54] = char(0xE8);
        expected[55] = char(0x03);
        QCOMPARE(config.port(0).encode(), expected);
        QVERIFY(config.setValue(u"port1.max_clients", 8).ok());
        expected[53] = 8;
        QVERIFY(config.setValue(u"port1.httpd_method", QStringLiteral("get")).ok());
        expected[52] = 0;
        QCOMPARE(config.port(0).encode(), expected);
        QVERIFY(!config.setValue(u"port1.max_clients", 17).ok());
        QVERIFY(!config.setValue(u"port1.pack_len", 1461).ok());
        QCOMPARE(config.encode().sliced(130), pieces[1] + pieces[2]);
    }

    void theTcp232_302KeepsFourteenCharacterNames()
    {
        auto config = DeviceConfig::defaults(*ModelTable::find(u"302"));
        QCOMPARE(config.encode().size(), 264);
        QCOMPARE(*config.value(u"name"), QJsonValue(QStringLiteral("USR-TCP232-302")));
        QByteArray bytes = config.encode();
        bytes[35] = 'r'; // the two reserved bytes after the name
        bytes[36] = 's';
        config = *DeviceConfig::parse(bytes, nullptr);
        QVERIFY(config.setValue(u"name", QStringLiteral("fourteen-chars")).ok());
        const auto tooLong = config.setValue(u"name", QStringLiteral("fifteen-chars!!"));
        QVERIFY(!tooLong.ok());
        QCOMPARE(config.encode().mid(21, 16), QByteArray("fourteen-charsrs"));
        // A K7 keeps fifteen.
        auto k7 = DeviceConfig::defaults(*ModelTable::find(u"k7"));
        QVERIFY(k7.setValue(u"name", QStringLiteral("fifteen-chars!!")).ok());
    }

    void keysOfAnotherFamilyAreRefusedNamingIt()
    {
        auto k7 = DeviceConfig::defaults(*ModelTable::find(u"k7"));
        const auto httpd = k7.setValue(u"port1.httpd_method", QStringLiteral("post"));
        QVERIFY(!httpd.ok());
        QCOMPARE(httpd.error(), QStringLiteral("port1.httpd_method: the USR-K7 has no such parameter"));
        auto m0 = DeviceConfig::defaults(*ModelTable::find(u"302"));
        const auto cloud = m0.setValue(u"cloud.id", QStringLiteral("x"));
        QCOMPARE(cloud.error(), QStringLiteral("cloud.id: the USR-TCP232-302 reports no USR-cloud parameters in a read"));
        QVERIFY(!k7.keys().contains(QStringLiteral("port1.max_clients")));
        QVERIFY(m0.keys().contains(QStringLiteral("port1.max_clients")));
        QVERIFY(k7.unplacedKeys().isEmpty());
    }

    void anUnknownModelLeavesWhatItCannotPlace()
    {
        QRandomGenerator random(130);
        const QByteArray bytes = randomBytes(random, 130);
        auto config = *DeviceConfig::parse(bytes, nullptr);
        QVERIFY(!config.model().isKnown());
        QCOMPARE(config.unplacedKeys(), QStringList({ "restart_timeout", "ip.dns", "name", "port1.pack_len",
                                                      "port1.httpd_method", "port1.max_clients" }));
        const auto packLen = config.setValue(u"port1.pack_len", 100);
        QVERIFY(!packLen.ok());
        QVERIFY(packLen.error().contains(QStringLiteral("model is not known")));
        QVERIFY(config.setValue(u"port1.baud", 9600).ok());
        QVERIFY(config.setValue(u"ip.address", QStringLiteral("10.0.0.9")).ok());
        const QByteArray after = config.encode();
        QCOMPARE(after.sliced(67 + 52, 4), bytes.sliced(67 + 52, 4));
        QCOMPARE(after.sliced(21, 16), bytes.sliced(21, 16));
    }

    void anUnknownModelWritesWhatEveryLayoutWritesAlike()
    {
        // A K7's first 130 bytes: no family reads so, but its name ends before byte 35.
        const QByteArray bytes = DeviceConfig::defaults(*ModelTable::find(u"k7")).encode().first(130);
        auto config = *DeviceConfig::parse(bytes, nullptr);
        QVERIFY(!config.model().isKnown());
        QCOMPARE(*config.value(u"name"), QJsonValue(QStringLiteral("USR-K7")));
        QVERIFY(config.keys().contains(QStringLiteral("name")));
        QVERIFY(!config.unplacedKeys().contains(QStringLiteral("name")));
        QVERIFY(config.setValue(u"name", QStringLiteral("SHORT")).ok());
        QCOMPARE(*config.value(u"name"), QJsonValue(QStringLiteral("SHORT")));
        // Fifteen characters fill byte 35, which the 302 keeps reserved: refused, nothing written.
        const QByteArray before = config.encode();
        const auto longName = config.setValue(u"name", QStringLiteral("FIFTEEN-CHARS-X"));
        QVERIFY(!longName.ok());
        QVERIFY2(longName.error().contains(QStringLiteral("14")), qPrintable(longName.error()));
        QCOMPARE(config.encode(), before);
        // The flow byte reads alike (1 and 0 are both none), but none is written apart.
        QCOMPARE(*config.value(u"port1.flow"), QJsonValue(QStringLiteral("none")));
        QVERIFY(config.setValue(u"port1.flow", QStringLiteral("rts-cts")).ok());
        const auto none = config.setValue(u"port1.flow", QStringLiteral("none"));
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(QStringLiteral("models keep this value differently")), qPrintable(none.error()));
    }

    void basic59FollowsTheLayout()
    {
        auto k7 = DeviceConfig::defaults(*ModelTable::find(u"k7"));
        QCOMPARE(k7.basic().encode().sliced(59, 4), QByteArray::fromHex("100E0000"));
        const auto dns = k7.setValue(u"ip.dns", QStringLiteral("8.8.8.8"));
        QVERIFY(!dns.ok());
        QVERIFY2(dns.error().contains(QStringLiteral("AT+DNS")), qPrintable(dns.error()));
        QCOMPARE(k7.basic().encode().sliced(59, 4), QByteArray::fromHex("100E0000"));
        QVERIFY(!k7.keys().contains(QStringLiteral("ip.dns")));
        // 0 is off; otherwise 60-65535 (AT+RSTIM).
        for (const int allowed : { 0, 60, 3600, 65535 })
            QVERIFY2(k7.setValue(u"restart_timeout", allowed).ok(), qPrintable(QString::number(allowed)));
        for (const int refused : { 1, 59, 65536 })
            QVERIFY2(!k7.setValue(u"restart_timeout", refused).ok(), qPrintable(QString::number(refused)));
        QCOMPARE(k7.basic().encode().sliced(59, 4), QByteArray::fromHex("FFFF0000"));

        auto m0 = DeviceConfig::defaults(*ModelTable::find(u"302"));
        QVERIFY(m0.setValue(u"ip.dns", QStringLiteral("8.8.4.4")).ok());
        QCOMPARE(m0.basic().encode().sliced(59, 4), QByteArray::fromHex("04040808"));
        QVERIFY(!m0.value(u"restart_timeout").ok());
    }

    void the302sFactoryValues()
    {
        // Its manual and a real T2: no WebSocket port, flow byte 00, packing length 0, time count 0x91.
        const auto m0 = DeviceConfig::defaults(*ModelTable::find(u"302"));
        QCOMPARE(*m0.value(u"websocket.port"), QJsonValue(0));
        QCOMPARE(*m0.value(u"port1.flow"), QJsonValue(QStringLiteral("none")));
        QCOMPARE(*m0.value(u"port1.pack_len"), QJsonValue(0));
        const QByteArray port = m0.port(0).encode();
        QCOMPARE(quint8(port[7]), quint8(0x00));
        QCOMPARE(quint8(port[57]), quint8(0x91));
        QCOMPARE(quint8(DeviceConfig::defaults(*ModelTable::find(u"k7")).port(0).encode()[7]), quint8(0x01));
    }

    void aFlowByteOfZeroIsNoneAndKept()
    {
        auto k7 = DeviceConfig::defaults(*ModelTable::find(u"k7"));
        QByteArray port = k7.port(0).encode();
        port[7] = 0;
        QVERIFY(k7.setBlock(*ParamBlock::parse(BlockKind::Port, port, nullptr)).ok());
        QCOMPARE(*k7.value(u"port1.flow"), QJsonValue(QStringLiteral("none")));
        QVERIFY(k7.setValue(u"port1.flow", QStringLiteral("none")).ok());
        QCOMPARE(quint8(k7.port(0).encode()[7]), quint8(0x00));
        QVERIFY(k7.setValue(u"port1.flow", QStringLiteral("rts-cts")).ok());
        QVERIFY(k7.setValue(u"port1.flow", QStringLiteral("none")).ok());
        QCOMPARE(quint8(k7.port(0).encode()[7]), quint8(0x01)); // the K7 manual's none
    }

    void keysTheModuleDoesNotHave()
    {
        QRandomGenerator random(7);
        auto config = *DeviceConfig::parse(randomBytes(random, 130), nullptr);
        QVERIFY(config.setValue(u"port1.data_bits", 8).ok());
        const QByteArray before = config.encode();
        const auto port2 = config.setValue(u"port2.baud", 9600);
        QVERIFY(!port2.ok());
        QCOMPARE(port2.error(), QStringLiteral("port2.baud: this module has 1 serial port(s)"));
        const auto cloud = config.setValue(u"cloud.id", QStringLiteral("x"));
        QVERIFY(!cloud.ok());
        QVERIFY(cloud.error().contains(QStringLiteral("no USR-cloud")));
        const auto unknown = config.value(u"ip.adress");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error(), QStringLiteral("unknown parameter \"ip.adress\""));
        QVERIFY(!config.setValue(u"port1.data_bits", 9).ok());
        QCOMPARE(config.encode(), before);
        QVERIFY(!config.keys().contains(QStringLiteral("cloud.id")));
    }

    void defaultsAreK7Defaults()
    {
        const auto config = DeviceConfig::defaults(*ModelTable::find(u"k7"));
        QCOMPARE(config.encode().size(), 180);
        QCOMPARE(*config.value(u"ip.address"), QJsonValue(QStringLiteral("192.168.0.7")));
        QCOMPARE(*config.value(u"ip.mode"), QJsonValue(QStringLiteral("static")));
        QCOMPARE(*config.value(u"user"), QJsonValue(QStringLiteral("admin")));
        QCOMPARE(*config.value(u"password"), QJsonValue(QStringLiteral("admin")));
        QCOMPARE(*config.value(u"port1.mode"), QJsonValue(QStringLiteral("tcp-server")));
        QCOMPARE(*config.value(u"port1.local_port"), QJsonValue(23));
        QCOMPARE(*config.value(u"port1.baud"), QJsonValue(115200));
        QCOMPARE(*config.value(u"web.port"), QJsonValue(80));
        QCOMPARE(*config.value(u"websocket.port"), QJsonValue(6432));
        QCOMPARE(DeviceConfig::defaults(*ModelTable::find(u"410s")).encode().size(), 193);
        QCOMPARE(*DeviceConfig::defaults(*ModelTable::find(u"410s")).value(u"name"),
                 QJsonValue(QStringLiteral("USR-TCP232-410S")));
        QCOMPARE(*DeviceConfig::defaults(*ModelTable::find(u"302")).value(u"port1.pack_time"), QJsonValue(10));
    }
};

QTEST_GUILESS_MAIN(tst_DeviceConfig)
#include "tst_deviceconfig.moc"
