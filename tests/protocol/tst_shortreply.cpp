#include "protocol/shortreply.h"
#include "testvectors.h"

#include <QTest>

using namespace s2e;

class tst_ShortReply : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Command>("command");
        QTest::addColumn<ShortReply::Status>("status");
        QTest::newRow("restart ok") << testVectorBytes("short_reply_restart_ok") << Command::Restart
                                    << ShortReply::Status::Ok;
        QTest::newRow("store ok") << testVectorBytes("short_reply_store_ok") << Command::Store
                                  << ShortReply::Status::Ok;
        QTest::newRow("restart error") << testVectorBytes("short_reply_restart_bad_login")
                                       << Command::Restart << ShortReply::Status::Error;
        QTest::newRow("read auth") << testVectorBytes("short_reply_read_auth") << Command::Read
                                   << ShortReply::Status::Auth;
    }

    void vectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Command, command);
        QFETCH(ShortReply::Status, status);
        QString error;
        const auto reply = ShortReply::parse(bytes, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->command(), command);
        QCOMPARE(reply->status(), status);
        QCOMPARE(reply->encode(), bytes);
    }

    void everyCommandAndStatus()
    {
        for (int byte = 0; byte < 256; ++byte) {
            const auto command = commandFromByte(quint8(byte));
            if (!command)
                continue;
            for (auto status : { ShortReply::Status::Ok, ShortReply::Status::Auth,
                                 ShortReply::Status::Error }) {
                const ShortReply reply(*command, status);
                const auto parsed = ShortReply::parse(reply.encode(), nullptr);
                QVERIFY(parsed);
                QCOMPARE(*parsed, reply);
            }
        }
    }

    void statusTextsAreDistinct()
    {
        QCOMPARE(ShortReply::statusName(ShortReply::Status::Auth), QStringLiteral("auth"));
        QCOMPARE(ShortReply::statusText(ShortReply::Status::Auth),
                 QStringLiteral("module rejected the user name or password"));
        QCOMPARE(ShortReply::statusText(ShortReply::Status::Error),
                 QStringLiteral("module rejected the command"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << QByteArray() << "0 bytes";
        QTest::newRow("three") << QByteArray::fromHex("FF0102") << "3 bytes";
        QTest::newRow("five") << QByteArray::fromHex("FF01024B00") << "5 bytes";
        QTest::newRow("no tag") << QByteArray::fromHex("FE01024B") << "FF 01";
        QTest::newRow("length") << QByteArray::fromHex("FF02024B") << "FF 01";
        QTest::newRow("command") << QByteArray::fromHex("FF01094B") << "unknown command 0x09";
        QTest::newRow("status") << QByteArray::fromHex("FF010258") << "unknown status 0x58";
        QTest::newRow("search request") << QByteArray::fromHex("FF010102") << "unknown status";
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!ShortReply::parse(bytes, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ShortReply)
#include "tst_shortreply.moc"
