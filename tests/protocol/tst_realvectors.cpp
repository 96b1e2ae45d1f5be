// Bytes real modules sent or took, published by people whose tools ran against them
// (tests/data/vectors.json, the entries named "real"): decoded exactly as their entries say.
#include "protocol/datagramdescription.h"
#include "protocol/deviceconfig.h"
#include "protocol/requestframe.h"
#include "protocol/searchreply.h"
#include "protocol/t24reply.h"
#include "testvectors.h"

#include <QJsonObject>
#include <QTest>

using namespace s2e;

class tst_RealVectors : public QObject
{
    Q_OBJECT

private slots:
    void searchReplies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("M0 on port 1500") << "search_reply_real_m0_port1500";
        QTest::newRow("USR-WSa") << "search_reply_real_usr_wsa";
    }

    void searchReplies()
    {
        QFETCH(QString, name);
        const QJsonObject vector = testVector(qPrintable(name));
        const QByteArray bytes = testVectorBytes(qPrintable(name));
        const auto reply = SearchReply::parse(bytes, nullptr);
        QVERIFY(reply);
        QVERIFY(reply->checksumOk());
        QCOMPARE(reply->ipString(), vector.value(u"ip").toString());
        QCOMPARE(reply->mac().toString(), vector.value(u"mac").toString());
        QCOMPARE(int(reply->firmware()), vector.value(u"firmware").toInt());
        QCOMPARE(reply->name(), vector.value(u"name").toString());
        if (vector.contains(u"board_type")) {
            QCOMPARE(int(reply->boardType()), vector.value(u"board_type").toInt());
            QCOMPARE(int(reply->boardId()), vector.value(u"board_id").toInt());
            QCOMPARE(int(reply->encryption()), vector.value(u"encryption").toInt());
        }
        QCOMPARE(reply->encode(), bytes);
    }

    void e2ReadRequestReencodes()
    {
        const QJsonObject vector = testVector("read_request_real_e2");
        const QByteArray bytes = testVectorBytes("read_request_real_e2");
        const auto parsed = RequestFrame::parse(bytes, nullptr);
        QVERIFY(parsed);
        QVERIFY(parsed->checksumOk());
        QCOMPARE(parsed->command(), Command::Read);
        QCOMPARE(parsed->mac().toString(), vector.value(u"mac").toString());
        QCOMPARE(parsed->user(), vector.value(u"user").toString());
        QCOMPARE(parsed->password(), vector.value(u"password").toString());
        const auto built = RequestFrame::create(Command::Read, *MacAddress::parse(vector.value(u"mac").toString()),
                                                vector.value(u"user").toString(), vector.value(u"password").toString());
        QVERIFY(built);
        QCOMPARE(built->encode(), bytes);
    }

    void e2ReadReply()
    {
        const QJsonObject vector = testVector("read_reply_real_e2_193");
        const QByteArray bytes = testVectorBytes("read_reply_real_e2_193");
        const auto config = DeviceConfig::parse(bytes, nullptr);
        QVERIFY(config);
        QCOMPARE(QLatin1String(config->model().key), QLatin1String("410s"));
        QCOMPARE(config->portCount(), 2);
        QCOMPARE(config->value(u"ip.address")->toString(), vector.value(u"ip").toString());
        QCOMPARE(config->value(u"ip.gateway")->toString(), vector.value(u"gateway").toString());
        QCOMPARE(config->value(u"ip.mask")->toString(), vector.value(u"mask").toString());
        QCOMPARE(config->value(u"name")->toString(), vector.value(u"name").toString());
        QCOMPARE(config->value(u"port1.baud")->toInteger(), vector.value(u"port0_baud").toInteger());
        // Work modes 1 and 2 (protocol.md §1.6).
        QCOMPARE(config->value(u"port1.mode")->toString(), QStringLiteral("tcp-client"));
        QCOMPARE(config->value(u"port2.mode")->toString(), QStringLiteral("udp-server"));
        // Basic 59-62 = 10 0E 00 00: the restart timer's default, not a DNS server.
        QCOMPARE(config->value(u"restart_timeout")->toInteger(), 3600);
        QVERIFY(!config->value(u"ip.dns"));
        QVERIFY(config->value(u"ip.dns").error().contains(QStringLiteral("AT+DNS")));
        QCOMPARE(config->encode(), bytes);
    }

    void t2FirstDatagram()
    {
        const QJsonObject vector = testVector("read_reply_real_t2_first_130");
        const QByteArray bytes = testVectorBytes("read_reply_real_t2_first_130");
        const auto described = describeDatagram(bytes, ModelTable::find(u"302"));
        QVERIFY2(described, qPrintable(described.error()));
        QCOMPARE(described->value(u"kind").toString(), QStringLiteral("read-reply-piece"));
        const QJsonObject fields = described->value(u"fields").toObject();
        QCOMPARE(fields.value(u"ip.address").toString(), vector.value(u"ip").toString());
        QCOMPARE(fields.value(u"name").toString(), vector.value(u"name").toString());
        // Basic 59-62 on the M0 layout: DNS 8.8.4.4.
        QCOMPARE(fields.value(u"ip.dns").toString(), QStringLiteral("8.8.4.4"));
        QVERIFY(!fields.contains(u"restart_timeout"));
        // Flow byte 00 is none; the port tail 52 = 01, 53 = 01, 54-55 = 0.
        QCOMPARE(fields.value(u"port1.flow").toString(), QStringLiteral("none"));
        QCOMPARE(fields.value(u"port1.httpd_method").toString(), QStringLiteral("post"));
        QCOMPARE(fields.value(u"port1.max_clients").toInt(), 1);
        QCOMPARE(fields.value(u"port1.pack_len").toInt(), 0);

        // Without a model: unknown, but what both layouts read alike is there.
        const auto unknown = DeviceConfig::parse(bytes, nullptr);
        QVERIFY(unknown);
        QVERIFY(!unknown->model().isKnown());
        QCOMPARE(unknown->value(u"name")->toString(), vector.value(u"name").toString());
        QCOMPARE(unknown->value(u"port1.flow")->toString(), QStringLiteral("none"));
        QVERIFY(!unknown->value(u"ip.dns"));
        QCOMPARE(unknown->encode(), bytes);
    }

    void t24Reply()
    {
        const QByteArray bytes = testVectorBytes("t24_reply_real");
        const auto reply = T24Reply::parse(bytes, nullptr);
        QVERIFY(reply);
        QCOMPARE(reply->mac().toString(), testVector("t24_reply_real").value(u"mac").toString());
        QCOMPARE(reply->encode(), bytes);
        // As fairwaves/usr-tcp232-24 places the 28 parameter bytes.
        const QJsonObject fields = reply->fields();
        QCOMPARE(fields.value(u"version").toString(), QStringLiteral("11.1"));
        QCOMPARE(fields.value(u"ip").toString(), QStringLiteral("192.168.1.194"));
        QCOMPARE(fields.value(u"local_port").toInt(), 10007);
        QCOMPARE(fields.value(u"remote_ip").toString(), QStringLiteral("192.168.1.139"));
        QCOMPARE(fields.value(u"remote_port").toInt(), 10002);
        QCOMPARE(fields.value(u"gateway").toString(), QStringLiteral("192.168.1.1"));
        QCOMPARE(fields.value(u"mask").toString(), QStringLiteral("255.255.255.0"));
        QCOMPARE(fields.value(u"mode").toString(), QStringLiteral("udp-client"));
        QCOMPARE(fields.value(u"baud").toInt(), 115200);
        QCOMPARE(fields.value(u"data_bits").toInt(), 8);
        QCOMPARE(fields.value(u"stop_bits").toInt(), 1);
        QCOMPARE(fields.value(u"parity").toString(), QStringLiteral("none"));
        QCOMPARE(fields.value(u"device_id").toInt(), 1);
        QCOMPARE(fields.value(u"flags").toInt(), 0x84);
        const auto described = describeDatagram(bytes);
        QVERIFY(described);
        QCOMPARE(described->value(u"kind").toString(), QStringLiteral("t24-search-reply"));
    }

    void t24Codec()
    {
        QCOMPARE(T24Reply::request().size(), T24Reply::RequestSize);
        QVERIFY(T24Reply::isRequest(QByteArray("0123456789").repeated(4)));
        QVERIFY(!T24Reply::isRequest(QByteArray("0123456789").repeated(3)));
        T24Reply::Parameters p;
        p.ipv4 = 0x7F000002;
        p.localPort = 23;
        p.mode = 3;
        p.baud = 9600;
        p.format = 0x1B; // 8 data bits, 1 stop bit, even parity
        p.deviceId = 0x1234;
        const T24Reply built = T24Reply::create(*MacAddress::parse(u"02:55:53:52:00:03"), 0x40, p);
        const auto parsed = T24Reply::parse(built.encode(), nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->fields().value(u"ip").toString(), QStringLiteral("127.0.0.2"));
        QCOMPARE(parsed->fields().value(u"mode").toString(), QStringLiteral("tcp-server"));
        QCOMPARE(parsed->fields().value(u"parity").toString(), QStringLiteral("even"));
        QCOMPARE(parsed->fields().value(u"device_id").toInt(), 0x1234);
        QCOMPARE(parsed->versionText(), QStringLiteral("4.0"));
        // Malformed: any other length, or a group address where the MAC stands (a search
        // reply's FF), is no T24 reply; an unknown mode or format stays a number.
        QString error;
        QVERIFY(!T24Reply::parse(built.encode().chopped(1), &error));
        QVERIFY(error.contains(QStringLiteral("34 bytes")));
        QVERIFY(!T24Reply::parse(testVectorBytes("search_reply").left(35), nullptr));
        QByteArray odd = built.encode();
        odd[23] = 9;
        odd[27] = char(0xC0);
        const QJsonObject oddFields = T24Reply::parse(odd, nullptr)->fields();
        QCOMPARE(oddFields.value(u"mode").toInt(), 9);
        QCOMPARE(oddFields.value(u"format").toInt(), 0xC0);
        QVERIFY(!oddFields.contains(u"parity"));
    }
};

QTEST_GUILESS_MAIN(tst_RealVectors)
#include "tst_realvectors.moc"
