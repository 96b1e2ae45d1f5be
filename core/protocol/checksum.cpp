#include "checksum.h"

namespace s2e {

namespace {
constexpr Checksum::Kind kinds[] = { Checksum::Kind::None, Checksum::Kind::Modbus, Checksum::Kind::CcittFalse,
                                     Checksum::Kind::Sum8, Checksum::Kind::Xor8 };
}

quint16 Checksum::crc16Modbus(QByteArrayView data)
{
    quint16 crc = 0xFFFF;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    return crc;
}

quint16 Checksum::crc16CcittFalse(QByteArrayView data)
{
    quint16 crc = 0xFFFF;
    for (const char c : data) {
        crc ^= quint16(quint8(c) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

quint8 Checksum::sum8(QByteArrayView data)
{
    quint8 sum = 0;
    for (const char c : data)
        sum = quint8(sum + quint8(c));
    return sum;
}

quint8 Checksum::xor8(QByteArrayView data)
{
    quint8 value = 0;
    for (const char c : data)
        value ^= quint8(c);
    return value;
}

QByteArray Checksum::bytes(Kind kind, QByteArrayView data)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Modbus: {
        const quint16 crc = crc16Modbus(data);
        return QByteArray().append(char(crc & 0xFF)).append(char(crc >> 8));
    }
    case Kind::CcittFalse: {
        const quint16 crc = crc16CcittFalse(data);
        return QByteArray().append(char(crc >> 8)).append(char(crc & 0xFF));
    }
    case Kind::Sum8:
        return QByteArray(1, char(sum8(data)));
    case Kind::Xor8:
        return QByteArray(1, char(xor8(data)));
    }
    return {};
}

std::span<const Checksum::Kind> Checksum::all()
{
    return kinds;
}

QString Checksum::name(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Modbus: return QStringLiteral("modbus");
    case Kind::CcittFalse: return QStringLiteral("ccitt");
    case Kind::Sum8: return QStringLiteral("sum8");
    case Kind::Xor8: return QStringLiteral("xor8");
    }
    return {};
}

QString Checksum::displayName(Kind kind)
{
    switch (kind) {
    case Kind::None: return tr("No checksum");
    case Kind::Modbus: return tr("CRC-16/Modbus");
    case Kind::CcittFalse: return tr("CRC-16/CCITT-FALSE");
    case Kind::Sum8: return tr("Sum (8 bits)");
    case Kind::Xor8: return tr("XOR (8 bits)");
    }
    return {};
}

std::optional<Checksum::Kind> Checksum::fromName(QStringView text)
{
    for (const Kind kind : kinds)
        if (text.compare(name(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

} // namespace s2e
