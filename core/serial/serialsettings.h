#pragma once

#include "protocol/rfc2217packet.h"
#include "protocol/result.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace s2e {

// A serial line's speed and character format, as a program set it on a terminal.
struct SerialSettings
{
    quint32 baud = 115200;
    int dataBits = 8;
    Rfc2217Packet::Parity parity = Rfc2217Packet::Parity::None;
    int stopBits = 1;

    // "9600 7E1"
    QString toString() const;
    // "7E1" (data bits, N/O/E/M/S, stop bits; any letter case): the format part only.
    static std::optional<SerialSettings> parseFormat(QStringView text);
    // The similar-RFC2217 packet that asks a module for these settings.
    Result<Rfc2217Packet> toPacket(Rfc2217Packet::ChecksumForm form = Rfc2217Packet::ChecksumForm::Full) const;

    friend bool operator==(const SerialSettings &, const SerialSettings &) = default;
};

// What a program has set on the terminal `fd` (any side of a pty shares the slave's
// settings), or nullopt when they cannot be read. Unix only.
std::optional<SerialSettings> terminalSettings(int fd);

} // namespace s2e

Q_DECLARE_METATYPE(s2e::SerialSettings)
