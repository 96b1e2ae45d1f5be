#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace s2e {

// Everything a console received and sent, chunk by chunk with its time, direction and
// peer, in a store bounded by a memory cap: past it the oldest chunks go (counted, so a
// view can show that some are missing) while the totals keep counting every byte. It can
// also write every chunk to a file as it comes, for captures longer than memory.
class TrafficLog
{
    Q_DECLARE_TR_FUNCTIONS(TrafficLog)

public:
    enum class Direction : quint8 { Received, Sent };
    enum class View { Hex, Ascii, Both };
    enum class FileFormat { Text, Csv, Raw };

    struct Chunk
    {
        qint64 timeUs; // since the epoch
        Direction direction;
        QString peer;
        QByteArray data;
    };

    struct Totals
    {
        qint64 receivedBytes = 0;
        qint64 sentBytes = 0;
        qint64 receivedChunks = 0;
        qint64 sentChunks = 0;
        qint64 droppedChunks = 0; // fell out of memory (still counted above)
        qint64 droppedBytes = 0;
    };

    explicit TrafficLog(qint64 memoryCap = 64 * 1024 * 1024);
    ~TrafficLog();

    void append(Direction direction, const QByteArray &data, const QString &peer = QString(), qint64 timeUs = 0);

    void setMemoryCap(qint64 bytes);
    qint64 memoryCap() const { return m_cap; }
    // What the chunks held take, their buffers and overhead counted.
    qint64 memoryUsed() const { return m_used; }

    // Chunks held now; sequence numbers stay with a chunk while older ones are dropped.
    qint64 firstSequence() const { return m_first; }
    qint64 endSequence() const { return m_first + qint64(m_chunks.size()); }
    const Chunk *chunk(qint64 sequence) const;
    const Totals &totals() const { return m_totals; }
    // Forgets the chunks (not the totals, not the file being written).
    void clear();
    void resetTotals();

    // "12:34:56.789 RX 127.0.0.1:5000  48 65 6C 6C 6F | Hello": prefix() then body().
    static QString format(const Chunk &chunk, View view, bool timestamps);
    static QString prefix(const Chunk &chunk, bool timestamps);
    static QString body(QByteArrayView data, View view);
    static QString hex(QByteArrayView data);
    // Control bytes as \r \n \t or \xNN, so that nothing is invisible.
    static QString visibleAscii(QByteArrayView data);

    // The first chunk at or after `fromSequence` holding `needle` (within a chunk or across
    // its end), or nullopt.
    std::optional<qint64> find(QByteArrayView needle, qint64 fromSequence) const;

    // What is held now, to a file; Raw writes the bytes of `direction` only.
    Result<void> save(const QString &path, FileFormat format, View view = View::Both,
                      Direction direction = Direction::Received) const;
    // From now on every chunk also goes to `path` as it arrives, until stopFileLog().
    Result<void> startFileLog(const QString &path, FileFormat format);
    void stopFileLog();
    bool isFileLogging() const { return m_file != nullptr; }
    // Why file logging stopped by itself (disk full), or empty.
    QString fileLogError() const { return m_fileError; }

private:
    // What a chunk costs besides its bytes: its entry here and in a view's model, the byte
    // array's header and the allocator's rounding.
    static constexpr qint64 ChunkOverhead = 160;
    // A chunk whose buffer is more than twice its size and this is copied to one of its size.
    static constexpr qint64 MaxSlack = 64;
    static qint64 cost(const QByteArray &data);
    static QByteArray fileLine(const Chunk &chunk, FileFormat format, View view);
    void trim();

    qint64 m_cap;
    qint64 m_used = 0;
    qint64 m_first = 0;
    std::deque<Chunk> m_chunks;
    Totals m_totals;
    std::unique_ptr<QFile> m_file;
    FileFormat m_fileFormat = FileFormat::Text;
    QString m_fileError;
};

} // namespace s2e
