#include "protocol/datagramdescription.h"
#include "protocol/deviceconfig.h"
#include "protocol/requestframe.h"
#include "testvectors.h"

#include <QJsonArray>
#include <QTest>

using namespace s2e;

namespace {

QJsonObject describe(const QByteArray &bytes)
{
    const auto description = describeDatagram(bytes);
    if (!description)
        qWarning("%s", qPrintable(description.error()));
    return description ? *description : QJsonObject();
}

} // namespace

class tst_DatagramDescription : public QObject
{
    Q_OBJECT

private slots:
    void searchReply()
    {
        const QJsonObject expected {
            { "kind", "search-reply" }, { "ip", "192.168.1.107" }, { "mac", "D8:B0:4C:C0:0D:65" },
            { "firmware", 3011 }, { "encryption", 1 }, { "name", "USR-K3" },
            { "board_type", 0 }, { "board_id", 0 }, { "checksum_ok", true },
        };
        QCOMPARE(describe(testVectorBytes("search_reply")), expected);
        QByteArray bad = testVectorBytes("search_reply");
        bad[35] = 0;
        QCOMPARE(describe(bad).value(u"checksum_ok"), QJsonValue(false));
    }

    void shortReplies_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("status");
        const QJsonObject vectors = testVectors();
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            if (!it.key().startsWith(u"short_reply"))
                continue;
            const QJsonObject vector = it.value().toObject();
            const QByteArray bytes = QByteArray::fromHex(vector.value(u"hex").toString().toLatin1());
            const int command = vector.value(u"decoded").toObject().value(u"cmd").toInt();
            QTest::newRow(qPrintable(it.key()))
                    << bytes << commandName(Command(command))
                    << vector.value(u"decoded").toObject().value(u"status").toString();
        }
        for (auto [byte, name] : { std::pair { 0x0B, "factory-reset" }, { 0x10, "write-cloud" },
                                   { 0x05, "write-basic" }, { 0x08, "write-port" } })
            QTest::addRow("%s", name) << QByteArray("\xFF\x01", 2) + char(byte) + 'K'
                                      << QString::fromLatin1(name) << QStringLiteral("ok");
    }

    void shortReplies()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, command);
        QFETCH(QString, status);
        const QJsonObject expected { { "kind", "short-reply" }, { "command", command },
                                     { "status", status } };
        QCOMPARE(describe(bytes), expected);
    }

    void readReplies()
    {
        const QJsonObject k7 = describe(testVectorBytes("read_reply_180"));
        QCOMPARE(k7.value(u"kind"), QJsonValue(QStringLiteral("config")));
        QCOMPARE(k7.value(u"ports"), QJsonValue(1));
        QCOMPARE(k7.value(u"cloud"), QJsonValue(true));
        const QJsonObject fields = k7.value(u"fields").toObject();
        QCOMPARE(fields.value(u"ip.address"), QJsonValue(QStringLiteral("192.168.0.7")));
        QCOMPARE(fields.value(u"port1.baud"), QJsonValue(115200));
        QCOMPARE(fields.value(u"port1.rfc2217"), QJsonValue(true));
        QCOMPARE(fields.value(u"cloud.id"), QJsonValue(QStringLiteral("12345678901234567890")));
        QCOMPARE(fields.size(), 30);

        auto twoPorts = DeviceConfig::defaults(*ModelTable::find(u"410s"));
        QVERIFY(twoPorts.setValue(u"port2.mode", QStringLiteral("udp-client")).ok());
        const QJsonObject e2 = describe(twoPorts.encode());
        QCOMPARE(e2.value(u"ports"), QJsonValue(2));
        QCOMPARE(e2.value(u"cloud"), QJsonValue(false));
        QCOMPARE(e2.value(u"fields").toObject().value(u"port2.mode"),
                 QJsonValue(QStringLiteral("udp-client")));
        QCOMPARE(e2.value(u"fields").toObject().size(), 43);
        QCOMPARE(e2.value(u"model"), QJsonValue(QStringLiteral("410s")));
        const QJsonObject three = describe(QByteArray(256, '\x01'));
        QCOMPARE(three.value(u"ports"), QJsonValue(3));
        QCOMPARE(three.value(u"model"), QJsonValue(QStringLiteral("unknown")));
        // Basic: the name (its two lengths read apart here), the restart timer and DNS; each
        // port: the packing length, HTTPD method and client limit.
        QCOMPARE(three.value(u"unplaced").toArray().size(), 3 + 3 * 3);

        // The 302's read: whole, and its later datagrams alone.
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        const QJsonObject m0 = describe(pieces.join());
        QCOMPARE(m0.value(u"model"), QJsonValue(QStringLiteral("302")));
        QCOMPARE(m0.value(u"extra_bytes"), QJsonValue(134));
        QCOMPARE(m0.value(u"fields").toObject().value(u"port1.max_clients"), QJsonValue(4));
        const QJsonObject second = describe(pieces[1]);
        QCOMPARE(second.value(u"kind"), QJsonValue(QStringLiteral("read-reply-piece")));
        QCOMPARE(second.value(u"piece"), QJsonValue(2));
        QCOMPARE(describe(pieces[2]).value(u"piece"), QJsonValue(3));
        QCOMPARE(describe(pieces[0]).value(u"model"), QJsonValue(QStringLiteral("unknown")));
    }

    void requests()
    {
        const QJsonObject search { { "kind", "request" }, { "command", "search" },
                                   { "checksum_ok", true } };
        QCOMPARE(describe(testVectorBytes("search_request")), search);

        const QJsonObject restart { { "kind", "request" }, { "command", "restart" },
                                    { "mac", "D8:B0:4C:C0:0D:65" }, { "user", "admin" },
                                    { "password", "admin" }, { "checksum_ok", true } };
        QCOMPARE(describe(testVectorBytes("restart_request")), restart);

        const QJsonObject port = describe(testVectorBytes("write_port0_request"));
        QCOMPARE(port.value(u"command"), QJsonValue(QStringLiteral("write-port")));
        QCOMPARE(port.value(u"port"), QJsonValue(1));
        const QJsonObject decoded = testVector("write_port0_request").value(u"decoded").toObject();
        const QJsonObject fields = port.value(u"fields").toObject();
        QCOMPARE(fields.value(u"port1.baud"), decoded.value(u"baud"));
        QCOMPARE(fields.value(u"port1.remote_host"), decoded.value(u"remote_host"));
        QCOMPARE(fields.value(u"port1.mode"), decoded.value(u"work_mode"));
        QCOMPARE(fields.value(u"port1.local_port"), decoded.value(u"local_port"));

        const QJsonObject basic = describe(testVectorBytes("write_basic_request"));
        QCOMPARE(basic.value(u"fields").toObject().value(u"ip.mode"), QJsonValue(QStringLiteral("dhcp")));
        // The name's length differs by family: without one, it is not placed.
        QCOMPARE(basic.value(u"fields").toObject().size(), 12);
        QCOMPARE(describeDatagram(testVectorBytes("write_basic_request"), ModelTable::find(u"k7"))
                         ->value(u"fields").toObject().value(u"name"),
                 QJsonValue(QStringLiteral("USR-K3")));

        const auto cloud = RequestFrame::create(Command::WriteCloud,
                                                *MacAddress::parse(u"02:00:00:00:00:01"),
                                                QStringLiteral("admin"), QStringLiteral("admin"),
                                                QByteArray(50, '\0'));
        const QJsonObject cloudDescription = describe(cloud->encode());
        QCOMPARE(cloudDescription.value(u"command"), QJsonValue(QStringLiteral("write-cloud")));
        QCOMPARE(cloudDescription.value(u"fields").toObject().keys(),
                 QStringList({ "cloud.code", "cloud.id" }));

        const auto port3 = RequestFrame::create(Command::WritePort3,
                                                *MacAddress::parse(u"02:00:00:00:00:01"),
                                                QStringLiteral("admin"), QStringLiteral("admin"),
                                                DeviceConfig::defaults(*ModelTable::find(u"k7")).port(0).encode());
        const QJsonObject port3Description = describe(port3->encode());
        QCOMPARE(port3Description.value(u"port"), QJsonValue(3));
        QVERIFY(port3Description.value(u"fields").toObject().contains(u"port3.baud"));
        // Without a model, only what every layout places alike; with one, its layout.
        QVERIFY(!port3Description.value(u"fields").toObject().contains(u"port3.pack_len"));
        QCOMPARE(port3Description.value(u"model"), QJsonValue(QStringLiteral("unknown")));
        const auto m0Port = describeDatagram(port3->encode(), ModelTable::find(u"302"));
        QCOMPARE(m0Port->value(u"fields").toObject().value(u"port3.max_clients"), QJsonValue(5)); // a K7 block read as a 302 one: why the layout matters
        QCOMPARE(m0Port->value(u"model"), QJsonValue(QStringLiteral("302")));
        QCOMPARE(describeDatagram(port3->encode(), ModelTable::find(u"k7"))->value(u"fields").toObject().value(u"port3.pack_len"),
                 QJsonValue(1460));

        QByteArray badSum = testVectorBytes("read_request");
        badSum[badSum.size() - 1] = 0;
        QCOMPARE(describe(badSum).value(u"checksum_ok"), QJsonValue(false));
    }

    void rfc2217()
    {
        QJsonObject expected { { "kind", "rfc2217" }, { "baud", 9600 }, { "data_bits", 8 },
                               { "parity", "none" }, { "stop_bits", 1 },
                               { "checksum_ok", true }, { "checksum_form", "8-bit" } };
        QCOMPARE(describe(testVectorBytes("rfc2217_9600_8N1")), expected);
        // N520/N540 print the sum with bit 7 cleared.
        expected.insert(QStringLiteral("checksum_form"), QStringLiteral("7-bit"));
        QCOMPARE(describe(testVectorBytes("rfc2217_9600_8n1_7bit_checksum")), expected);
    }

    void shortReplyVariants()
    {
        // An error carrying the module's checksum; a reply to another model's command.
        const QJsonObject error { { "kind", "short-reply" }, { "command", "store" }, { "status", "error" },
                                  { "module_checksum", 0x2F } };
        QCOMPARE(describe(QByteArray::fromHex("FF0104452F")), error);
        const QJsonObject unknown { { "kind", "short-reply" }, { "command", "0x23" }, { "status", "ok" },
                                    { "known_command", false } };
        QCOMPARE(describe(QByteArray::fromHex("FF01234B")), unknown);
    }

    void searchReplyVectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("vector");
        QTest::newRow("K3 manual") << testVectorBytes("search_reply") << "search_reply";
        QTest::newRow("captured 4017") << testVectorBytes("search_reply_captured_4017") << "search_reply_captured_4017";
        QTest::newRow("410S manual") << testVectorBytes("search_reply_410s_manual") << "search_reply_410s_manual";
    }

    void searchReplyVectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, vector);
        const QJsonObject decoded = testVector(qPrintable(vector)).value(u"decoded").toObject();
        const QJsonObject description = describe(bytes);
        QCOMPARE(description.value(u"kind"), QJsonValue("search-reply"));
        QCOMPARE(description.value(u"ip"), decoded.value(u"ip"));
        QCOMPARE(description.value(u"mac"), decoded.value(u"mac"));
        QCOMPARE(description.value(u"name"), decoded.value(u"name"));
        QCOMPARE(description.value(u"checksum_ok"), QJsonValue(true));
    }

    void undecodable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("66 bytes") << QByteArray(66, '\x01')
                                  << "read reply of 66 bytes: a read holds at least the 67-byte basic block and "
                                     "at most 264 bytes";
        QTest::newRow("265 bytes") << QByteArray(265, '\x01')
                                   << "read reply of 265 bytes: a read holds at least the 67-byte basic block and "
                                      "at most 264 bytes";
        QTest::newRow("empty") << QByteArray()
                               << "read reply of 0 bytes: a read holds at least the 67-byte basic block and at "
                                  "most 264 bytes";
        QTest::newRow("truncated search reply")
                << testVectorBytes("search_reply").left(35)
                << "request length byte says 36 bytes follow, the datagram holds 32";
        QTest::newRow("bad short status") << QByteArray::fromHex("FF010499")
                                          << "store request of 4 bytes: expected 22";
    }

    void undecodable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const auto description = describeDatagram(bytes);
        QVERIFY(!description.ok());
        QCOMPARE(description.error(), error);
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(48899);
        int decoded = 0;
        for (int i = 0; i < 50000; ++i) {
            QByteArray bytes = randomBytes(random, random.bounded(300));
            if (!bytes.isEmpty() && random.bounded(2))
                bytes[0] = char(0xFF);
            const auto description = describeDatagram(bytes);
            QVERIFY(description.ok() == description.error().isEmpty());
            decoded += description.ok();
        }
        QVERIFY(decoded > 0);
    }
};

QTEST_GUILESS_MAIN(tst_DatagramDescription)
#include "tst_datagramdescription.moc"
