#pragma once

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace s2e::emu {

// Whether a datagram a socket bound to one address (a module's) received was sent to that
// address. On Linux it always was; on Windows (and under Wine) such a socket also receives the
// interface's broadcasts, and on loopback other addresses' datagrams, which belong to the
// shared socket or another module. An unknown destination counts as this one.
inline bool sentToBoundAddress(const QNetworkDatagram &datagram, const QUdpSocket &socket)
{
    const QHostAddress to = datagram.destinationAddress();
    return to.isNull() || to == socket.localAddress();
}

} // namespace s2e::emu
