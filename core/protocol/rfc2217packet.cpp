#include "rfc2217packet.h"

#include "bytes.h"

namespace s2e {

namespace {

constexpr char PacketHeader[] = { char(0x55), char(0xAA), char(0x55) };
constexpr int PacketHeaderSize = 3;
constexpr quint8 StopBitsBit = 0x04;
constexpr quint8 ParityEnableBit = 0x08;
constexpr int ParityShift = 4;
constexpr quint8 ParityBits = 0x30;
constexpr quint8 UnusedBits = 0xC0;
constexpr quint8 SevenBitMask = 0x7F;

// Parity bits 5:4 when parity is enabled: 00 odd, 01 even, 10 mark, 11 space.
constexpr Rfc2217Packet::Parity parityCodes[] = {
    Rfc2217Packet::Parity::Odd, Rfc2217Packet::Parity::Even,
    Rfc2217Packet::Parity::Mark, Rfc2217Packet::Parity::Space,
};

} // namespace

Result<Rfc2217Packet> Rfc2217Packet::create(quint32 baud, int dataBits, Parity parity,
                                            int stopBits, ChecksumForm form)
{
    if (baud == 0 || baud > MaxBaud)
        return Failure { tr("baud rate %1 does not fit the packet (1 to %2)").arg(baud).arg(MaxBaud) };
    if (dataBits < 5 || dataBits > 8)
        return Failure { tr("data bits %1: expected 5 to 8").arg(dataBits) };
    if (stopBits < 1 || stopBits > 2)
        return Failure { tr("stop bits %1: expected 1 or 2").arg(stopBits) };
    Rfc2217Packet packet;
    packet.m_baud = baud;
    packet.m_dataBits = dataBits;
    packet.m_parity = parity;
    packet.m_stopBits = stopBits;
    packet.m_checksumForm = form;
    return packet;
}

bool Rfc2217Packet::startsPacket(QByteArrayView bytes)
{
    return bytes.size() >= PacketHeaderSize
            && bytes.first(PacketHeaderSize) == QByteArrayView(PacketHeader, PacketHeaderSize);
}

std::optional<Rfc2217Packet> Rfc2217Packet::parse(QByteArrayView bytes, QString *error)
{
    if (bytes.size() != Size)
        return parseError(error, tr("RFC2217 packet of %1 bytes: expected 8").arg(bytes.size()));
    if (!startsPacket(bytes))
        return parseError(error, tr("RFC2217 packet does not start with 55 AA 55"));
    const quint8 params = quint8(bytes[6]);
    Rfc2217Packet packet;
    packet.m_baud = bytes::readBe(bytes, PacketHeaderSize, 3);
    packet.m_dataBits = 5 + (params & 0x03);
    packet.m_stopBits = (params & StopBitsBit) ? 2 : 1;
    packet.m_parity = (params & ParityEnableBit) ? parityCodes[(params >> ParityShift) & 0x03]
                                                 : Parity::None;
    // Bits 7:6, and the parity code when parity is off, mean nothing here but are kept so
    // that a packet re-encoded is the packet received.
    packet.m_unusedBits = params & (UnusedBits | ((params & ParityEnableBit) ? 0 : ParityBits));
    const quint8 sum = bytes::sum8(bytes.sliced(PacketHeaderSize, 4));
    const quint8 checksum = quint8(bytes[7]);
    packet.m_checksumOk = checksum == sum || checksum == (sum & SevenBitMask);
    if (checksum != sum && checksum == (sum & SevenBitMask))
        packet.m_checksumForm = ChecksumForm::SevenBit;
    return packet;
}

QByteArray Rfc2217Packet::encode() const
{
    quint8 params = quint8(m_dataBits - 5) | m_unusedBits;
    if (m_stopBits == 2)
        params |= StopBitsBit;
    for (int code = 0; code < 4; ++code) {
        if (parityCodes[code] == m_parity)
            params |= ParityEnableBit | quint8(code << ParityShift);
    }
    QByteArray packet(PacketHeader, PacketHeaderSize);
    packet.resize(Size);
    bytes::writeBe(packet, PacketHeaderSize, 3, m_baud);
    packet[6] = char(params);
    const quint8 sum = bytes::sum8(QByteArrayView(packet).sliced(PacketHeaderSize, 4));
    packet[7] = char(m_checksumForm == ChecksumForm::SevenBit ? sum & SevenBitMask : sum);
    return packet;
}

QString Rfc2217Packet::parityName(Parity parity)
{
    switch (parity) {
    case Parity::None:
        return QStringLiteral("none");
    case Parity::Odd:
        return QStringLiteral("odd");
    case Parity::Even:
        return QStringLiteral("even");
    case Parity::Mark:
        return QStringLiteral("mark");
    case Parity::Space:
        return QStringLiteral("space");
    }
    return QString();
}

} // namespace s2e
