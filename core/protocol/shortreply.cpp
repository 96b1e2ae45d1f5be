#include "shortreply.h"

#include "protocol/result.h"

namespace s2e {

std::optional<ShortReply> ShortReply::parse(QByteArrayView datagram, QString *error)
{
    if (datagram.size() != Size)
        return parseError(error, tr("short reply of %1 bytes: expected 4").arg(datagram.size()));
    if (quint8(datagram[0]) != 0xFF || datagram[1] != 0x01)
        return parseError(error, tr("short reply does not start with FF 01"));
    const auto command = commandFromByte(quint8(datagram[2]));
    if (!command)
        return parseError(error, tr("short reply to unknown command 0x%1")
                            .arg(quint8(datagram[2]), 2, 16, QLatin1Char('0')));
    const auto status = Status(datagram[3]);
    if (status != Status::Ok && status != Status::Auth && status != Status::Error)
        return parseError(error, tr("short reply with unknown status 0x%1")
                            .arg(quint8(datagram[3]), 2, 16, QLatin1Char('0')));
    return ShortReply(*command, status);
}

QByteArray ShortReply::encode() const
{
    QByteArray bytes;
    bytes.append(char(0xFF)).append(char(0x01)).append(char(m_command)).append(char(m_status));
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

} // namespace s2e
