#include "settingtarget.h"

#include <QNetworkInterface>

namespace s2e {

QString SettingTarget::toString() const
{
    if (interfaceName.isEmpty())
        return address.toString();
    return QStringLiteral("%1 (%2)").arg(address.toString(), interfaceName);
}

QList<SettingTarget> defaultSettingTargets()
{
    QList<SettingTarget> targets;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::CanBroadcast)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || entry.broadcast().isNull())
                continue;
            const QString name = iface.humanReadableName();
            const QHostAddress limited(QHostAddress::Broadcast);
            if (std::none_of(targets.cbegin(), targets.cend(), [&](const SettingTarget &target) {
                    return target.address == limited && target.interfaceIndex == iface.index();
                }))
                targets.append({ limited, iface.index(), name });
            targets.append({ entry.broadcast(), iface.index(), name });
        }
    }
    if (targets.isEmpty())
        targets.append({ QHostAddress(QHostAddress::Broadcast), 0, {} });
    return targets;
}

QList<SettingTarget> customSettingTargets(const QList<QHostAddress> &addresses)
{
    QList<SettingTarget> targets;
    for (const QHostAddress &address : addresses)
        targets.append({ address, 0, {} });
    return targets;
}

} // namespace s2e
