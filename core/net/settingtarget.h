#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include "protocol/result.h"

namespace s2e {

// The UDP port M4 modules listen on for the setting protocol (protocol.md §1); the M0
// TCP232-302 listens on 1500 (the model table has each family's).
constexpr quint16 DefaultSettingPort = 1901;

// A setting port to use: the standard one families listen on (1901, 1500) and the number it
// is reached at (the same, unless remapped, as for virtual modules on free ports).
struct SettingPort
{
    quint16 standard = DefaultSettingPort;
    quint16 number = DefaultSettingPort;

    friend bool operator==(const SettingPort &, const SettingPort &) = default;
};
using SettingPorts = QList<SettingPort>;

// Every family's standard port, as itself: 1901 and 1500.
SettingPorts defaultSettingPorts();
// "1901", "1500", "1901,1500", "1901=40001,1500=40002". A bare number that is no family's
// port stands for 1901, the M4 families'.
Result<SettingPorts> parseSettingPorts(QStringView text);
// "1901 and 1500", for messages.
QString settingPortsText(const SettingPorts &ports);

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
