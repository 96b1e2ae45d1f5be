#include "settingtarget.h"

#include "protocol/modeltable.h"

#include <QCoreApplication>
#include <QNetworkInterface>

namespace s2e {

QString SettingTarget::toString() const
{
    if (interfaceName.isEmpty())
        return address.toString();
    return QStringLiteral("%1 (%2)").arg(address.toString(), interfaceName);
}

SettingPorts defaultSettingPorts()
{
    SettingPorts ports;
    for (quint16 port : ModelTable::settingPorts())
        ports << SettingPort { port, port };
    return ports;
}

Result<SettingPorts> parseSettingPorts(QStringView text)
{
    const QList<quint16> standards = ModelTable::settingPorts();
    SettingPorts ports;
    for (QStringView item : text.split(u',')) {
        item = item.trimmed();
        const qsizetype equals = item.indexOf(u'=');
        bool numberOk = false;
        bool standardOk = true;
        const uint number = item.sliced(equals + 1).toUInt(&numberOk);
        uint standard = DefaultSettingPort;
        if (equals >= 0)
            standard = item.first(equals).toUInt(&standardOk);
        else if (standards.contains(quint16(number)))
            standard = number;
        if (!numberOk || !standardOk || number == 0 || number > 65535)
            return Failure { QCoreApplication::translate("SettingPort", "expected a port from 1 to 65535, or "
                                                                        "STANDARD=PORT, got \"%1\"")
                                     .arg(item) };
        if (!standards.contains(quint16(standard)))
            return Failure { QCoreApplication::translate("SettingPort", "%1 is no family's setting port (they are %2)")
                                     .arg(standard)
                                     .arg(settingPortsText(defaultSettingPorts())) };
        ports << SettingPort { quint16(standard), quint16(number) };
    }
    return ports;
}

QString settingPortsText(const SettingPorts &ports)
{
    QStringList numbers;
    for (const SettingPort &port : ports)
        numbers << QString::number(port.number);
    if (numbers.size() < 2)
        return numbers.join(QString());
    const QString last = numbers.takeLast();
    return QCoreApplication::translate("SettingPort", "%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
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
