#include "shortreply.h"

#include "protocol/result.h"

namespace s2e {

std::optional<ShortReply> ShortReply::parse(QByteArrayView datagram, QString *error)
{
    if (datagram.size() != Size && datagram.size() != ErrorWithChecksumSize)
        return parseError(error, tr("short reply of %1 bytes: expected 4 (5 for an error with a checksum)")
                                         .arg(datagram.size()));
    const quint8 lengthByte = quint8(datagram[1]);
    // The longer E form may count its checksum byte in the length.
    const bool lengthOk = lengthByte == 0x01 || (datagram.size() == ErrorWithChecksumSize && lengthByte == 0x02);
    if (quint8(datagram[0]) != 0xFF || !lengthOk)
        return parseError(error, tr("short reply does not start with FF 01"));
    const auto status = Status(datagram[3]);
    if (status != Status::Ok && status != Status::Auth && status != Status::Error)
        return parseError(error, tr("short reply with unknown status 0x%1")
                            .arg(quint8(datagram[3]), 2, 16, QLatin1Char('0')));
    if (datagram.size() == ErrorWithChecksumSize && status != Status::Error)
        return parseError(error, tr("short reply of 5 bytes with status '%1': only an error carries a checksum")
                                         .arg(QLatin1Char(char(status))));
    ShortReply reply(Command::Search, status);
    reply.m_command = quint8(datagram[2]);
    reply.m_lengthByte = lengthByte;
    if (datagram.size() == ErrorWithChecksumSize)
        reply.m_moduleChecksum = quint8(datagram[4]);
    return reply;
}

QByteArray ShortReply::encode() const
{
    QByteArray bytes;
    bytes.append(char(0xFF)).append(char(m_lengthByte)).append(char(m_command)).append(char(m_status));
    if (const auto checksum = moduleChecksum())
        bytes.append(char(*checksum));
    return bytes;
}

QString ShortReply::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Auth:
        return QStringLiteral("auth");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QString();
}

QString ShortReply::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("done");
    case Status::Auth:
        return tr("module rejected the user name or password");
    case Status::Error:
        return tr("module rejected the command");
    }
    return QString();
}

QString ShortReply::text() const
{
    const auto checksum = moduleChecksum();
    if (!checksum)
        return statusText(m_status);
    return tr("%1 (it computed the checksum 0x%2)")
            .arg(statusText(m_status))
            .arg(*checksum, 2, 16, QLatin1Char('0'));
}

} // namespace s2e
