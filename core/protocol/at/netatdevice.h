#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace s2e {

// A module that answered the net AT keyword (protocol.md §2): "IP,MAC,MODULE".
struct NetAtDevice
{
    QHostAddress address;
    QString mac; // 12 hex digits, as the module sends it
    QString module;

    static std::optional<NetAtDevice> parse(QByteArrayView datagram);
};

} // namespace s2e
