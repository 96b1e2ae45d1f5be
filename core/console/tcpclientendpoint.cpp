#include "tcpclientendpoint.h"

#include "net/socketoptions.h"

#include <QTcpSocket>
#include <QTimer>

namespace s2e {

namespace {
// One read's buffer, as a C read loop's; a burst is read in several before the event loop
// gets its turn again.
constexpr qint64 ReadChunk = 64 * 1024;
constexpr int ReadsPerWakeUp = 16;
} // namespace

TcpClientEndpoint::TcpClientEndpoint(const QString &host, quint16 port, QObject *parent)
    : Endpoint(parent), m_host(host), m_port(port), m_socket(new QTcpSocket(this)), m_floodTick(new QTimer(this))
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Endpoint::bytesWritten);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_peer = QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
        setState(State::Open, tr("connected to %1").arg(m_peer));
        emit peersChanged();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpClientEndpoint::readAvailable);
    m_floodTick->setInterval(1);
    m_floodTick->setTimerType(Qt::PreciseTimer);
    connect(m_floodTick, &QTimer::timeout, this, &TcpClientEndpoint::readOnTick);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        setFlooded(false);
        emit peersChanged();
        if (state() == State::Closed)
            return;
        // A reset reads as the peer closing (RemoteHostClosedError), so both end here.
        setState(State::Closed, tr("%1 closed the connection").arg(description()));
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || state() == State::Closed)
            return;
        // Connecting failed or the connection broke: over either way, said once.
        fail(tr("%1: %2").arg(description(), m_socket->errorString()));
        m_socket->abort();
    });
}

void TcpClientEndpoint::open()
{
    close();
    setState(State::Opening, tr("connecting to %1:%2").arg(m_host).arg(m_port));
    // Unbuffered: a read goes from the kernel straight into the chunk reported, not first
    // into the socket's buffer and then copied out (half the CPU of a flood).
    m_socket->connectToHost(m_host, m_port, QIODevice::ReadWrite | QIODevice::Unbuffered);
}

// Under a flood the socket is readable only once a chunk is waiting (SO_RCVLOWAT), so the
// process wakes once per chunk rather than once per segment (a tenth of the wake-ups of a
// plain C read loop, and twice its speed on loopback); a 1 ms tick reads what is left below
// the mark, and ends the flood mode the first time it finds nothing, so a quiet line's
// bytes are read as they come.
void TcpClientEndpoint::setFlooded(bool flooded)
{
    if (flooded == m_flooded)
        return;
    m_flooded = flooded;
    if (flooded)
        m_floodTick->start();
    else
        m_floodTick->stop();
    // On Windows, which has no low-water mark, the tick only adds reads.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        setReceiveLowWater(m_socket->socketDescriptor(), flooded ? int(ReadChunk) : 1);
}

void TcpClientEndpoint::readAvailable()
{
    if (readSocket() >= ReadChunk)
        setFlooded(true);
}

void TcpClientEndpoint::readOnTick()
{
    if (readSocket() == 0)
        setFlooded(false);
}

qint64 TcpClientEndpoint::readSocket()
{
    qint64 total = 0;
    for (int i = 0; i < ReadsPerWakeUp; ++i) {
        QByteArray data(ReadChunk, Qt::Uninitialized);
        const qint64 n = m_socket->read(data.data(), data.size());
        if (n < 0) {
            readFailed();
            return total;
        }
        if (n == 0)
            return total;
        total += n;
        data.truncate(n);
        reportReceived(data, m_peer);
        if (n < ReadChunk || m_socket->state() != QAbstractSocket::ConnectedState)
            return total;
    }
    return total;
}

// Unbuffered, a read that finds the connection closed or broken closes the socket without
// a signal (Qt 6.4): the end is said here.
void TcpClientEndpoint::readFailed()
{
    if (state() != State::Closed) {
        if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
            setState(State::Closed, tr("%1 closed the connection").arg(description()));
        else
            fail(tr("%1: %2").arg(description(), m_socket->errorString()));
    }
    setFlooded(false);
    m_socket->abort();
    emit peersChanged();
}

void TcpClientEndpoint::close()
{
    setFlooded(false);
    // Closed first: what the socket reports as it goes is not news.
    setState(State::Closed);
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

bool TcpClientEndpoint::send(const QByteArray &data)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        reportError(tr("%1: not connected").arg(description()));
        return false;
    }
    m_socket->write(data);
    reportSent(data, m_peer);
    return true;
}

QStringList TcpClientEndpoint::peers() const
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return {};
    return { m_peer };
}

qint64 TcpClientEndpoint::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QString TcpClientEndpoint::description() const
{
    return tr("TCP client to %1:%2").arg(m_host).arg(m_port);
}

} // namespace s2e
