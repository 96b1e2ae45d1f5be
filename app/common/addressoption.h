#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

#include <optional>

// The IPv4 addresses given to an option, its default when it is not set, in order (a
// repeatable option has several); otherwise the reason, naming the option and the value.
inline std::optional<QList<QHostAddress>> ipv4Addresses(const QCommandLineParser &parser,
                                                        const QCommandLineOption &option, QString *error)
{
    QList<QHostAddress> addresses;
    for (const QString &value : parser.values(option)) {
        const QHostAddress address(value);
        if (address.protocol() != QAbstractSocket::IPv4Protocol) {
            *error = QCoreApplication::translate("s2e", "--%1: \"%2\" is not an IPv4 address")
                             .arg(option.names().first(), value);
            return std::nullopt;
        }
        addresses << address;
    }
    return addresses;
}
