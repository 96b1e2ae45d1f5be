#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace s2e {

// The UDP port modules listen on for the setting protocol (protocol.md §1).
constexpr quint16 DefaultSettingPort = 1901;

// Where setting-protocol datagrams are sent: usually a broadcast address, since each
// command names its module's MAC and reaches a module on a foreign subnet too.
struct SettingTarget
{
    QHostAddress address;
    // The interface the datagram leaves by (a limited broadcast needs one); 0 lets the
    // routing table choose.
    int interfaceIndex = 0;
    QString interfaceName;

    QString toString() const;
};

// 255.255.255.255 and the directed broadcast out of every up, broadcast-capable IPv4
// interface.
QList<SettingTarget> defaultSettingTargets();
// User-chosen addresses (broadcast or unicast), routed by the routing table.
QList<SettingTarget> customSettingTargets(const QList<QHostAddress> &addresses);

} // namespace s2e
