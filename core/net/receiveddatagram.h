#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

class QNetworkDatagram;

namespace s2e {

// How a module's answer reached this machine: modules differ (protocol.md §1).
enum class ReplyRoute {
    Unicast, // to the request's source address and port (TivaWare's locator)
    Broadcast, // broadcast to the request's source port (the TCP232-302)
    SettingPort, // to the setting port itself, 1901 (the vendor's E45/M4 protocol V1.4)
};

// "unicast", "broadcast", "setting-port": for JSON and the command line.
QString replyRouteName(ReplyRoute route);

// One datagram from a setting-protocol socket, with where it came from and how.
struct ReceivedDatagram
{
    QByteArray data;
    QHostAddress sender;
    quint16 senderPort = 0;
    int interfaceIndex = 0;
    QString interfaceName;
    ReplyRoute route = ReplyRoute::Unicast;
};

// What a socket received: on the setting port itself, or on a request's own socket (where
// the destination tells a broadcast from a unicast).
ReceivedDatagram receivedDatagram(const QNetworkDatagram &datagram, bool onSettingPort);

} // namespace s2e
