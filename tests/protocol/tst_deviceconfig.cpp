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
        QCOMPARE(config->encode(), bytes);
    }

    void layouts_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("ports");
        QTest::addColumn<bool>("cloud");
        QTest::newRow("130: one port") << 130 << 1 << false;
        QTest::newRow("180: K7 with cloud") << 180 << 1 << true;
        QTest::newRow("193: two ports") << 193 << 2 << false;
        QTest::newRow("256: three ports") << 256 << 3 << false;
    }

    void layouts()
    {
        QFETCH(int, length);
        QFETCH(int, ports);
        QFETCH(bool, cloud);
        QRandomGenerator random(length);
        for (int i = 0; i < 300; ++i) {
            const QByteArray bytes = randomBytes(random, length);
            const auto config = DeviceConfig::parse(bytes, nullptr);
            QVERIFY(config);
            QCOMPARE(config->portCount(), ports);
            QCOMPARE(config->hasCloud(), cloud);
            QCOMPARE(config->encode(), bytes);
            const QStringList keys = config->keys();
            QCOMPARE(keys.size(), 13 + 15 * ports + (cloud ? 2 : 0));
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
        const auto original = DeviceConfig::defaults(2, false);
        auto copy = original;
        QVERIFY(copy.setValue(u"port2.baud", 9600).ok());
        QVERIFY(copy.setValue(u"port1.mode", QStringLiteral("udp-server")).ok());
        QVERIFY(copy.setValue(u"name", QStringLiteral("copy")).ok());
        QCOMPARE(*original.value(u"port2.baud"), QJsonValue(115200));
        QCOMPARE(*original.value(u"port1.mode"), QJsonValue(QStringLiteral("tcp-server")));
        QCOMPARE(*original.value(u"name"), QJsonValue(QStringLiteral("USR-K7")));
        QVERIFY(!(copy == original));
    }

    void everyOtherLengthIsAnError()
    {
        for (int length = 0; length <= 300; ++length) {
            if (length == 130 || length == 180 || length == 193 || length == 256)
                continue;
            QString error;
            QVERIFY(!DeviceConfig::parse(QByteArray(length, '\x11'), &error));
            QCOMPARE(error, QStringLiteral("read reply of %1 bytes: expected 130, 180, 193 or 256")
                                    .arg(length));
        }
    }

    void keysTheModuleDoesNotHave()
    {
        auto config = DeviceConfig::defaults(1, false);
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
        const auto config = DeviceConfig::defaults(1, true);
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
        QCOMPARE(DeviceConfig::defaults(3, false).encode().size(), 256);
    }
};

QTEST_GUILESS_MAIN(tst_DeviceConfig)
#include "tst_deviceconfig.moc"
