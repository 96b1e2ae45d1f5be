#pragma once

#include "protocol/macaddress.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace s2e {

// BOOTP (RFC 951) as TI's Ethernet boot loader uses it to find its TFTP server: a
// 300-byte request from the module, a reply naming its address, the server and the file.
struct BootpPacket
{
    Q_DECLARE_TR_FUNCTIONS(BootpPacket)

public:
    static constexpr int Size = 300;
    enum class Op : quint8 { Request = 1, Reply = 2 };

    Op op = Op::Request;
    quint32 xid = 0;
    quint32 clientIp = 0; // ciaddr
    quint32 yourIp = 0; // yiaddr
    quint32 serverIp = 0; // siaddr
    MacAddress mac; // chaddr
    QString serverName; // sname, "stellaris" for TI's loader
    QString bootFile; // file

    // Vendor-specific bytes are not used here; a longer datagram (DHCP options) is accepted.
    static std::optional<BootpPacket> parse(QByteArrayView bytes, QString *error);
    QByteArray encode() const;
};

// TI's magic packet: six 0xAA then the module's MAC four times (30 bytes, UDP port 9).
QByteArray magicPacket(const MacAddress &mac);
std::optional<MacAddress> parseMagicPacket(QByteArrayView bytes);

} // namespace s2e
