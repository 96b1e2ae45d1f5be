#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

// Writes into a pseudo-terminal's master as fast as the line takes it, or at `rate`, for
// `seconds`; the pane reads the slave.
class PtyFlood
{
public:
    PtyFlood(qint64 rate, int seconds)
    {
        // Non-blocking: once the pane has closed the line, a write must not wait for it.
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
        ::grantpt(m_master);
        ::unlockpt(m_master);
        m_slave = QString::fromLocal8Bit(::ptsname(m_master));
        // Raw, so that the line discipline passes every byte as it is.
        const int slave = ::open(m_slave.toLocal8Bit().constData(), O_RDWR | O_NOCTTY);
        termios raw {};
        ::tcgetattr(slave, &raw);
        ::cfmakeraw(&raw);
        ::tcsetattr(slave, TCSANOW, &raw);
        ::close(slave);
        m_thread = std::thread([this, rate, seconds] { run(rate, seconds); });
    }
    ~PtyFlood()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_master);
    }
    QString slavePath() const { return m_slave; }
    // What the line has taken so far.
    qint64 sent() const { return m_sent.load(); }

private:
    void run(qint64 rate, int seconds)
    {
        const QByteArray block(4096, 'x');
        const auto start = std::chrono::steady_clock::now();
        const auto end = start + std::chrono::seconds(seconds);
        qint64 sent = 0;
        while (!m_stop && std::chrono::steady_clock::now() < end) {
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (rate > 0 && sent > elapsed * rate) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                continue;
            }
            const ssize_t n = ::write(m_master, block.constData(), size_t(block.size()));
            if (n > 0) {
                sent += n;
                m_sent.store(sent);
                continue;
            }
            // Full: wait until the pane has read some, or a while to look at m_stop again.
            pollfd writable { m_master, POLLOUT, 0 };
            ::poll(&writable, 1, 10);
        }
    }

    int m_master = -1;
    QString m_slave;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_sent { 0 };
};

