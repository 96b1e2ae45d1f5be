#include "protocol/at/atreply.h"

#include <QTest>

using namespace s2e::at;

class tst_AtReply : public QObject
{
    Q_OBJECT

private slots:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::newRow("ok crlf") << QByteArray("\r\n+OK\r\n") << true << false << "" << 0;
        QTest::newRow("value crlf") << QByteArray("\r\n+OK=V3016\r\n") << true << true << "V3016" << 0;
        QTest::newRow("value lf") << QByteArray("\n+OK=115200,8,1,NONE,NFC\n") << true << true
                                  << "115200,8,1,NONE,NFC" << 0;
        QTest::newRow("value cr") << QByteArray("\r+OK=ON\r") << true << true << "ON" << 0;
        QTest::newRow("lfcr") << QByteArray("\n\r+OK\n\r") << true << false << "" << 0;
        QTest::newRow("lower case") << QByteArray("+ok\r\n") << true << false << "" << 0;
        QTest::newRow("spaces") << QByteArray("\r\n+OK = admin,admin\r\n") << true << true
                                << "admin,admin" << 0;
        QTest::newRow("empty value") << QByteArray("\r\n+OK=\r\n") << true << true << "" << 0;
        QTest::newRow("error") << QByteArray("\r\n+ERR=-2\r\n") << false << false << "" << -2;
        QTest::newRow("echo first") << QByteArray("AT+VER\r\r\n+OK=V4017\r\n") << true << true << "V4017" << 0;
        QTest::newRow("echo lf") << QByteArray("AT+E\n+OK=ON\n") << true << true << "ON" << 0;
    }

    void answers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(bool, hasValue);
        QFETCH(QString, value);
        QFETCH(int, code);
        // Every way of cutting the bytes into reads gives the same single answer.
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            AtReplyParser parser;
            QList<AtReply> replies = parser.feed(bytes.left(cut));
            replies += parser.feed(bytes.mid(cut));
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.first().ok, ok);
            QCOMPARE(replies.first().hasValue, hasValue);
            QCOMPARE(replies.first().value, value);
            QCOMPARE(replies.first().errorCode, code);
        }
    }

    void byteByByte()
    {
        const QByteArray bytes("AT+UART\r\r\n+OK=9600,8,1,NONE,NFC\r\n\r\n+ERR=-4\r\n");
        AtReplyParser parser;
        QList<AtReply> replies;
        for (char c : bytes)
            replies += parser.feed(QByteArray(1, c));
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies[0].value, QStringLiteral("9600,8,1,NONE,NFC"));
        QCOMPARE(replies[1].errorCode, -4);
        QCOMPARE(parser.otherLines(), QList<QByteArray>({ "AT+UART" }));
    }

    void answerWithoutLineEnd()
    {
        AtReplyParser parser;
        QVERIFY(parser.feed("\r\n+OK=V1").isEmpty());
        const auto reply = parser.flush();
        QVERIFY(reply);
        QCOMPARE(reply->value, QStringLiteral("V1"));
        QVERIFY(!parser.flush());
        QVERIFY(parser.feed("garbage").isEmpty());
        QVERIFY(!parser.flush());
    }

    void notAnswers()
    {
        for (const char *line : { "+OKAY", "OK", "+", "a", "+ERRATA", "" })
            QVERIFY2(!AtReplyParser::parseLine(line), line);
        // "+ERR" without a code is still an error answer.
        QVERIFY(!AtReplyParser::parseLine("+ERR")->ok);
    }

    void errorMeanings()
    {
        QCOMPARE(AtReply::failure(-1).errorText(), QStringLiteral("-1 invalid format"));
        QCOMPARE(AtReply::failure(-2).errorText(), QStringLiteral("-2 invalid command"));
        QCOMPARE(AtReply::failure(-3).errorText(), QStringLiteral("-3 invalid operator"));
        QCOMPARE(AtReply::failure(-4).errorText(), QStringLiteral("-4 invalid parameter"));
        QCOMPARE(AtReply::failure(-5).errorText(), QStringLiteral("-5 not allowed"));
        QCOMPARE(AtReply::failure(-9).errorText(), QStringLiteral("-9 unknown error"));
    }

    void encode()
    {
        QCOMPARE(AtReply::success().encode(), QByteArray("\r\n+OK\r\n"));
        QCOMPARE(AtReply::success(QStringLiteral("V1")).encode(), QByteArray("\r\n+OK=V1\r\n"));
        QCOMPARE(AtReply::success(QString(), true).encode(), QByteArray("\r\n+OK=\r\n"));
        QCOMPARE(AtReply::failure(-3).encode(), QByteArray("\r\n+ERR=-3\r\n"));
    }
};

QTEST_GUILESS_MAIN(tst_AtReply)
#include "tst_atreply.moc"
