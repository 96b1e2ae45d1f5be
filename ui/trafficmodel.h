#pragma once

#include "console/trafficlog.h"

#include <QAbstractListModel>

#include <deque>

namespace s2e::ui {

// A TrafficLog as rows for a list view: each chunk cut into rows of a fixed number of
// bytes, so that a view shows only what is on screen however much arrived. The model
// follows the log only when refresh() is called (on a timer): rendering never runs per byte.
class TrafficModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SequenceRole = Qt::UserRole + 1, DirectionRole };

    explicit TrafficModel(const TrafficLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setView(TrafficLog::View view);
    TrafficLog::View view() const { return m_view; }
    void setTimestamps(bool on);
    // Catches up with the log: rows of dropped chunks go, rows for new ones come. The model
    // holds the newest million rows at most; older chunks stay in the log (saved with it).
    void refresh();
    // Starts over from what the log holds (after a clear, a view change).
    void reset();
    // The first row of a chunk, or -1.
    int rowOfSequence(qint64 sequence) const;
    // The oldest chunk shown (the log's next one when none is).
    qint64 firstShownSequence() const;
    // A line saying how many older chunks fell out of memory, or empty.
    QString droppedText() const;

    int bytesPerRow() const;
    // Bytes per row of the hex views that fit the view's width (0: the default, 32).
    void setFittedBytesPerRow(int bytes);

private:
    struct Entry
    {
        qint64 sequence;
        qint64 firstRow; // rows counted from the start of the log's history
        int rows;
    };

    int rowsOf(const TrafficLog::Chunk &chunk) const;
    QString rowBody(QByteArrayView piece) const;
    const Entry *entryAt(qint64 row) const;
    void movePersistentRows(qint64 dropRows, qint64 pad);

    const TrafficLog *m_log;
    TrafficLog::View m_view = TrafficLog::View::Both;
    bool m_timestamps = true;
    int m_fittedBytes = 0;
    std::deque<Entry> m_entries;
    qint64 m_firstRow = 0; // history row of the oldest kept (model row m_padRows)
    qint64 m_nextRow = 0;
    qint64 m_shownRows = 0; // the model's row count
    qint64 m_padRows = 0; // blank rows above the oldest kept
    qint64 m_nextSequence = 0;
};

} // namespace s2e::ui
