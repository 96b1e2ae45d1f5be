#include "console/trafficlog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace s2e;
using Direction = TrafficLog::Direction;

class tst_TrafficLog : public QObject
{
    Q_OBJECT

private slots:
    void keepsChunksAndTotals()
    {
        TrafficLog log;
        log.append(Direction::Received, "hello", QStringLiteral("127.0.0.1:5000"), 1'000'000);
        log.append(Direction::Sent, QByteArray("\x01\x02", 2));
        log.append(Direction::Received, QByteArray()); // nothing to keep
        QCOMPARE(log.endSequence() - log.firstSequence(), 2);
        QCOMPARE(log.chunk(0)->data, QByteArray("hello"));
        QCOMPARE(log.chunk(0)->peer, QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(log.chunk(1)->direction, Direction::Sent);
        QVERIFY(!log.chunk(2));
        QCOMPARE(log.totals().receivedBytes, 5);
        QCOMPARE(log.totals().sentBytes, 2);
        QCOMPARE(log.totals().receivedChunks, 1);
        QCOMPARE(log.totals().sentChunks, 1);
    }

    void memoryIsBoundedTotalsAreNot()
    {
        TrafficLog log(1024 * 1024);
        const QByteArray block(4096, 'x');
        for (int i = 0; i < 10000; ++i) // 40 MB through a 1 MB log
            log.append(i % 2 ? Direction::Sent : Direction::Received, block);
        QVERIFY(log.memoryUsed() <= log.memoryCap());
        QVERIFY(log.totals().droppedChunks > 9000);
        QCOMPARE(log.totals().receivedBytes + log.totals().sentBytes, qint64(10000) * 4096);
        QCOMPARE(log.totals().droppedChunks + (log.endSequence() - log.firstSequence()), 10000);
        QCOMPARE(log.endSequence(), 10000);
        QVERIFY(!log.chunk(0));
        QVERIFY(log.chunk(9999));
        log.setMemoryCap(64 * 1024);
        QVERIFY(log.memoryUsed() <= 64 * 1024);
        log.clear();
        QCOMPARE(log.memoryUsed(), 0);
        QCOMPARE(log.firstSequence(), log.endSequence());
        QCOMPARE(log.totals().receivedBytes + log.totals().sentBytes, qint64(10000) * 4096);
    }

    // A serial flood comes as many small reads, each perhaps in a buffer with room for
    // far more: the cap must bound what is really held, not just the bytes.
    void smallChunksInBigBuffersStayWithinTheCap()
    {
        TrafficLog log(8 * 1024 * 1024);
        for (int i = 0; i < 300000; ++i) {
            QByteArray read;
            read.reserve(16 * 1024);
            read.append("0123456789", 10);
            log.append(Direction::Received, read);
        }
        QCOMPARE(log.totals().receivedBytes, qint64(300000) * 10);
        qint64 held = 0;
        for (qint64 sequence = log.firstSequence(); sequence < log.endSequence(); ++sequence) {
            const QByteArray &data = log.chunk(sequence)->data;
            QCOMPARE(data, QByteArray("0123456789"));
            held += qMax(data.capacity(), data.size());
        }
        QVERIFY2(held + (log.endSequence() - log.firstSequence()) * 64 <= log.memoryCap(), qPrintable(QString::number(held)));
        QVERIFY(log.memoryUsed() <= log.memoryCap());
        // Most of them are still there: the overhead counted is not wildly more than it is.
        QVERIFY2(log.endSequence() - log.firstSequence() > 30000, qPrintable(QString::number(log.endSequence() - log.firstSequence())));
    }

    void views()
    {
        const TrafficLog::Chunk chunk { 0, Direction::Received, QStringLiteral("COM1"), QByteArray("OK\r\n\x00\\", 6) };
        QCOMPARE(TrafficLog::format(chunk, TrafficLog::View::Hex, false), QStringLiteral("RX COM1  4F 4B 0D 0A 00 5C"));
        QCOMPARE(TrafficLog::format(chunk, TrafficLog::View::Ascii, false), QStringLiteral("RX COM1  OK\\r\\n\\x00\\\\"));
        QCOMPARE(TrafficLog::format(chunk, TrafficLog::View::Both, false),
                 QStringLiteral("RX COM1  4F 4B 0D 0A 00 5C | OK\\r\\n\\x00\\\\"));
        QVERIFY(TrafficLog::format(chunk, TrafficLog::View::Hex, true).contains(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d RX"))));
        QCOMPARE(TrafficLog::visibleAscii(QByteArray("\x7f\xff\t", 3)), QStringLiteral("\\x7F\\xFF\\t"));
        QCOMPARE(TrafficLog::hex({}), QString());
    }

    void searchesWithinAndAcrossChunks()
    {
        TrafficLog log;
        log.append(Direction::Received, "abc");
        log.append(Direction::Received, "+O");
        log.append(Direction::Received, "K\r\n");
        log.append(Direction::Sent, "AT+VER");
        QCOMPARE(log.find("+OK", 0), std::optional<qint64>(1));
        QCOMPARE(log.find("VER", 0), std::optional<qint64>(3));
        QCOMPARE(log.find("abc", 1), std::nullopt);
        QCOMPARE(log.find("", 0), std::nullopt);
        QCOMPARE(log.find("zzz", 0), std::nullopt);
    }

    void savesTextCsvAndRaw()
    {
        QTemporaryDir dir;
        TrafficLog log;
        log.append(Direction::Received, QByteArray("\x00\x01", 2));
        log.append(Direction::Sent, "ping");
        log.append(Direction::Received, "pong");
        QVERIFY(log.save(dir.filePath(QStringLiteral("rx.bin")), TrafficLog::FileFormat::Raw));
        QVERIFY(log.save(dir.filePath(QStringLiteral("tx.bin")), TrafficLog::FileFormat::Raw, TrafficLog::View::Both, Direction::Sent));
        QVERIFY(log.save(dir.filePath(QStringLiteral("log.csv")), TrafficLog::FileFormat::Csv));
        QVERIFY(log.save(dir.filePath(QStringLiteral("log.txt")), TrafficLog::FileFormat::Text, TrafficLog::View::Ascii));
        const auto read = [&](const char *name) {
            QFile file(dir.filePath(QLatin1String(name)));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QCOMPARE(read("rx.bin"), QByteArray("\x00\x01pong", 6));
        QCOMPARE(read("tx.bin"), QByteArray("ping"));
        const QList<QByteArray> csv = read("log.csv").split('\n');
        QCOMPARE(csv.at(0), QByteArray("time,direction,peer,length,hex"));
        QVERIFY(csv.at(2).endsWith(",tx,,4,70696e67"));
        QVERIFY(read("log.txt").contains("TX ping\n"));
        const auto refused = log.save(dir.filePath(QStringLiteral("no/such/dir/x")), TrafficLog::FileFormat::Raw);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("no/such/dir")));
    }

    void fileLoggingIsComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("capture.bin"));
        TrafficLog log(64 * 1024); // far smaller than what goes to the file
        QVERIFY(log.startFileLog(path, TrafficLog::FileFormat::Raw));
        QByteArray expected;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray chunk(1000 + i % 7, char(i));
            expected += chunk;
            log.append(Direction::Received, chunk);
        }
        log.stopFileLog();
        QVERIFY(!log.isFileLogging());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected);
        QVERIFY(log.totals().droppedChunks > 0);
        QVERIFY(!log.startFileLog(dir.filePath(QStringLiteral("missing/x.log")), TrafficLog::FileFormat::Text));
    }
};

QTEST_APPLESS_MAIN(tst_TrafficLog)
#include "tst_trafficlog.moc"
