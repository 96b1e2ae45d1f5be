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

    enum class Status : char { Ok = 'K', Auth = 'P', Error = 'E' };

    ShortReply(Command command, Status status) : m_command(command), m_status(status) { }

    static std::optional<ShortReply> parse(QByteArrayView datagram, QString *error);
    QByteArray encode() const;

    Command command() const { return m_command; }
    Status status() const { return m_status; }
    // "ok", "auth" or "error".
    static QString statusName(Status status);
    // What the status means to a user.
    static QString statusText(Status status);

    friend bool operator==(const ShortReply &, const ShortReply &) = default;

private:
    Command m_command;
    Status m_status;
};

} // namespace s2e
