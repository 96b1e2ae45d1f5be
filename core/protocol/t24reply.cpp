#include "t24reply.h"

#include "bytes.h"
#include "result.h"

namespace s2e {

namespace {

constexpr int T24VersionOffset = 6;
constexpr int T24ParamsOffset = 7;
// Offsets into the reply; the parameters start at 7 (fairwaves/usr-tcp232-24 proto.c).
constexpr int T24RemoteIpOffset = T24ParamsOffset + 0;
constexpr int T24RemotePortOffset = T24ParamsOffset + 4;
constexpr int T24IpOffset = T24ParamsOffset + 6;
constexpr int T24LocalPortOffset = T24ParamsOffset + 10;
constexpr int T24GatewayOffset = T24ParamsOffset + 12;
constexpr int T24ModeOffset = T24ParamsOffset + 16;
constexpr int T24BaudOffset = T24ParamsOffset + 17;
constexpr int T24FormatOffset = T24ParamsOffset + 20;
constexpr int T24DeviceIdOffset = T24ParamsOffset + 21;
constexpr int T24FlagsOffset = T24ParamsOffset + 23;
constexpr int T24MaskOffset = T24ParamsOffset + 24;

const char *const T24ModeNames[] = { "udp-client", "tcp-client", "udp-server", "tcp-server" };
// Bits 5:4 when bit 3 (parity on) is set.
const char *const T24ParityNames[] = { "odd", "even", "mark", "space" };

} // namespace

QByteArray T24Reply::request()
{
    return QByteArrayLiteral("0123456789").repeated(4);
}

bool T24Reply::isRequest(QByteArrayView datagram)
{
    return datagram == request();
}

std::optional<T24Reply> T24Reply::parse(QByteArrayView datagram, QString *error)
{
    if (datagram.size() != Size)
        return parseError(error, tr("T24 search reply of %1 bytes: expected %2").arg(datagram.size()).arg(Size));
    // It starts with the module's MAC, which is never a group address (a search reply's FF is).
    if (quint8(datagram[0]) & 0x01)
        return parseError(error, tr("T24 search reply starts with a group MAC address"));
    return T24Reply(datagram.toByteArray());
}

T24Reply T24Reply::create(const MacAddress &mac, quint8 version, const Parameters &parameters)
{
    QByteArray bytes(Size, '\0');
    bytes.replace(0, MacAddress::Size, mac.bytes());
    bytes[T24VersionOffset] = char(version);
    bytes::writeLe(bytes, T24RemoteIpOffset, 4, parameters.remoteIpv4);
    bytes::writeLe(bytes, T24RemotePortOffset, 2, parameters.remotePort);
    bytes::writeLe(bytes, T24IpOffset, 4, parameters.ipv4);
    bytes::writeLe(bytes, T24LocalPortOffset, 2, parameters.localPort);
    bytes::writeLe(bytes, T24GatewayOffset, 4, parameters.gateway);
    bytes[T24ModeOffset] = char(parameters.mode);
    bytes::writeLe(bytes, T24BaudOffset, 3, parameters.baud);
    bytes[T24FormatOffset] = char(parameters.format);
    bytes::writeBe(bytes, T24DeviceIdOffset, 2, parameters.deviceId);
    bytes[T24FlagsOffset] = char(parameters.flags);
    bytes::writeLe(bytes, T24MaskOffset, 4, parameters.mask);
    return T24Reply(bytes);
}

MacAddress T24Reply::mac() const
{
    return *MacAddress::fromBytes(QByteArrayView(m_bytes).first(MacAddress::Size));
}

QString T24Reply::versionText() const
{
    return QStringLiteral("%1.%2").arg(version() >> 4).arg(version() & 0x0F);
}

T24Reply::Parameters T24Reply::parameters() const
{
    Parameters p;
    p.remoteIpv4 = bytes::readLe(m_bytes, T24RemoteIpOffset, 4);
    p.remotePort = quint16(bytes::readLe(m_bytes, T24RemotePortOffset, 2));
    p.ipv4 = bytes::readLe(m_bytes, T24IpOffset, 4);
    p.localPort = quint16(bytes::readLe(m_bytes, T24LocalPortOffset, 2));
    p.gateway = bytes::readLe(m_bytes, T24GatewayOffset, 4);
    p.mode = quint8(m_bytes[T24ModeOffset]);
    p.baud = bytes::readLe(m_bytes, T24BaudOffset, 3);
    p.format = quint8(m_bytes[T24FormatOffset]);
    p.deviceId = quint16(bytes::readBe(m_bytes, T24DeviceIdOffset, 2));
    p.flags = quint8(m_bytes[T24FlagsOffset]);
    p.mask = bytes::readLe(m_bytes, T24MaskOffset, 4);
    return p;
}

QJsonObject T24Reply::fields() const
{
    const Parameters p = parameters();
    QJsonObject object {
        { QStringLiteral("mac"), mac().toString() },
        { QStringLiteral("version"), versionText() },
        { QStringLiteral("ip"), bytes::ipv4ToString(p.ipv4) },
        { QStringLiteral("mask"), bytes::ipv4ToString(p.mask) },
        { QStringLiteral("gateway"), bytes::ipv4ToString(p.gateway) },
        { QStringLiteral("local_port"), p.localPort },
        { QStringLiteral("remote_ip"), bytes::ipv4ToString(p.remoteIpv4) },
        { QStringLiteral("remote_port"), p.remotePort },
        { QStringLiteral("baud"), qint64(p.baud) },
        { QStringLiteral("device_id"), p.deviceId },
        { QStringLiteral("flags"), p.flags },
    };
    // A value no source names stays a number, so nothing the module sends is hidden.
    object.insert(QStringLiteral("mode"), p.mode < std::size(T24ModeNames) ? QJsonValue(QLatin1String(T24ModeNames[p.mode]))
                                                                       : QJsonValue(p.mode));
    if (p.format & 0xC0) {
        object.insert(QStringLiteral("format"), p.format);
    } else {
        object.insert(QStringLiteral("data_bits"), (p.format & 0x03) + 5);
        object.insert(QStringLiteral("stop_bits"), ((p.format >> 2) & 0x01) + 1);
        object.insert(QStringLiteral("parity"), (p.format & 0x08) ? QLatin1String(T24ParityNames[(p.format >> 4) & 0x03])
                                                                  : QLatin1String("none"));
    }
    return object;
}

} // namespace s2e
