#include "protocol/searchreply.h"
#include "testvectors.h"

#include <QTest>

using namespace s2e;

class tst_SearchReply : public QObject
{
    Q_OBJECT

private slots:
    void manualVector()
    {
        const QByteArray bytes = testVectorBytes("search_reply");
        const QJsonObject decoded = testVector("search_reply").value(u"decoded").toObject();
        QString error;
        const auto reply = SearchReply::parse(bytes, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->boardType(), decoded.value(u"board_type").toInt());
        QCOMPARE(reply->boardId(), decoded.value(u"board_id").toInt());
        QCOMPARE(reply->ipString(), decoded.value(u"ip").toString());
        QCOMPARE(reply->ipv4(), 0xC0A8016Bu);
        QCOMPARE(reply->mac().toString(), decoded.value(u"mac").toString());
        QCOMPARE(reply->firmware(), decoded.value(u"firmware_version").toInt());
        QCOMPARE(reply->encryption(), decoded.value(u"encryption_version").toInt());
        QCOMPARE(reply->name(), decoded.value(u"name").toString());
        QVERIFY(reply->checksumOk());
        QCOMPARE(reply->encode(), bytes);
    }

    void otherModelsVectors_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::newRow("captured, firmware 4017") << "search_reply_captured_4017";
        QTest::newRow("410S manual") << "search_reply_410s_manual";
    }

    void otherModelsVectors()
    {
        // A module captured in the wild (14-character name, no encryption) and the 410S
        // manual's example (board ID 0x4B, firmware 2013).
        QFETCH(QString, vector);
        const QByteArray bytes = testVectorBytes(qPrintable(vector));
        const QJsonObject decoded = testVector(qPrintable(vector)).value(u"decoded").toObject();
        QString error;
        const auto reply = SearchReply::parse(bytes, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->ipString(), decoded.value(u"ip").toString());
        QCOMPARE(reply->mac().toString(), decoded.value(u"mac").toString());
        QCOMPARE(reply->firmware(), decoded.value(u"firmware").toInt());
        QCOMPARE(reply->encryption(), decoded.value(u"encryption").toInt());
        QCOMPARE(reply->name(), decoded.value(u"name").toString());
        QCOMPARE(reply->boardId(), decoded.value(u"board_id").toInt(0));
        QVERIFY(reply->checksumOk());
        QCOMPARE(reply->encode(), bytes);
    }

    void builtReplyRoundTrips()
    {
        SearchReply reply;
        reply.setBoardType(7);
        reply.setBoardId(9);
        reply.setIpv4(0x7F000005);
        reply.setMac(*MacAddress::parse(u"02:00:00:00:00:05"));
        reply.setFirmware(4017);
        reply.setEncryption(0x3412);
        reply.setName(QStringLiteral("SIXTEEN-CHARS-XY-truncated"));
        const QByteArray bytes = reply.encode();
        QCOMPARE(bytes.size(), 36);
        QCOMPARE(bytes.mid(15, 2), QByteArray::fromHex("B10F"));
        QCOMPARE(bytes.mid(5, 4), QByteArray::fromHex("7F000005"));
        const auto parsed = SearchReply::parse(bytes, nullptr);
        QVERIFY(parsed);
        QVERIFY(parsed->checksumOk());
        QCOMPARE(parsed->name(), QStringLiteral("SIXTEEN-CHARS-XY"));
        QCOMPARE(parsed->ipString(), QStringLiteral("127.0.0.5"));
        QCOMPARE(parsed->firmware(), 4017);
        QCOMPARE(parsed->encryption(), 0x3412);
        QCOMPARE(parsed->boardType(), 7);
        QCOMPARE(parsed->boardId(), 9);
        QCOMPARE(parsed->encode(), bytes);
    }

    void badChecksumIsFlaggedNotFatal()
    {
        QByteArray bytes = testVectorBytes("search_reply");
        bytes[35] = char(0x8F);
        const auto reply = SearchReply::parse(bytes, nullptr);
        QVERIFY(reply);
        QVERIFY(!reply->checksumOk());
        QCOMPARE(reply->name(), QStringLiteral("USR-K3"));
    }

    void truncatedAtEveryLength()
    {
        const QByteArray bytes = testVectorBytes("search_reply");
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            QString error;
            QVERIFY(!SearchReply::parse(bytes.first(n), &error));
            QVERIFY2(error.contains(QStringLiteral("expected 36")), qPrintable(error));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        const QByteArray good = testVectorBytes("search_reply");
        QTest::newRow("oversize") << good + '\0' << "37 bytes";
        QTest::newRow("no tag") << withByte(good, 0, 0x00) << "FF";
        QTest::newRow("length byte") << withByte(good, 1, 0x23) << "length byte is 35";
        QTest::newRow("command byte") << withByte(good, 2, 0x02) << "command byte";
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!SearchReply::parse(bytes, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_SearchReply)
#include "tst_searchreply.moc"
