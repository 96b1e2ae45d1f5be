#include "targetsockets.h"

#include "settingportlistener.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace s2e {

TargetSockets::TargetSockets(const QList<SettingTarget> &targets, quint16 port, QObject *parent)
    : QObject(parent),
      m_targets(targets),
      m_port(port),
      m_socket(new QUdpSocket(this)),
      m_listener(SettingPortListener::forPort(port))
{
    if (m_socket->bind(QHostAddress(QHostAddress::AnyIPv4), 0)) {
        // 254 modules answer a round within a few milliseconds: room for all (the system may cap it).
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(1024 * 1024));
        connect(m_socket, &QUdpSocket::readyRead, this, &TargetSockets::readPending);
    } else
        m_bindError = m_socket->errorString();
    connect(m_listener.get(), &SettingPortListener::datagramReceived, this, &TargetSockets::datagramReceived);
}

void TargetSockets::readPending()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (datagram.isValid())
            emit datagramReceived(receivedDatagram(datagram, false));
    }
}

QStringList TargetSockets::sendToAll(const QByteArray &datagram)
{
    QStringList failures;
    for (const SettingTarget &target : std::as_const(m_targets)) {
        if (!m_bindError.isEmpty()) {
            failures << tr("%1: cannot open a UDP socket: %2").arg(target.toString(), m_bindError);
            continue;
        }
        QNetworkDatagram outgoing(datagram, target.address, m_port);
        outgoing.setInterfaceIndex(uint(target.interfaceIndex));
        if (m_socket->writeDatagram(outgoing) != datagram.size())
            failures << tr("%1: %2").arg(target.toString(), m_socket->errorString());
    }
    return failures;
}

QString TargetSockets::sendTo(const QByteArray &datagram, const QHostAddress &address)
{
    if (!m_bindError.isEmpty())
        return tr("%1: cannot open a UDP socket: %2").arg(address.toString(), m_bindError);
    if (m_socket->writeDatagram(datagram, address, m_port) != datagram.size())
        return tr("%1: %2").arg(address.toString(), m_socket->errorString());
    return QString();
}

void TargetSockets::discardPending()
{
    while (m_socket->hasPendingDatagrams())
        m_socket->receiveDatagram();
}

} // namespace s2e
