#include "trafficmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QTest>

using namespace s2e;
using namespace s2e::ui;

namespace {

// A chunk whose every byte says which chunk it is.
QByteArray chunkBytes(int number, qsizetype size)
{
    return QByteArray(size, char(number & 0xFF));
}

qint64 sequenceAt(const TrafficModel &model, int row)
{
    return model.index(row).data(TrafficModel::SequenceRole).toLongLong();
}

QString textAt(const TrafficModel &model, int row)
{
    return model.index(row).data().toString();
}

} // namespace

// The rows a traffic view shows: each chunk cut into rows, chunks dropped by the log going
// from the top, a flood shown in steps. A model tester checks every change it announces.
class tst_TrafficModel : public QObject
{
    Q_OBJECT

private slots:
    void chunksAreCutIntoRows()
    {
        TrafficLog log;
        TrafficModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimestamps(false);
        const int perRow = model.bytesPerRow();
        log.append(TrafficLog::Direction::Received, chunkBytes(0x41, perRow * 2 + 3), QStringLiteral("peer"));
        log.append(TrafficLog::Direction::Sent, chunkBytes(0x42, 1), QStringLiteral("peer"));
        QCOMPARE(model.rowCount(), 0); // only a refresh catches up
        model.refresh();
        QCOMPARE(model.rowCount(), 4);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(sequenceAt(model, row), 0);
        QCOMPARE(sequenceAt(model, 3), 1);
        QVERIFY(textAt(model, 0).contains(QStringLiteral("41 41 41")));
        QVERIFY(textAt(model, 0).contains(QStringLiteral("peer")));
        // Continuation rows line up under the first one's bytes, without its prefix.
        QVERIFY(!textAt(model, 1).contains(QStringLiteral("peer")));
        QCOMPARE(textAt(model, 1).indexOf(QStringLiteral("41")), textAt(model, 0).indexOf(QStringLiteral("41")));
        QVERIFY(textAt(model, 2).startsWith(QString(textAt(model, 0).indexOf(QStringLiteral("41")), u' ')));
        QVERIFY(textAt(model, 3).contains(QStringLiteral("42")));
        QCOMPARE(model.index(3).data(TrafficModel::DirectionRole).toInt(), int(TrafficLog::Direction::Sent));
        QCOMPARE(model.rowOfSequence(1), 3);
        QCOMPARE(model.rowOfSequence(2), -1);
    }

    void droppedChunksLeaveFromTheTop()
    {
        TrafficLog log;
        TrafficModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rowsPerChunk = int((200 + model.bytesPerRow() - 1) / model.bytesPerRow());
        int next = 0;
        const auto add = [&](int count) {
            for (int i = 0; i < count; ++i, ++next)
                log.append(TrafficLog::Direction::Received, chunkBytes(next, 200));
        };
        add(6);
        model.refresh();
        QCOMPARE(model.rowCount(), 6 * rowsPerChunk);
        // Room for nine such chunks from now on.
        log.setMemoryCap(log.memoryUsed() / 6 * 9);
        QCOMPARE(log.firstSequence(), 0);

        // A row of chunk 4 is selected, one of chunk 1 too; then chunks 0-2 fall out.
        const QPersistentModelIndex kept = model.index(model.rowOfSequence(4) + 1);
        const QPersistentModelIndex lost = model.index(model.rowOfSequence(1));
        add(6);
        const qint64 first = log.firstSequence();
        QCOMPARE(first, 3);
        model.refresh();
        QCOMPARE(model.rowCount(), int(log.endSequence() - first) * rowsPerChunk);
        QCOMPARE(sequenceAt(model, 0), first);
        QCOMPARE(sequenceAt(model, model.rowCount() - 1), log.endSequence() - 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(TrafficModel::SequenceRole).toLongLong(), 4);
        QCOMPARE(kept.row(), model.rowOfSequence(4) + 1);
        QVERIFY(!lost.isValid());

        // Every row shows its own chunk's bytes after the move.
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 sequence = sequenceAt(model, row);
            QVERIFY(textAt(model, row).contains(QStringLiteral("%1 ").arg(sequence & 0xFF, 2, 16, QLatin1Char('0')).toUpper()));
        }

        // Fewer rows than before (short chunks replace long ones), then none new at all.
        for (int i = 0; i < 12; ++i, ++next)
            log.append(TrafficLog::Direction::Received, chunkBytes(next, 1));
        model.refresh();
        QCOMPARE(sequenceAt(model, model.rowCount() - 1), log.endSequence() - 1);
        QCOMPARE(sequenceAt(model, 0), log.firstSequence());
        model.refresh();
        QCOMPARE(sequenceAt(model, 0), log.firstSequence());
    }

    // A view holds the newest million rows or so (its header's cost grows with them); older
    // chunks stay in the log.
    void aViewHoldsTheNewestRows()
    {
        TrafficLog log(256 * 1024 * 1024);
        TrafficModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int rowsPerChunk = 64 * 1024 / model.bytesPerRow();
        // 48 MB in 64 KB reads: 1.5 million rows of 32 bytes.
        const int chunks = 768;
        for (int i = 0; i < chunks / 2; ++i)
            log.append(TrafficLog::Direction::Received, chunkBytes(i, 64 * 1024));
        model.refresh();
        QCOMPARE(model.rowCount(), chunks / 2 * rowsPerChunk);
        QCOMPARE(model.firstShownSequence(), 0);
        const QPersistentModelIndex oldest = model.index(0);
        const QPersistentModelIndex newest = model.index(model.rowCount() - 1);
        for (int i = chunks / 2; i < chunks; ++i)
            log.append(TrafficLog::Direction::Received, chunkBytes(i, 64 * 1024));
        model.refresh();
        QCOMPARE(log.firstSequence(), 0); // all still in the log
        QVERIFY(model.rowCount() < chunks * rowsPerChunk);
        QVERIFY(model.rowCount() >= 1'000'000);
        QCOMPARE(sequenceAt(model, model.rowCount() - 1), chunks - 1);
        const qint64 first = model.firstShownSequence();
        QVERIFY(first > 0);
        const int firstRow = model.rowOfSequence(first);
        QVERIFY(firstRow >= 0);
        QCOMPARE(model.rowCount() - firstRow, int(chunks - first) * rowsPerChunk);
        QCOMPARE(model.rowOfSequence(first - 1), -1);
        QVERIFY(!oldest.isValid());
        QVERIFY(newest.isValid());
        QCOMPARE(newest.data(TrafficModel::SequenceRole).toLongLong(), chunks / 2 - 1);

        // More than a view holds at once: the newest only, with no gap.
        for (int i = chunks; i < 3 * chunks; ++i)
            log.append(TrafficLog::Direction::Received, chunkBytes(i, 64 * 1024));
        model.refresh();
        QCOMPARE(sequenceAt(model, model.rowCount() - 1), 3 * chunks - 1);
        const int top = model.rowOfSequence(model.firstShownSequence());
        for (int row = top; row < model.rowCount(); row += rowsPerChunk)
            QCOMPARE(sequenceAt(model, row), model.firstShownSequence() + (row - top) / rowsPerChunk);

        // Starting over keeps to the newest too.
        model.setView(TrafficLog::View::Hex);
        model.setView(TrafficLog::View::Both);
        QCOMPARE(sequenceAt(model, model.rowCount() - 1), 3 * chunks - 1);
        QVERIFY(model.firstShownSequence() > 2 * chunks);
    }

    // Under a steady flood of a full log the count stays the same from one refresh to the
    // next (each change costs the view time for every row), blank rows above making up.
    void aFullLogKeepsItsCount()
    {
        TrafficLog log;
        TrafficModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int next = 0;
        for (; next < 200; ++next)
            log.append(TrafficLog::Direction::Received, chunkBytes(next, 64 * 1024));
        log.setMemoryCap(log.memoryUsed());
        model.refresh();
        model.refresh();
        QCOMPARE(model.rowCount(), 200 * 64 * 1024 / model.bytesPerRow());
        const QPersistentModelIndex last = model.index(model.rowCount() - 1);
        int countChanges = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { ++countChanges; });
        connect(&model, &QAbstractItemModel::rowsRemoved, this, [&] { ++countChanges; });
        QRandomGenerator random(7);
        for (int refresh = 0; refresh < 50; ++refresh) {
            for (int i = 0; i < 3; ++i, ++next)
                log.append(TrafficLog::Direction::Received, chunkBytes(next, random.bounded(1, 64 * 1024)));
            model.refresh();
            // The newest chunk at the bottom, the oldest kept right below the blank rows.
            QCOMPARE(sequenceAt(model, model.rowCount() - 1), log.endSequence() - 1);
            const int oldest = model.rowOfSequence(log.firstSequence());
            QVERIFY(oldest >= 0);
            QVERIFY2(oldest <= model.rowCount() / 32, "blank rows are a few per cent at most");
            if (oldest > 0) {
                QVERIFY(!model.index(oldest - 1).data().isValid());
                QVERIFY(!model.index(0).data().isValid());
            }
            QVERIFY(model.index(oldest).data().toString().contains(
                    QStringLiteral("%1").arg(log.firstSequence() & 0xFF, 2, 16, QLatin1Char('0')).toUpper()));
            if (last.isValid())
                QCOMPARE(last.data(TrafficModel::SequenceRole).toLongLong(), 199);
        }
        QVERIFY2(countChanges <= 5, qPrintable(QStringLiteral("%1 count changes in 50 refreshes").arg(countChanges)));
    }

    void aViewChangeStartsOver()
    {
        TrafficLog log;
        TrafficModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(TrafficLog::Direction::Received, chunkBytes(0x30, 100));
        model.refresh();
        const int hexRows = model.rowCount();
        model.setView(TrafficLog::View::Ascii);
        QVERIFY(model.rowCount() < hexRows);
        QCOMPARE(model.rowCount(), int((100 + model.bytesPerRow() - 1) / model.bytesPerRow()));
        QVERIFY(textAt(model, 0).contains(QStringLiteral("0000")));
    }
};

QTEST_MAIN(tst_TrafficModel)
#include "tst_trafficmodel.moc"
