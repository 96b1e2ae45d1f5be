#include "tcpclientendpoint.h"

#include <QTcpSocket>

namespace s2e {

TcpClientEndpoint::TcpClientEndpoint(const QString &host, quint16 port, QObject *parent)
    : Endpoint(parent), m_host(host), m_port(port), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        setState(State::Open, tr("connected to %1").arg(peers().value(0)));
        emit peersChanged();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { reportReceived(m_socket->readAll(), peers().value(0)); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
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
    m_socket->connectToHost(m_host, m_port);
}

void TcpClientEndpoint::close()
{
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
    reportSent(data, peers().value(0));
    return true;
}

QStringList TcpClientEndpoint::peers() const
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return {};
    return { QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()) };
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
