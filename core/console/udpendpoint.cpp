#include "udpendpoint.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>
#include <QVariant>

namespace s2e {

namespace {
constexpr int MaxSenders = 32;

QString peerName(const QHostAddress &address, quint16 port)
{
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}
} // namespace

UdpEndpoint::UdpEndpoint(const Options &options, QObject *parent)
    : Endpoint(parent), m_options(options), m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket->receiveDatagram();
            const QString sender = peerName(datagram.senderAddress(), quint16(datagram.senderPort()));
            if (!m_senders.contains(sender)) {
                m_senders << sender;
                if (m_senders.size() > MaxSenders)
                    m_senders.removeFirst();
                emit peersChanged();
            }
            reportReceived(datagram.data(), sender);
        }
    });
}

bool UdpEndpoint::isBroadcast(const QHostAddress &address)
{
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    // Every interface's directed broadcast, loopback's 127.255.255.255 included (Qt gives no
    // broadcast entry for an interface without the flag, so it is worked out from the mask).
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || entry.prefixLength() >= 31)
                continue;
            const quint32 mask = entry.netmask().toIPv4Address();
            if (address == entry.broadcast() || address.toIPv4Address() == (entry.ip().toIPv4Address() | ~mask))
                return true;
        }
    }
    return false;
}

void UdpEndpoint::open()
{
    close();
    if (!m_socket->bind(m_options.localAddress, m_options.localPort, QAbstractSocket::ShareAddress))
        return fail(tr("%1: %2").arg(description(), m_socket->errorString()));
    // Room for bursts: what overflows a socket's buffer is lost for good (the system may
    // cap this lower).
    m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(4 * 1024 * 1024));
    setState(State::Open, tr("bound to port %1").arg(m_socket->localPort()));
}

void UdpEndpoint::close()
{
    m_socket->close();
    m_senders.clear();
    setState(State::Closed);
}

quint16 UdpEndpoint::localPort() const
{
    return m_socket->localPort();
}

bool UdpEndpoint::sendDatagram(const QByteArray &data, const QHostAddress &address, quint16 port)
{
    if (m_socket->state() != QAbstractSocket::BoundState) {
        reportError(tr("%1: not open").arg(description()));
        return false;
    }
    if (!m_options.allowBroadcast && isBroadcast(address)) {
        reportError(tr("%1: %2 is a broadcast address; allow broadcast to send there").arg(description(), address.toString()));
        return false;
    }
    if (m_socket->writeDatagram(data, address, port) != data.size()) {
        reportError(tr("%1: %2").arg(description(), m_socket->errorString()));
        return false;
    }
    reportSent(data, peerName(address, port));
    return true;
}

bool UdpEndpoint::send(const QByteArray &data)
{
    if (m_options.remoteAddress)
        return sendDatagram(data, *m_options.remoteAddress, m_options.remotePort);
    if (!m_senders.isEmpty())
        return sendTo(m_senders.last(), data);
    reportError(tr("%1: no remote target, and nobody has sent anything yet").arg(description()));
    return false;
}

bool UdpEndpoint::sendTo(const QString &peer, const QByteArray &data)
{
    const qsizetype colon = peer.lastIndexOf(u':');
    const QHostAddress address(peer.left(colon));
    const uint port = peer.mid(colon + 1).toUInt();
    if (colon < 0 || address.isNull() || port == 0 || port > 65535) {
        reportError(tr("%1: \"%2\" is not ADDRESS:PORT").arg(description(), peer));
        return false;
    }
    return sendDatagram(data, address, quint16(port));
}

QStringList UdpEndpoint::peers() const
{
    QStringList result = m_senders;
    if (m_options.remoteAddress) {
        const QString remote = peerName(*m_options.remoteAddress, m_options.remotePort);
        result.removeAll(remote);
        result.prepend(remote);
    }
    return result;
}

QString UdpEndpoint::description() const
{
    const quint16 port = m_socket->state() == QAbstractSocket::BoundState ? m_socket->localPort() : m_options.localPort;
    if (!m_options.remoteAddress)
        return tr("UDP on port %1").arg(port);
    return tr("UDP on port %1 to %2").arg(port).arg(peerName(*m_options.remoteAddress, m_options.remotePort));
}

} // namespace s2e
