#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace s2e::emu {

// Serial → network framing (manual 4.3.3): a frame goes out when the line has been idle
// longer than the packing time (0: four character times at the baud rate) or when the
// packing length is reached. At most `capacity` bytes wait; more are dropped and counted.
class SerialFramer : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFrame = 1460;

    explicit SerialFramer(QObject *parent = nullptr);

    void configure(quint32 baud, int packTimeMs, int packLength);
    void push(const QByteArray &data);
    // Clear the serial buffer (on connect, when configured).
    void clear();
    qint64 dropped() const { return m_dropped; }
    int idleMs() const { return m_timer.interval(); }

signals:
    void frameReady(const QByteArray &frame);

private:
    void flush();

    QTimer m_timer;
    QByteArray m_pending;
    int m_frameLength = MaxFrame;
    qsizetype m_capacity = 2048;
    qint64 m_dropped = 0;
};

// Network → serial at the pace of the configured baud rate (about baud/10 bytes a second),
// so that a flood fills the buffers and overflows as on the module; drops are counted.
class SerialPacer : public QObject
{
    Q_OBJECT

public:
    explicit SerialPacer(QObject *parent = nullptr);

    void setBaud(quint32 baud) { m_bytesPerSecond = qMax<quint32>(1, baud / 10); }
    void push(const QByteArray &data);
    qint64 dropped() const { return m_dropped; }
    qsizetype queued() const { return m_queue.size(); }
    // 16 KB network buffer and 2 KB serial buffer.
    static constexpr qsizetype Capacity = 16 * 1024 + 2 * 1024;

signals:
    void bytesReady(const QByteArray &data);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_queue;
    double m_allowance = 0;
    qint64 m_lastTickMs = 0;
    quint32 m_bytesPerSecond = 11520;
    qint64 m_dropped = 0;
};

} // namespace s2e::emu
