#include "bootppacket.h"

#include "protocol/result.h"

#include "protocol/bytes.h"

namespace s2e {

namespace {
constexpr int XidOffset = 4;
constexpr int CiaddrOffset = 12;
constexpr int YiaddrOffset = 16;
constexpr int SiaddrOffset = 20;
constexpr int ChaddrOffset = 28;
constexpr int SnameOffset = 44;
constexpr int SnameSize = 64;
constexpr int FileOffset = 108;
constexpr int FileSize = 128;
constexpr int HardwareEthernet = 1;
} // namespace

std::optional<BootpPacket> BootpPacket::parse(QByteArrayView bytes, QString *error)
{
    if (bytes.size() < Size)
        return parseError(error, tr("BOOTP packet of %1 bytes: at least 300 expected").arg(bytes.size()));
    const quint8 op = quint8(bytes[0]);
    if (op != quint8(Op::Request) && op != quint8(Op::Reply))
        return parseError(error, tr("BOOTP packet with op %1").arg(op));
    if (bytes[1] != HardwareEthernet || bytes[2] != MacAddress::Size)
        return parseError(error, tr("BOOTP packet for hardware other than Ethernet"));
    BootpPacket packet;
    packet.op = Op(op);
    packet.xid = bytes::readBe(bytes, XidOffset, 4);
    packet.clientIp = bytes::readBe(bytes, CiaddrOffset, 4);
    packet.yourIp = bytes::readBe(bytes, YiaddrOffset, 4);
    packet.serverIp = bytes::readBe(bytes, SiaddrOffset, 4);
    packet.mac = *MacAddress::fromBytes(bytes.sliced(ChaddrOffset, MacAddress::Size));
    packet.serverName = bytes::readText(bytes.sliced(SnameOffset, SnameSize));
    packet.bootFile = bytes::readText(bytes.sliced(FileOffset, FileSize));
    return packet;
}

QByteArray BootpPacket::encode() const
{
    QByteArray bytes(Size, '\0');
    bytes[0] = char(op);
    bytes[1] = HardwareEthernet;
    bytes[2] = MacAddress::Size;
    bytes::writeBe(bytes, XidOffset, 4, xid);
    bytes::writeBe(bytes, CiaddrOffset, 4, clientIp);
    bytes::writeBe(bytes, YiaddrOffset, 4, yourIp);
    bytes::writeBe(bytes, SiaddrOffset, 4, serverIp);
    bytes.replace(ChaddrOffset, MacAddress::Size, mac.bytes());
    bytes.replace(SnameOffset, qMin<qsizetype>(serverName.size(), SnameSize - 1), serverName.toLatin1().left(SnameSize - 1));
    bytes.replace(FileOffset, qMin<qsizetype>(bootFile.size(), FileSize - 1), bootFile.toLatin1().left(FileSize - 1));
    return bytes;
}

QByteArray magicPacket(const MacAddress &mac)
{
    return QByteArray(6, char(0xAA)) + mac.bytes().repeated(4);
}

std::optional<MacAddress> parseMagicPacket(QByteArrayView bytes)
{
    if (bytes.size() != 30 || bytes.first(6) != QByteArray(6, char(0xAA)))
        return std::nullopt;
    const QByteArray mac = bytes.sliced(6, 6).toByteArray();
    if (bytes.sliced(6) != mac.repeated(4))
        return std::nullopt;
    return MacAddress::fromBytes(mac);
}

} // namespace s2e
