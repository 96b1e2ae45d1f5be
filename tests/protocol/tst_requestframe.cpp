#include "protocol/paramblock.h"
#include "protocol/requestframe.h"
#include "testvectors.h"

#include <QTest>

using namespace s2e;

namespace {
const MacAddress manualMac = *MacAddress::parse(u"D8:B0:4C:C0:0D:65");
}

class tst_RequestFrame : public QObject
{
    Q_OBJECT

private slots:
    void searchVector()
    {
        QCOMPARE(RequestFrame::search().encode(), testVectorBytes("search_request"));
        QString error;
        const auto frame = RequestFrame::parse(testVectorBytes("search_request"), &error);
        QVERIFY2(frame, qPrintable(error));
        QCOMPARE(frame->command(), Command::Search);
        QVERIFY(frame->checksumOk());
    }

    void manualVectors_data()
    {
        QTest::addColumn<QByteArray>("vector");
        QTest::addColumn<Command>("command");
        QTest::newRow("restart") << testVectorBytes("restart_request") << Command::Restart;
        QTest::newRow("read") << testVectorBytes("read_request") << Command::Read;
        QTest::newRow("store") << testVectorBytes("store_request") << Command::Store;
        QTest::newRow("write basic") << testVectorBytes("write_basic_request") << Command::WriteBasic;
        QTest::newRow("write port 1") << testVectorBytes("write_port0_request") << Command::WritePort1;
    }

    void manualVectors()
    {
        QFETCH(QByteArray, vector);
        QFETCH(Command, command);
        QString error;
        const auto frame = RequestFrame::parse(vector, &error);
        QVERIFY2(frame, qPrintable(error));
        QCOMPARE(frame->command(), command);
        QCOMPARE(frame->mac(), manualMac);
        QCOMPARE(frame->user(), QStringLiteral("admin"));
        QCOMPARE(frame->password(), QStringLiteral("admin"));
        QVERIFY(frame->checksumOk());
        QCOMPARE(frame->params().size(), commandParamSize(command));

        const auto rebuilt = RequestFrame::create(command, manualMac, QStringLiteral("admin"),
                                                  QStringLiteral("admin"), frame->params());
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error()));
        QCOMPARE(rebuilt->encode(), vector);
    }

    void everyCommandRoundTrips_data()
    {
        QTest::addColumn<Command>("command");
        for (Command c : { Command::Restart, Command::Read, Command::Store, Command::WriteBasic,
                           Command::WritePort1, Command::WritePort2, Command::WritePort3,
                           Command::FactoryReset, Command::WriteCloud })
            QTest::addRow("0x%02x", int(c)) << c;
    }

    void everyCommandRoundTrips()
    {
        QFETCH(Command, command);
        QRandomGenerator random { quint32(command) };
        const QByteArray params = randomBytes(random, commandParamSize(command));
        const auto frame = RequestFrame::create(command, manualMac, QStringLiteral("u"),
                                                QString(), params);
        QVERIFY2(frame.ok(), qPrintable(frame.error()));
        const QByteArray bytes = frame->encode();
        QCOMPARE(bytes.size(), 22 + params.size());
        QCOMPARE(quint8(bytes[0]), quint8(0xFF));
        QCOMPARE(quint8(bytes[1]), quint8(19 + params.size()));
        QCOMPARE(quint8(bytes[2]), quint8(command));
        const auto parsed = RequestFrame::parse(bytes, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->command(), command);
        QCOMPARE(parsed->user(), QStringLiteral("u"));
        QCOMPARE(parsed->password(), QString());
        QCOMPARE(parsed->params(), params);
        QVERIFY(parsed->checksumOk());
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << "admin" << "admin" << true;
        QTest::newRow("empty") << "" << "" << true;
        QTest::newRow("user of 6") << "admin1" << "admin" << false;
        QTest::newRow("password of 6") << "admin" << "secret" << false;
        QTest::newRow("non-ascii user") << QString(QChar(0x4E2D)) << "admin" << false;
        QTest::newRow("control in password") << "admin" << "a\tb" << false;
    }

    void credentials()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, valid);
        const auto frame = RequestFrame::create(Command::Read, manualMac, user, password);
        QCOMPARE(frame.ok(), valid);
        if (!valid)
            QVERIFY(frame.error().contains(QStringLiteral("at most 5")));
    }

    void wrongParamSizeIsRefused()
    {
        const auto frame = RequestFrame::create(Command::WriteBasic, manualMac,
                                                QStringLiteral("admin"), QStringLiteral("admin"),
                                                QByteArray(66, '\0'));
        QVERIFY(!frame.ok());
        QVERIFY(frame.error().contains(QStringLiteral("67")));
        QVERIFY(!RequestFrame::create(Command::Read, manualMac, {}, {}, QByteArray(1, 'x')).ok());
        QVERIFY(!RequestFrame::create(Command::Search, manualMac, {}, {}).ok());
    }

    void badChecksumIsFlagged()
    {
        QByteArray bytes = testVectorBytes("write_basic_request");
        bytes[bytes.size() - 1] = char(bytes.back() + 1);
        const auto frame = RequestFrame::parse(bytes, nullptr);
        QVERIFY(frame);
        QVERIFY(!frame->checksumOk());
        QByteArray search = testVectorBytes("search_request");
        search[3] = 0x03;
        QVERIFY(!RequestFrame::parse(search, nullptr)->checksumOk());
    }

    void truncatedAtEveryLength()
    {
        const QByteArray bytes = testVectorBytes("write_basic_request");
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            QString error;
            QVERIFY2(!RequestFrame::parse(bytes.first(n), &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        const QByteArray read = testVectorBytes("read_request");
        QTest::newRow("empty") << QByteArray() << "too short";
        QTest::newRow("oversize") << read + '\0' << "length byte";
        QTest::newRow("no tag") << withByte(read, 0, 0x00) << "FF";
        QTest::newRow("length byte low") << withByte(read, 1, 0x12)
                                         << "length byte";
        QByteArray unknown = read;
        unknown[2] = 0x09;
        QTest::newRow("unknown command") << unknown << "unknown command 0x09";
        // A write-basic header over a read-sized body: lengths agree, the command does not.
        QByteArray mismatch = read;
        mismatch[2] = 0x05;
        QTest::newRow("params missing") << mismatch << "expected 89";
        QTest::newRow("long search") << QByteArray::fromHex("FF020101AA") << "expected 4";
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!RequestFrame::parse(bytes, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(2217);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = randomBytes(random, random.bounded(100));
            if (!bytes.isEmpty() && random.bounded(2))
                bytes[0] = char(0xFF);
            if (bytes.size() > 1 && random.bounded(2))
                bytes[1] = char(bytes.size() - 3);
            const auto frame = RequestFrame::parse(bytes, nullptr);
            if (frame)
                QCOMPARE(frame->params().size(), commandParamSize(frame->command()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_RequestFrame)
#include "tst_requestframe.moc"
