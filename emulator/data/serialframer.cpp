#include "serialframer.h"


#include <cmath>

namespace s2e::emu {

namespace {
constexpr int PacerTickMs = 5;
}

SerialFramer::SerialFramer(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SerialFramer::flush);
    configure(115200, 0, 0);
}

void SerialFramer::configure(quint32 baud, int packTimeMs, int packLength)
{
    // Four characters of ten bits; the timer's millisecond is the finest step available.
    const double fourCharactersMs = 4 * 10 * 1000.0 / qMax<quint32>(baud, 1);
    m_timer.setInterval(packTimeMs > 0 ? packTimeMs : qMax(1, int(std::ceil(fourCharactersMs))));
    m_frameLength = packLength > 0 ? qMin(packLength, MaxFrame) : MaxFrame;
}

void SerialFramer::push(const QByteArray &data)
{
    m_pending += data;
    while (m_pending.size() >= m_frameLength) {
        const QByteArray frame = m_pending.left(m_frameLength);
        m_pending.remove(0, m_frameLength);
        emit frameReady(frame);
    }
    // Full frames are gone; what waits for the idle time is less than one frame.
    if (m_pending.size() > m_capacity) {
        m_dropped += m_pending.size() - m_capacity;
        m_pending.truncate(m_capacity);
    }
    if (m_pending.isEmpty())
        m_timer.stop();
    else
        m_timer.start();
}

void SerialFramer::clear()
{
    m_pending.clear();
    m_timer.stop();
}

void SerialFramer::flush()
{
    if (!m_pending.isEmpty())
        emit frameReady(std::exchange(m_pending, QByteArray()));
}

SerialPacer::SerialPacer(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(PacerTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SerialPacer::tick);
}

void SerialPacer::push(const QByteArray &data)
{
    const qsizetype room = Capacity - m_queue.size();
    if (data.size() > room)
        m_dropped += data.size() - room;
    m_queue += data.left(room);
    if (!m_timer.isActive() && !m_queue.isEmpty()) {
        m_allowance = 0;
        m_clock.start();
        m_lastTickMs = 0;
        tick();
        m_timer.start();
    }
}

void SerialPacer::tick()
{
    const qint64 now = m_clock.elapsed();
    // At least one tick's worth, so the first bytes go out at once.
    m_allowance += qMax<qint64>(now - m_lastTickMs, PacerTickMs) * m_bytesPerSecond / 1000.0;
    m_lastTickMs = now;
    const qsizetype count = qMin<qsizetype>(m_queue.size(), qsizetype(m_allowance));
    if (count > 0) {
        m_allowance -= double(count);
        emit bytesReady(m_queue.left(count));
        m_queue.remove(0, count);
    }
    if (m_queue.isEmpty())
        m_timer.stop();
}

} // namespace s2e::emu
