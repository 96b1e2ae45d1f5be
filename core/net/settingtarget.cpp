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
            targets.append({ QHostAddress(QHostAddress::Broadcast), entry.ip(), name });
            targets.append({ entry.broadcast(), entry.ip(), name });
        }
    }
    if (targets.isEmpty())
        targets.append({ QHostAddress(QHostAddress::Broadcast), QHostAddress(QHostAddress::AnyIPv4), {} });
    return targets;
}

QList<SettingTarget> customSettingTargets(const QList<QHostAddress> &addresses)
{
    QList<SettingTarget> targets;
    for (const QHostAddress &address : addresses)
        targets.append({ address, QHostAddress(QHostAddress::AnyIPv4), {} });
    return targets;
}

} // namespace s2e
