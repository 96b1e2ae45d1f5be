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
// The newest rows a view holds at most (8 to 96 MB of traffic, by the row's width): a view's
// header spends time on every row it holds when the count changes.
constexpr qint64 MaxViewRows = 1 << 20;
// From so many rows on, the view's row count moves by steps.
constexpr qint64 PadFrom = 262'144;
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
    // Rows above the oldest kept ones are blank (see refresh()).
    if (index.row() < m_padRows)
        return {};
    const qint64 row = m_firstRow + index.row() - m_padRows;
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
    m_padRows = 0;
    m_nextSequence = m_log->firstSequence();
    endResetModel();
    refresh();
}

void TrafficModel::refresh()
{
    // The newest chunks, as many as the view holds: older new ones are never shown.
    const qint64 end = m_log->endSequence();
    qint64 start = end;
    qint64 newRows = 0;
    while (start > qMax(m_nextSequence, m_log->firstSequence())) {
        const int rows = rowsOf(*m_log->chunk(start - 1));
        if (newRows > 0 && newRows + rows > MaxViewRows)
            break;
        newRows += rows;
        --start;
    }
    // Rows go from the top: of chunks the log has dropped, all of them when new chunks were
    // passed over (the rows stay one run of chunks), and as many as the new ones need room.
    const bool passedOver = start > m_nextSequence;
    m_nextSequence = start;
    qint64 dropRows = 0;
    size_t dropEntries = 0;
    qint64 kept = m_nextRow - m_firstRow;
    while (dropEntries < m_entries.size()
           && (passedOver || m_entries[dropEntries].sequence < m_log->firstSequence() || kept + newRows > MaxViewRows)) {
        dropRows += m_entries[dropEntries].rows;
        kept -= m_entries[dropEntries].rows;
        ++dropEntries;
    }
    if (dropRows == 0 && newRows == 0)
        return;
    const qint64 before = m_shownRows;
    const qint64 real = kept + newRows;
    // Any change of the count costs the view's header time for every row it holds (Qt 6.4,
    // ~10 ms for a million). So past PadFrom rows the count moves by steps of 1/64 of it,
    // made up by blank rows above the oldest ones (3 % at most): under a steady flood it
    // stays the same from one refresh to the next.
    qint64 after = real;
    if (real >= PadFrom) {
        const qint64 step = real / 64;
        after = real <= before && real > before - 2 * step ? before : (real + step - 1) / step * step;
    }
    const qint64 pad = after - real;
    for (; m_nextSequence < end; ++m_nextSequence) {
        const int rows = rowsOf(*m_log->chunk(m_nextSequence));
        m_entries.push_back({ m_nextSequence, m_nextRow, rows });
        m_nextRow += rows;
    }
    // The count changes at the end, the rows kept move (persistent indexes follow them) and
    // what is on screen is redrawn: never a removal at the top. Moves go where they cannot
    // be caught by an insertion or a removal.
    const bool moved = dropRows > 0 || pad != m_padRows;
    if (after > before) {
        beginInsertRows({}, int(before), int(after - 1));
        m_shownRows = after;
        endInsertRows();
    }
    if (moved)
        movePersistentRows(dropRows, pad);
    if (after < before) {
        beginRemoveRows({}, int(after), int(before - 1));
        m_shownRows = after;
        endRemoveRows();
    }
    m_entries.erase(m_entries.begin(), m_entries.begin() + qsizetype(dropEntries));
    m_firstRow += dropRows;
    m_padRows = pad;
    if (moved && after > 0)
        emit dataChanged(index(0), index(int(after - 1)));
}

// Where the rows kept go once `dropRows` are gone from the top and `pad` blank rows are above.
void TrafficModel::movePersistentRows(qint64 dropRows, qint64 pad)
{
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from) {
        const qint64 fromOldest = old.row() - m_padRows - dropRows; // rows below the oldest kept
        to << (old.row() >= m_padRows && fromOldest >= 0 ? createIndex(int(pad + fromOldest), old.column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
}

int TrafficModel::rowOfSequence(qint64 sequence) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), sequence,
                                     [](const Entry &e, qint64 s) { return e.sequence < s; });
    if (it == m_entries.end() || it->sequence != sequence)
        return -1;
    return int(m_padRows + it->firstRow - m_firstRow);
}

qint64 TrafficModel::firstShownSequence() const
{
    return m_entries.empty() ? m_nextSequence : m_entries.front().sequence;
}

QString TrafficModel::droppedText() const
{
    const qint64 dropped = m_log->totals().droppedChunks;
    if (dropped == 0)
        return {};
    return tr("%n older chunk(s) no longer in memory", nullptr, int(qMin<qint64>(dropped, INT_MAX)));
}

} // namespace s2e::ui
