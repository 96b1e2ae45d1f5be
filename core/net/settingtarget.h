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
    // The local address to send from; it also picks the outgoing interface for a
    // limited broadcast. AnyIPv4 lets the routing table choose.
    QHostAddress bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    QString interfaceName;

    QString toString() const;
};

// 255.255.255.255 and the directed broadcast out of every up, broadcast-capable IPv4
// interface, each sent from that interface's own address.
QList<SettingTarget> defaultSettingTargets();
// User-chosen addresses (broadcast or unicast), sent from any local address.
QList<SettingTarget> customSettingTargets(const QList<QHostAddress> &addresses);

} // namespace s2e
