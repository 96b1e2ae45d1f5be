#include "targetsockets.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace s2e {

TargetSockets::TargetSockets(const QList<SettingTarget> &targets, quint16 port, QObject *parent)
    : QObject(parent), m_targets(targets), m_port(port)
{
    for (const SettingTarget &target : targets)
        socketFor(target);
    if (m_sockets.isEmpty())
        socketFor(SettingTarget {});
}

TargetSockets::Bound &TargetSockets::socketFor(const SettingTarget &target)
{
    for (Bound &bound : m_sockets) {
        if (bound.bindAddress == target.bindAddress)
            return bound;
    }
    Bound bound;
    bound.socket = new QUdpSocket(this);
    bound.bindAddress = target.bindAddress;
    bound.interfaceName = target.interfaceName;
    if (!bound.socket->bind(target.bindAddress, 0))
        bound.bindError = bound.socket->errorString();
    else
        connect(bound.socket, &QUdpSocket::readyRead, this,
                [this, index = m_sockets.size()] { readPending(m_sockets.at(index)); });
    m_sockets.append(bound);
    return m_sockets.last();
}

void TargetSockets::readPending(const Bound &bound)
{
    while (bound.socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = bound.socket->receiveDatagram();
        if (datagram.isValid())
            emit datagramReceived(datagram.data(), datagram.senderAddress(), bound.interfaceName);
    }
}

QStringList TargetSockets::sendToAll(const QByteArray &datagram)
{
    QStringList failures;
    for (const SettingTarget &target : std::as_const(m_targets)) {
        const Bound &bound = socketFor(target);
        if (!bound.bindError.isEmpty()) {
            failures << tr("%1: cannot use local address %2: %3")
                                .arg(target.toString(), bound.bindAddress.toString(), bound.bindError);
            continue;
        }
        if (bound.socket->writeDatagram(datagram, target.address, m_port) != datagram.size())
            failures << tr("%1: %2").arg(target.toString(), bound.socket->errorString());
    }
    return failures;
}

QString TargetSockets::sendTo(const QByteArray &datagram, const QHostAddress &address)
{
    const Bound &bound = m_sockets.first();
    if (!bound.bindError.isEmpty())
        return tr("%1: cannot bind a UDP socket: %2").arg(address.toString(), bound.bindError);
    if (bound.socket->writeDatagram(datagram, address, m_port) != datagram.size())
        return tr("%1: %2").arg(address.toString(), bound.socket->errorString());
    return QString();
}

void TargetSockets::discardPending()
{
    for (const Bound &bound : std::as_const(m_sockets)) {
        if (bound.bindError.isEmpty()) {
            while (bound.socket->hasPendingDatagrams())
                bound.socket->receiveDatagram();
        }
    }
}

} // namespace s2e
