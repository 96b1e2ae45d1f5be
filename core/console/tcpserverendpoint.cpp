#include "tcpserverendpoint.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace s2e {

TcpServerEndpoint::TcpServerEndpoint(const QHostAddress &address, quint16 port, QObject *parent)
    : Endpoint(parent), m_address(address), m_port(port), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TcpServerEndpoint::accept);
}

void TcpServerEndpoint::open()
{
    close();
    if (!m_server->listen(m_address, m_port)) {
        return fail(tr("%1: %2").arg(description(), m_server->errorString()));
    }
    setState(State::Open, tr("listening on port %1").arg(m_server->serverPort()));
}

void TcpServerEndpoint::close()
{
    m_server->close();
    for (QTcpSocket *client : std::exchange(m_clients, {})) {
        client->disconnect(this);
        client->abort();
        client->deleteLater();
    }
    emit peersChanged();
    setState(State::Closed);
}

quint16 TcpServerEndpoint::listeningPort() const
{
    return m_server->serverPort();
}

QString TcpServerEndpoint::peerName(const QTcpSocket *socket)
{
    return QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
}

void TcpServerEndpoint::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const QString name = peerName(client);
        m_clients << client;
        connect(client, &QTcpSocket::readyRead, this, [this, client, name] { reportReceived(client->readAll(), name); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_clients.removeOne(client);
            client->deleteLater();
            emit peersChanged();
        });
        emit peersChanged();
    }
}

QTcpSocket *TcpServerEndpoint::find(const QString &peer) const
{
    for (QTcpSocket *client : m_clients)
        if (peerName(client) == peer)
            return client;
    return nullptr;
}

bool TcpServerEndpoint::send(const QByteArray &data)
{
    if (m_clients.isEmpty()) {
        reportError(tr("%1: no client connected").arg(description()));
        return false;
    }
    for (QTcpSocket *client : std::as_const(m_clients)) {
        client->write(data);
        reportSent(data, peerName(client));
    }
    return true;
}

bool TcpServerEndpoint::sendTo(const QString &peer, const QByteArray &data)
{
    QTcpSocket *client = find(peer);
    if (!client) {
        reportError(tr("%1: no client %2").arg(description(), peer));
        return false;
    }
    client->write(data);
    reportSent(data, peer);
    return true;
}

QStringList TcpServerEndpoint::peers() const
{
    QStringList result;
    for (const QTcpSocket *client : m_clients)
        result << peerName(client);
    return result;
}

void TcpServerEndpoint::closePeer(const QString &peer)
{
    if (QTcpSocket *client = find(peer))
        client->disconnectFromHost();
}

qint64 TcpServerEndpoint::bytesToWrite() const
{
    qint64 most = 0;
    for (const QTcpSocket *client : m_clients)
        most = qMax(most, client->bytesToWrite());
    return most;
}

QString TcpServerEndpoint::description() const
{
    return tr("TCP server on port %1").arg(m_server->isListening() ? m_server->serverPort() : m_port);
}

} // namespace s2e
