#include "searchreply.h"

#include "protocol/result.h"

#include "bytes.h"

namespace s2e {

namespace {
constexpr int IpOffset = 5;
constexpr int MacOffset = 9;
constexpr int FirmwareOffset = 15;
constexpr int EncryptionOffset = 17;
constexpr int NameOffset = 19;
constexpr int ChecksumOffset = 35;
} // namespace

std::optional<SearchReply> SearchReply::parse(QByteArrayView datagram, QString *error)
{
    if (datagram.size() != Size)
        return parseError(error, tr("search reply of %1 bytes: expected 36").arg(datagram.size()));
    if (quint8(datagram[0]) != 0xFF)
        return parseError(error, tr("search reply does not start with FF"));
    if (quint8(datagram[1]) != Size)
        return parseError(error, tr("search reply length byte is %1, the datagram holds 36 bytes")
                            .arg(quint8(datagram[1])));
    if (datagram[2] != 0x01)
        return parseError(error, tr("search reply has command byte 0x%1, expected 01")
                            .arg(quint8(datagram[2]), 2, 16, QLatin1Char('0')));
    SearchReply reply;
    reply.m_boardType = quint8(datagram[3]);
    reply.m_boardId = quint8(datagram[4]);
    reply.m_ipv4 = bytes::readBe(datagram, IpOffset, 4);
    reply.m_mac = *MacAddress::fromBytes(datagram.sliced(MacOffset, MacAddress::Size));
    reply.m_firmware = quint16(bytes::readLe(datagram, FirmwareOffset, 2));
    reply.m_encryption = quint16(bytes::readLe(datagram, EncryptionOffset, 2));
    reply.m_name = datagram.sliced(NameOffset, NameSize).toByteArray();
    reply.m_checksumOk = bytes::sum8(datagram) == 0;
    return reply;
}

QByteArray SearchReply::encode() const
{
    QByteArray bytes(Size, '\0');
    bytes[0] = char(0xFF);
    bytes[1] = char(Size);
    bytes[2] = 0x01;
    bytes[3] = char(m_boardType);
    bytes[4] = char(m_boardId);
    bytes::writeBe(bytes, IpOffset, 4, m_ipv4);
    bytes.replace(MacOffset, MacAddress::Size, m_mac.bytes());
    bytes::writeLe(bytes, FirmwareOffset, 2, m_firmware);
    bytes::writeLe(bytes, EncryptionOffset, 2, m_encryption);
    bytes.replace(NameOffset, NameSize, m_name);
    bytes[ChecksumOffset] = char(quint8(0 - bytes::sum8(QByteArrayView(bytes).first(35))));
    return bytes;
}

QString SearchReply::ipString() const
{
    return bytes::ipv4ToString(m_ipv4);
}

QString SearchReply::name() const
{
    return bytes::readText(m_name);
}

void SearchReply::setName(const QString &name)
{
    m_name = name.toLatin1().left(NameSize);
    m_name.resize(NameSize, '\0');
}

} // namespace s2e
