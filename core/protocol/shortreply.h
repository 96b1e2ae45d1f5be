#pragma once

#include "command.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace s2e {

// FF 01 <cmd> <status>: the module's answer to every command but search and read
// (and to read when the credentials are wrong). protocol.md §1.2.
class ShortReply
{
    Q_DECLARE_TR_FUNCTIONS(ShortReply)

public:
    static constexpr int Size = 4;
    // "Sum check fault returns 'E' + right checksum": one byte more after an E.
    static constexpr int ErrorWithChecksumSize = 5;

    enum class Status : char { Ok = 'K', Auth = 'P', Error = 'E' };

    ShortReply(Command command, Status status) : m_command(quint8(command)), m_status(status) { }

    // A command byte this tool does not know (another model's 0x22, say) still parses:
    // command() is then empty and commandByte() says which it was.
    static std::optional<ShortReply> parse(QByteArrayView datagram, QString *error);
    // The bytes parsed, exactly: the length byte and checksum of the longer E form included.
    QByteArray encode() const;

    std::optional<Command> command() const { return commandFromByte(m_command); }
    quint8 commandByte() const { return m_command; }
    Status status() const { return m_status; }
    // The checksum the module computed, when its E reply carries one.
    std::optional<quint8> moduleChecksum() const
    {
        return m_moduleChecksum < 0 ? std::nullopt : std::optional<quint8>(quint8(m_moduleChecksum));
    }
    // "ok", "auth" or "error".
    static QString statusName(Status status);
    // What the status means to a user.
    static QString statusText(Status status);
    // statusText(), plus what a longer E reply adds.
    QString text() const;

    friend bool operator==(const ShortReply &, const ShortReply &) = default;

private:
    quint8 m_command;
    Status m_status;
    quint8 m_lengthByte = 0x01;
    int m_moduleChecksum = -1; // none
};

} // namespace s2e
