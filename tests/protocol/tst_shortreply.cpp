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
        QCOMPARE(reply->command(), std::optional<Command>(command));
        QCOMPARE(reply->status(), status);
        QCOMPARE(reply->moduleChecksum(), std::nullopt);
        QCOMPARE(reply->encode(), bytes);
    }

    void errorWithTheModulesChecksum_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("length 1") << QByteArray::fromHex("FF01054537");
        QTest::newRow("length 2") << QByteArray::fromHex("FF02054537");
    }

    void errorWithTheModulesChecksum()
    {
        // "Sum check fault returns 'E' + right checksum" (410S, N5x0 manuals).
        QFETCH(QByteArray, bytes);
        QString error;
        const auto reply = ShortReply::parse(bytes, &error);
        QVERIFY2(reply, qPrintable(error));
        QCOMPARE(reply->command(), std::optional<Command>(Command::WriteBasic));
        QCOMPARE(reply->status(), ShortReply::Status::Error);
        QCOMPARE(reply->moduleChecksum(), std::optional<quint8>(0x37));
        QCOMPARE(reply->text(), QStringLiteral("module rejected the command (it computed the checksum 0x37)"));
        QCOMPARE(reply->encode(), bytes);
    }

    void unknownCommandIsKept()
    {
        // The K6 acknowledges its HTTPD commands 0x22 and 0x23 so.
        const QByteArray bytes = QByteArray::fromHex("FF01224B");
        const auto reply = ShortReply::parse(bytes, nullptr);
        QVERIFY(reply);
        QCOMPARE(reply->command(), std::nullopt);
        QCOMPARE(reply->commandByte(), quint8(0x22));
        QCOMPARE(reply->status(), ShortReply::Status::Ok);
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
        QTest::newRow("five, not an error") << QByteArray::fromHex("FF01024B00") << "only an error";
        QTest::newRow("six") << QByteArray::fromHex("FF0102450000") << "6 bytes";
        QTest::newRow("length 2 of four") << QByteArray::fromHex("FF020245") << "FF 01";
        QTest::newRow("no tag") << QByteArray::fromHex("FE01024B") << "FF 01";
        QTest::newRow("length") << QByteArray::fromHex("FF02024B") << "FF 01";
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
