#pragma once

#include "command.h"
#include "macaddress.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace s2e {

// A host-to-module frame of the setting protocol (protocol.md §1.1):
// FF | len | cmd | MAC[6] | user[6] | password[6] | params[n] | sum
class RequestFrame
{
    Q_DECLARE_TR_FUNCTIONS(RequestFrame)

public:
    static constexpr int CredentialSize = 6;
    static constexpr int MaxCredentialLength = CredentialSize - 1;

    // FF 01 01 02
    static RequestFrame search();
    // Any command but search. User name and password: at most 5 printable ASCII characters;
    // params: exactly the block the command carries.
    static Result<RequestFrame> create(Command command, const MacAddress &mac,
                                       const QString &user, const QString &password,
                                       const QByteArray &params = {});
    static Result<void> checkCredential(const QString &value, const QString &what);

    // A frame whose checksum is wrong still parses, with checksumOk() false.
    static std::optional<RequestFrame> parse(QByteArrayView datagram, QString *error);
    QByteArray encode() const;

    Command command() const { return m_command; }
    MacAddress mac() const { return m_mac; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QByteArray params() const { return m_params; }
    bool checksumOk() const { return m_checksumOk; }

private:
    RequestFrame() = default;

    Command m_command = Command::Search;
    MacAddress m_mac;
    QString m_user;
    QString m_password;
    QByteArray m_params;
    bool m_checksumOk = true;
};

} // namespace s2e
