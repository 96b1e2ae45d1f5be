#include "tcplinks.h"

#include "net/socketoptions.h"

#include <QTcpServer>
#include <QTcpSocket>


namespace s2e::emu {

namespace {

constexpr int MaxBackoffMs = 8000;
constexpr qsizetype NetworkBuffer = 16 * 1024;
constexpr int KeepAliveSeconds = 15;

void keepAlive(QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    setKeepAliveInterval(socket->socketDescriptor(), KeepAliveSeconds);
}

} // namespace

TcpServerLink::TcpServerLink(const Endpoint &local, int maxClients, QObject *parent)
    : NetworkLink(parent), m_local(local), m_maxClients(maxClients), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TcpServerLink::accept);
}

void TcpServerLink::start()
{
    if (!m_server->listen(m_local.address, m_local.port))
        setError(tr("cannot listen on TCP %1:%2: %3")
                         .arg(m_local.address.toString())
                         .arg(m_local.port)
                         .arg(m_server->errorString()));
}

void TcpServerLink::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        keepAlive(client);
        if (m_clients.size() >= m_maxClients) {
            QTcpSocket *oldest = m_clients.takeFirst();
            oldest->abort();
            oldest->deleteLater();
        }
        m_clients.append(client);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { emit received(client->readAll(), client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_clients.removeOne(client);
            client->deleteLater();
        });
        emit connected();
    }
}

void TcpServerLink::send(const QByteArray &data)
{
    if (m_clients.isEmpty())
        countDropped(data.size());
    for (QTcpSocket *client : std::as_const(m_clients))
        client->write(data);
}

void TcpServerLink::sendTo(QObject *peer, const QByteArray &data)
{
    // Only a client still connected: a pointer is compared, never followed, until found.
    for (QTcpSocket *client : std::as_const(m_clients)) {
        if (client == peer)
            return void(client->write(data));
    }
    countDropped(data.size());
}

QString TcpServerLink::stateText() const
{
    if (!m_server->isListening())
        return QStringLiteral("ERROR");
    if (m_clients.isEmpty())
        return QStringLiteral("LISTEN");
    return QStringLiteral("CONNECTED(%1)").arg(m_clients.size());
}

TcpClientLink::TcpClientLink(const Endpoint &local, const QString &remoteHost, quint16 remotePort,
                             int shortConnectionSeconds, QObject *parent)
    : NetworkLink(parent),
      m_local(local),
      m_remoteHost(remoteHost),
      m_remotePort(remotePort),
      m_shortSeconds(shortConnectionSeconds)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &TcpClientLink::connectNow);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->disconnectFromHost();
    });
}

void TcpClientLink::start()
{
    if (m_shortSeconds <= 0)
        connectNow();
}

void TcpClientLink::connectNow()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QTcpSocket(this);
    // The module's own address; local port 0 picks a random one.
    if (!m_socket->bind(m_local.address, m_local.port, QAbstractSocket::ReuseAddressHint)) {
        setError(tr("cannot bind %1:%2: %3").arg(m_local.address.toString()).arg(m_local.port).arg(m_socket->errorString()));
        m_failed = true;
        return scheduleReconnect();
    }
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_backoffMs = 250;
        m_failed = false;
        keepAlive(m_socket);
        emit connected();
        if (!m_waiting.isEmpty())
            m_socket->write(std::exchange(m_waiting, QByteArray()));
        if (m_shortSeconds > 0)
            m_idle.start(m_shortSeconds * 1000);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_shortSeconds > 0)
            m_idle.start(m_shortSeconds * 1000);
        emit received(m_socket->readAll());
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        // A short connection closed for idleness waits for the next data.
        if (m_shortSeconds <= 0)
            scheduleReconnect();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        setError(m_socket->errorString());
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_failed = true;
            if (m_shortSeconds <= 0 || !m_waiting.isEmpty())
                scheduleReconnect();
        }
    });
    m_socket->connectToHost(m_remoteHost, m_remotePort);
}

void TcpClientLink::scheduleReconnect()
{
    if (m_reconnect.isActive())
        return;
    m_reconnect.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, MaxBackoffMs);
}

void TcpClientLink::send(const QByteArray &data)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->write(data);
        if (m_shortSeconds > 0)
            m_idle.start(m_shortSeconds * 1000);
        return;
    }
    const qsizetype room = NetworkBuffer - m_waiting.size();
    countDropped(qMax<qsizetype>(0, data.size() - room));
    m_waiting += data.left(qMax<qsizetype>(room, 0));
    const bool connecting = m_socket && (m_socket->state() == QAbstractSocket::ConnectingState
                                         || m_socket->state() == QAbstractSocket::HostLookupState);
    if (!connecting && !m_reconnect.isActive())
        connectNow();
}

QString TcpClientLink::stateText() const
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return QStringLiteral("CONNECTED");
    if (m_failed)
        return QStringLiteral("ERROR");
    if (m_socket || m_reconnect.isActive())
        return QStringLiteral("CONNECTING");
    return QStringLiteral("IDLE");
}

} // namespace s2e::emu
