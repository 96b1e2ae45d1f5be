#include "tftppacket.h"

#include "protocol/result.h"

#include "protocol/bytes.h"

namespace s2e {

TftpPacket TftpPacket::readRequest(const QString &fileName, const QString &mode)
{
    TftpPacket packet;
    packet.opcode = Opcode::ReadRequest;
    packet.fileName = fileName;
    packet.mode = mode;
    return packet;
}

TftpPacket TftpPacket::dataBlock(quint16 block, const QByteArray &data)
{
    TftpPacket packet;
    packet.block = block;
    packet.data = data;
    return packet;
}

TftpPacket TftpPacket::ack(quint16 block)
{
    TftpPacket packet;
    packet.opcode = Opcode::Ack;
    packet.block = block;
    return packet;
}

TftpPacket TftpPacket::error(quint16 code, const QString &message)
{
    TftpPacket packet;
    packet.opcode = Opcode::Error;
    packet.block = code;
    packet.message = message;
    return packet;
}

std::optional<TftpPacket> TftpPacket::parse(QByteArrayView bytes, QString *error)
{
    if (bytes.size() < 4)
        return parseError(error, tr("TFTP packet of %1 bytes is too short").arg(bytes.size()));
    TftpPacket packet;
    const quint16 opcode = quint16(bytes::readBe(bytes, 0, 2));
    switch (Opcode(opcode)) {
    case Opcode::ReadRequest:
    case Opcode::WriteRequest: {
        const QList<QByteArray> parts = bytes.sliced(2).toByteArray().split('\0');
        // "name\0mode\0" splits into name, mode and an empty tail.
        if (parts.size() < 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || !bytes.endsWith('\0'))
            return parseError(error, tr("TFTP request without a file name and mode"));
        packet.opcode = Opcode(opcode);
        packet.fileName = QString::fromLatin1(parts.at(0));
        packet.mode = QString::fromLatin1(parts.at(1)).toLower();
        return packet;
    }
    case Opcode::Data:
        if (bytes.size() > 4 + BlockSize)
            return parseError(error, tr("TFTP data block of %1 bytes is over 512").arg(bytes.size() - 4));
        packet.block = quint16(bytes::readBe(bytes, 2, 2));
        packet.data = bytes.sliced(4).toByteArray();
        return packet;
    case Opcode::Ack:
        if (bytes.size() != 4)
            return parseError(error, tr("TFTP acknowledgement of %1 bytes: expected 4").arg(bytes.size()));
        packet.opcode = Opcode::Ack;
        packet.block = quint16(bytes::readBe(bytes, 2, 2));
        return packet;
    case Opcode::Error:
        packet.opcode = Opcode::Error;
        packet.block = quint16(bytes::readBe(bytes, 2, 2));
        packet.message = bytes::readText(bytes.sliced(4));
        return packet;
    }
    return parseError(error, tr("unknown TFTP opcode %1").arg(opcode));
}

QByteArray TftpPacket::encode() const
{
    QByteArray bytes(4, '\0');
    bytes::writeBe(bytes, 0, 2, quint16(opcode));
    switch (opcode) {
    case Opcode::ReadRequest:
    case Opcode::WriteRequest:
        bytes.truncate(2);
        bytes += fileName.toLatin1() + '\0' + mode.toLatin1() + '\0';
        break;
    case Opcode::Data:
        bytes::writeBe(bytes, 2, 2, block);
        bytes += data;
        break;
    case Opcode::Ack:
        bytes::writeBe(bytes, 2, 2, block);
        break;
    case Opcode::Error:
        bytes::writeBe(bytes, 2, 2, block);
        bytes += message.toLatin1() + '\0';
        break;
    }
    return bytes;
}

} // namespace s2e
