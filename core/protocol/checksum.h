#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <span>

namespace s2e {

// Check values a test console appends to what it sends, as the devices behind modules
// expect them.
class Checksum
{
    Q_DECLARE_TR_FUNCTIONS(Checksum)

public:
    enum class Kind {
        None,
        Modbus, // CRC-16/MODBUS, appended low byte first
        CcittFalse, // CRC-16/CCITT-FALSE, appended high byte first
        Sum8, // the bytes' sum, modulo 256
        Xor8, // the bytes' XOR
    };

    static quint16 crc16Modbus(QByteArrayView data);
    static quint16 crc16CcittFalse(QByteArrayView data);
    static quint8 sum8(QByteArrayView data);
    static quint8 xor8(QByteArrayView data);

    // The bytes to append for `kind`, in the order they go on the wire.
    static QByteArray bytes(Kind kind, QByteArrayView data);

    static std::span<const Kind> all();
    // "modbus", "ccitt", "sum8", "xor8", "none": names for the CLI and settings.
    static QString name(Kind kind);
    static QString displayName(Kind kind);
    static std::optional<Kind> fromName(QStringView name);
};

} // namespace s2e
