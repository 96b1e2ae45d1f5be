#include "receiveddatagram.h"

#include <QDeadlineTimer>
#include <QList>
#include <QNetworkDatagram>
#include <QNetworkInterface>

namespace s2e {

namespace {

// This machine's directed broadcast addresses (also loopback's 127.255.255.255, which has
// no broadcast entry), looked up again after a while: adapters come and go.
bool isBroadcast(const QHostAddress &address)
{
    static QList<quint32> broadcasts;
    static QDeadlineTimer stale;
    if (address == QHostAddress(QHostAddress::Broadcast))
        return true;
    if (stale.hasExpired()) {
        broadcasts.clear();
        for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
            for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && entry.prefixLength() < 31)
                    broadcasts << (entry.ip().toIPv4Address() | ~entry.netmask().toIPv4Address());
            }
        }
        stale.setRemainingTime(5000);
    }
    return broadcasts.contains(address.toIPv4Address());
}

} // namespace

QString replyRouteName(ReplyRoute route)
{
    switch (route) {
    case ReplyRoute::Unicast:
        return QStringLiteral("unicast");
    case ReplyRoute::Broadcast:
        return QStringLiteral("broadcast");
    case ReplyRoute::SettingPort:
        return QStringLiteral("setting-port");
    }
    return QString();
}

ReceivedDatagram receivedDatagram(const QNetworkDatagram &datagram, bool onSettingPort)
{
    ReceivedDatagram received;
    received.data = datagram.data();
    received.sender = datagram.senderAddress();
    received.senderPort = quint16(datagram.senderPort());
    received.interfaceIndex = int(datagram.interfaceIndex());
    if (received.interfaceIndex > 0)
        received.interfaceName = QNetworkInterface::interfaceNameFromIndex(received.interfaceIndex);
    if (onSettingPort)
        received.route = ReplyRoute::SettingPort;
    else
        received.route = isBroadcast(datagram.destinationAddress()) ? ReplyRoute::Broadcast : ReplyRoute::Unicast;
    return received;
}

} // namespace s2e
