#include "trafficmodel.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>

#include <algorithm>

namespace s2e::ui {

namespace {
// Rows stay short enough to read and to draw quickly.
constexpr int HexBytesPerRow = 32;
constexpr int AsciiBytesPerRow = 96;
// A view cannot address more rows than an int holds; the log's memory cap keeps far below.
constexpr qint64 MaxRows = 50'000'000;
// Rows a refresh adds at most beyond those it drops: a few milliseconds of the view's time.
constexpr qint64 MaxGrowth = 250'000;
} // namespace

TrafficModel::TrafficModel(const TrafficLog *log, QObject *parent) : QAbstractListModel(parent), m_log(log)
{
    m_nextSequence = log->firstSequence();
}

int TrafficModel::bytesPerRow() const
{
    if (m_view == TrafficLog::View::Ascii)
        return AsciiBytesPerRow;
    return m_fittedBytes > 0 ? m_fittedBytes : HexBytesPerRow;
}

void TrafficModel::setFittedBytesPerRow(int bytes)
{
    bytes = qBound(0, bytes, HexBytesPerRow);
    if (bytes == m_fittedBytes)
        return;
    m_fittedBytes = bytes;
    if (m_view != TrafficLog::View::Ascii)
        reset();
}

QString TrafficModel::rowBody(QByteArrayView piece) const
{
    if (m_view != TrafficLog::View::Both)
        return TrafficLog::body(piece, m_view);
    // A hex dump's columns: the hex padded to a full row, one character per byte after it,
    // so that the text column starts at the same place on every row.
    QString text = TrafficLog::hex(piece).leftJustified(bytesPerRow() * 3 - 1, u' ');
    text += QStringLiteral(" | ");
    for (const char c : piece)
        text += c >= 0x20 && c < 0x7F ? QLatin1Char(c) : QLatin1Char('.');
    return text;
}

int TrafficModel::rowsOf(const TrafficLog::Chunk &chunk) const
{
    return int((chunk.data.size() + bytesPerRow() - 1) / bytesPerRow());
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shownRows);
}

const TrafficModel::Entry *TrafficModel::entryAt(qint64 row) const
{
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), row,
                                     [](qint64 r, const Entry &e) { return r < e.firstRow; });
    if (it == m_entries.begin())
        return nullptr;
    return &*std::prev(it);
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const qint64 row = m_firstRow + index.row();
    const Entry *entry = entryAt(row);
    const TrafficLog::Chunk *chunk = entry ? m_log->chunk(entry->sequence) : nullptr;
    if (!chunk)
        return {};
    const int part = int(row - entry->firstRow);
    switch (role) {
    case Qt::DisplayRole: {
        const QByteArrayView piece = QByteArrayView(chunk->data).sliced(qsizetype(part) * bytesPerRow());
        const QString prefix = TrafficLog::prefix(*chunk, m_timestamps);
        // Continuation rows line up under the first one's data.
        return (part == 0 ? prefix : QString(prefix.size(), u' '))
                + rowBody(piece.first(qMin<qsizetype>(piece.size(), bytesPerRow())));
    }
    case Qt::ForegroundRole:
        return QBrush(chunk->direction == TrafficLog::Direction::Received ? QColor(0x1a, 0x4f, 0x9c) : QColor(0x1b, 0x7f, 0x2a));
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case SequenceRole:
        return entry->sequence;
    case DirectionRole:
        return int(chunk->direction);
    default:
        return {};
    }
}

void TrafficModel::setView(TrafficLog::View view)
{
    if (view == m_view)
        return;
    m_view = view;
    reset();
}

void TrafficModel::setTimestamps(bool on)
{
    if (on == m_timestamps)
        return;
    m_timestamps = on;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

void TrafficModel::reset()
{
    beginResetModel();
    m_entries.clear();
    m_firstRow = 0;
    m_nextRow = 0;
    m_shownRows = 0;
    m_nextSequence = m_log->firstSequence();
    endResetModel();
    // Asked for by the user (a clear, another view): all of it at once.
    catchUp(MaxRows);
}

void TrafficModel::refresh()
{
    catchUp(MaxGrowth);
}

void TrafficModel::catchUp(qint64 maxGrowth)
{
    // Chunks the log has dropped since: their rows go from the top.
    qint64 dropRows = 0;
    size_t dropEntries = 0;
    while (dropEntries < m_entries.size() && m_entries[dropEntries].sequence < m_log->firstSequence()) {
        dropRows += m_entries[dropEntries].rows;
        ++dropEntries;
    }
    if (m_nextSequence < m_log->firstSequence())
        m_nextSequence = m_log->firstSequence(); // dropped before they were ever shown
    // A refresh adds so many rows at most (a header costs time per row added): under a
    // flood the rest is shown by the next ones.
    const qint64 before = m_shownRows;
    const qint64 room = qMin(maxGrowth, MaxRows - before);
    qint64 newRows = 0;
    qint64 end = m_nextSequence;
    for (; end < m_log->endSequence(); ++end) {
        const int rows = rowsOf(*m_log->chunk(end));
        if (end > m_nextSequence && newRows + rows - dropRows > room)
            break;
        newRows += rows;
    }
    if (dropRows == 0 && newRows == 0)
        return;
    const qint64 after = before - dropRows + newRows;
    // Told to the view as a move of the rows kept (persistent indexes follow them), a change
    // of the count at the end, and a redraw: removing rows at the top and inserting them at
    // the bottom would cost the view's header time for every row it holds (Qt 6.4), about
    // 20 ms per refresh under a flood with the log's 64 MB as millions of rows.
    if (dropRows > 0)
        movePersistentRowsUp(dropRows);
    for (; m_nextSequence < end; ++m_nextSequence) {
        const int rows = rowsOf(*m_log->chunk(m_nextSequence));
        m_entries.push_back({ m_nextSequence, m_nextRow, rows });
        m_nextRow += rows;
    }
    // The count first, over rows not moved yet: the new rows at the end are the next ones
    // of the history, and the rows kept above them are unchanged.
    if (after > before) {
        beginInsertRows({}, int(before), int(after - 1));
        m_shownRows = after;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, int(after), int(before - 1));
        m_shownRows = after;
        endRemoveRows();
    }
    if (dropRows == 0)
        return;
    m_entries.erase(m_entries.begin(), m_entries.begin() + qsizetype(dropEntries));
    m_firstRow += dropRows;
    if (after > 0)
        emit dataChanged(index(0), index(int(after - 1)));
}

void TrafficModel::movePersistentRowsUp(qint64 rows)
{
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from)
        to << (old.row() >= rows ? index(int(old.row() - rows), old.column()) : QModelIndex());
    changePersistentIndexList(from, to);
}

int TrafficModel::rowOfSequence(qint64 sequence) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), sequence,
                                     [](const Entry &e, qint64 s) { return e.sequence < s; });
    if (it == m_entries.end() || it->sequence != sequence)
        return -1;
    return int(it->firstRow - m_firstRow);
}

QString TrafficModel::droppedText() const
{
    const qint64 dropped = m_log->totals().droppedChunks;
    if (dropped == 0)
        return {};
    return tr("%n older chunk(s) no longer in memory", nullptr, int(qMin<qint64>(dropped, INT_MAX)));
}

} // namespace s2e::ui
