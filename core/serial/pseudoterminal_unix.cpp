#include "pseudoterminal.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#if defined(__APPLE__)
#include <util.h>
#else
#include <pty.h>
#endif
#include <termios.h>
#include <unistd.h>

namespace s2e {

bool PseudoTerminal::supported()
{
    return true;
}

QString PseudoTerminal::unsupportedReason()
{
    return QString();
}

Result<std::unique_ptr<PseudoTerminal>> PseudoTerminal::open(QObject *parent)
{
    int master = -1;
    int slave = -1;
    char name[256] = {};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0)
        return Failure { tr("cannot create a pseudo-terminal: %1")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno))) };
    termios raw {};
    ::tcgetattr(slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(slave, TCSANOW, &raw);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC);
    return std::unique_ptr<PseudoTerminal>(new PseudoTerminal(master, slave, QString::fromLocal8Bit(name), parent));
}

PseudoTerminal::PseudoTerminal(int master, int slave, const QString &slavePath, QObject *parent)
    : QObject(parent),
      m_master(master),
      m_slave(slave),
      m_readNotifier(new QSocketNotifier(master, QSocketNotifier::Read, this)),
      m_writeNotifier(new QSocketNotifier(master, QSocketNotifier::Write, this)),
      m_slavePath(slavePath)
{
    connect(m_readNotifier, &QSocketNotifier::activated, this, &PseudoTerminal::readMaster);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
        m_writeNotifier->setEnabled(false);
        emit readyToWrite();
    });
}

PseudoTerminal::~PseudoTerminal()
{
    if (!m_link.isEmpty())
        QFile::remove(m_link);
    ::close(m_master);
    ::close(m_slave);
}

Result<void> PseudoTerminal::link(const QString &linkPath)
{
    QFile::remove(linkPath);
    if (!QFile::link(m_slavePath, linkPath))
        return Failure { tr("cannot create the link %1 to %2").arg(linkPath, m_slavePath) };
    m_link = linkPath;
    return {};
}

void PseudoTerminal::write(const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_master, data.constData() + done, size_t(data.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // The terminal's buffer is full (nobody reads the slave): what does not fit is lost,
        // as on a serial line without flow control.
        break;
    }
}

qsizetype PseudoTerminal::writeSome(QByteArrayView data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_master, data.data() + done, size_t(data.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        m_writeNotifier->setEnabled(true);
        break;
    }
    return done;
}

void PseudoTerminal::setReading(bool on)
{
    m_readNotifier->setEnabled(on);
}

bool PseudoTerminal::isReading() const
{
    return m_readNotifier->isEnabled();
}

std::optional<SerialSettings> PseudoTerminal::settings() const
{
    return terminalSettings(m_slave);
}

void PseudoTerminal::readMaster()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            emit dataReceived(QByteArray(buffer, n));
            if (!m_readNotifier->isEnabled())
                return; // a receiver asked for a pause
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return;
    }
}

} // namespace s2e
