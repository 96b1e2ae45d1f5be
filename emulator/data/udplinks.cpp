#include "udplinks.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace s2e::emu {

UdpLink::UdpLink(const Endpoint &local, QObject *parent)
    : NetworkLink(parent), m_local(local), m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpLink::readDatagrams);
}

UdpLink *UdpLink::server(const Endpoint &local, QObject *parent)
{
    return new UdpLink(local, parent);
}

UdpLink *UdpLink::client(const Endpoint &local, const Endpoint &remote, bool anyPeer, QObject *parent)
{
    auto *link = new UdpLink(local, parent);
    link->m_server = false;
    link->m_peer = remote;
    link->m_anyPeer = anyPeer;
    return link;
}

void UdpLink::start()
{
    if (!m_socket->bind(m_local.address, m_local.port))
        setError(tr("cannot bind UDP %1:%2: %3")
                         .arg(m_local.address.toString())
                         .arg(m_local.port)
                         .arg(m_socket->errorString()));
}

void UdpLink::readDatagrams()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        const Endpoint sender { datagram.senderAddress(), quint16(datagram.senderPort()) };
        if (m_server) {
            m_peer = sender; // answers go to whoever spoke last
        } else if (!m_anyPeer && (sender.address != m_peer.address || sender.port != m_peer.port)) {
            continue;
        }
        emit received(datagram.data());
    }
}

void UdpLink::send(const QByteArray &data)
{
    if (m_peer.address.isNull() || m_socket->state() != QAbstractSocket::BoundState) {
        countDropped(data.size());
        return;
    }
    if (m_socket->writeDatagram(data, m_peer.address, m_peer.port) < 0)
        countDropped(data.size());
}

QString UdpLink::stateText() const
{
    if (m_socket->state() != QAbstractSocket::BoundState)
        return QStringLiteral("ERROR");
    return m_server && m_peer.address.isNull() ? QStringLiteral("LISTEN") : QStringLiteral("CONNECTED");
}

} // namespace s2e::emu
