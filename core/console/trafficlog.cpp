#include "trafficlog.h"

#include <QDateTime>
#include <QSaveFile>

namespace s2e {

TrafficLog::TrafficLog(qint64 memoryCap) : m_cap(qMax<qint64>(memoryCap, 1024)) { }

TrafficLog::~TrafficLog()
{
    stopFileLog();
}

void TrafficLog::append(Direction direction, const QByteArray &data, const QString &peer, qint64 timeUs)
{
    if (data.isEmpty())
        return;
    if (timeUs == 0)
        timeUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    if (direction == Direction::Received) {
        m_totals.receivedBytes += data.size();
        ++m_totals.receivedChunks;
    } else {
        m_totals.sentBytes += data.size();
        ++m_totals.sentChunks;
    }
    // A read may hand over a whole buffer however few bytes came (readAll() can pass on a
    // chunk of the device's ring buffer): kept as they are, many small chunks would hold
    // far more memory than the cap counts (~4 KB each under a serial flood).
    const QByteArray kept = data.capacity() > 2 * data.size() + MaxSlack ? QByteArray(data.constData(), data.size()) : data;
    m_chunks.push_back({ timeUs, direction, peer, kept });
    m_used += cost(kept);
    if (m_file) {
        const QByteArray line = fileLine(m_chunks.back(), m_fileFormat, View::Both);
        if (m_file->write(line) != line.size()) {
            m_fileError = tr("%1: %2; logging to it stopped").arg(m_file->fileName(), m_file->errorString());
            m_file.reset();
        }
    }
    trim();
}

qint64 TrafficLog::cost(const QByteArray &data)
{
    return qMax(data.size(), data.capacity()) + ChunkOverhead;
}

void TrafficLog::trim()
{
    while (m_used > m_cap && m_chunks.size() > 1) {
        const Chunk &oldest = m_chunks.front();
        m_used -= cost(oldest.data);
        ++m_totals.droppedChunks;
        m_totals.droppedBytes += oldest.data.size();
        m_chunks.pop_front();
        ++m_first;
    }
}

void TrafficLog::setMemoryCap(qint64 bytes)
{
    m_cap = qMax<qint64>(bytes, 1024);
    trim();
}

const TrafficLog::Chunk *TrafficLog::chunk(qint64 sequence) const
{
    if (sequence < m_first || sequence >= endSequence())
        return nullptr;
    return &m_chunks[size_t(sequence - m_first)];
}

void TrafficLog::clear()
{
    m_first = endSequence();
    m_chunks.clear();
    m_used = 0;
}

void TrafficLog::resetTotals()
{
    m_totals = {};
}

QString TrafficLog::hex(QByteArrayView data)
{
    static const char digits[] = "0123456789ABCDEF";
    QString text(data.size() * 3 - (data.isEmpty() ? 0 : 1), u' ');
    for (qsizetype i = 0; i < data.size(); ++i) {
        const quint8 b = quint8(data[i]);
        text[i * 3] = QLatin1Char(digits[b >> 4]);
        text[i * 3 + 1] = QLatin1Char(digits[b & 15]);
    }
    return text;
}

QString TrafficLog::visibleAscii(QByteArrayView data)
{
    QString text;
    text.reserve(data.size());
    for (const char c : data) {
        if (c >= 0x20 && c < 0x7F && c != '\\')
            text += QLatin1Char(c);
        else if (c == '\\')
            text += QStringLiteral("\\\\");
        else if (c == '\r')
            text += QStringLiteral("\\r");
        else if (c == '\n')
            text += QStringLiteral("\\n");
        else if (c == '\t')
            text += QStringLiteral("\\t");
        else
            text += QStringLiteral("\\x") + QString::number(quint8(c), 16).rightJustified(2, u'0').toUpper();
    }
    return text;
}

QString TrafficLog::prefix(const Chunk &chunk, bool timestamps)
{
    QString line;
    if (timestamps)
        line += QDateTime::fromMSecsSinceEpoch(chunk.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz "));
    line += chunk.direction == Direction::Received ? QStringLiteral("RX ") : QStringLiteral("TX ");
    if (!chunk.peer.isEmpty())
        line += chunk.peer + QStringLiteral("  ");
    return line;
}

QString TrafficLog::body(QByteArrayView data, View view)
{
    switch (view) {
    case View::Hex: return hex(data);
    case View::Ascii: return visibleAscii(data);
    case View::Both: return hex(data) + QStringLiteral(" | ") + visibleAscii(data);
    }
    return {};
}

QString TrafficLog::format(const Chunk &chunk, View view, bool timestamps)
{
    return prefix(chunk, timestamps) + body(chunk.data, view);
}

std::optional<qint64> TrafficLog::find(QByteArrayView needle, qint64 fromSequence) const
{
    if (needle.isEmpty())
        return std::nullopt;
    for (qint64 sequence = qMax(fromSequence, m_first); sequence < endSequence(); ++sequence) {
        const QByteArray &data = chunk(sequence)->data;
        if (data.contains(needle))
            return sequence;
        // Across the end: this chunk's tail and the next one's head.
        if (const Chunk *next = chunk(sequence + 1)) {
            const qsizetype keep = needle.size() - 1;
            const QByteArray seam = data.right(keep) + next->data.left(keep);
            if (seam.contains(needle))
                return sequence;
        }
    }
    return std::nullopt;
}

QByteArray TrafficLog::fileLine(const Chunk &chunk, FileFormat format, View view)
{
    switch (format) {
    case FileFormat::Raw:
        return chunk.data;
    case FileFormat::Text:
        return (TrafficLog::format(chunk, view, true) + QLatin1Char('\n')).toUtf8();
    case FileFormat::Csv: {
        const QString time = QDateTime::fromMSecsSinceEpoch(chunk.timeUs / 1000).toString(Qt::ISODateWithMs);
        return QStringLiteral("%1,%2,%3,%4,%5\n")
                .arg(time, chunk.direction == Direction::Received ? QStringLiteral("rx") : QStringLiteral("tx"),
                     chunk.peer)
                .arg(chunk.data.size())
                .arg(QString::fromLatin1(chunk.data.toHex()))
                .toUtf8();
    }
    }
    return {};
}

Result<void> TrafficLog::save(const QString &path, FileFormat format, View view, Direction direction) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure { tr("%1: %2").arg(path, file.errorString()) };
    if (format == FileFormat::Csv)
        file.write("time,direction,peer,length,hex\n");
    if (m_totals.droppedChunks > 0 && format != FileFormat::Raw)
        file.write(tr("# %n older chunk(s) were dropped from memory before this\n", nullptr, int(m_totals.droppedChunks)).toUtf8());
    for (const Chunk &chunk : m_chunks) {
        if (format == FileFormat::Raw && chunk.direction != direction)
            continue;
        file.write(fileLine(chunk, format, view));
    }
    if (!file.commit())
        return Failure { tr("%1: %2").arg(path, file.errorString()) };
    return {};
}

Result<void> TrafficLog::startFileLog(const QString &path, FileFormat format)
{
    stopFileLog();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append))
        return Failure { tr("%1: %2").arg(path, file->errorString()) };
    if (format == FileFormat::Csv && file->size() == 0)
        file->write("time,direction,peer,length,hex\n");
    m_file = std::move(file);
    m_fileFormat = format;
    m_fileError.clear();
    return {};
}

void TrafficLog::stopFileLog()
{
    if (m_file)
        m_file->flush();
    m_file.reset();
}

} // namespace s2e
