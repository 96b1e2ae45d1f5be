#include "netatdevice.h"

#include "protocol/macaddress.h"

#include <QList>

namespace s2e {

std::optional<NetAtDevice> NetAtDevice::parse(QByteArrayView datagram)
{
    const QList<QByteArray> parts = datagram.trimmed().toByteArray().split(',');
    if (parts.size() != 3)
        return std::nullopt;
    NetAtDevice device;
    device.address = QHostAddress(QString::fromLatin1(parts[0].trimmed()));
    device.mac = QString::fromLatin1(parts[1].trimmed()).toUpper();
    device.module = QString::fromLatin1(parts[2].trimmed());
    if (device.address.protocol() != QAbstractSocket::IPv4Protocol || device.mac.size() != 12
        || !MacAddress::parse(device.mac))
        return std::nullopt;
    return device;
}

} // namespace s2e
