#include "macaddress.h"

#include "bytes.h"

namespace s2e {

std::optional<MacAddress> MacAddress::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != Size)
        return std::nullopt;
    MacAddress mac;
    for (int i = 0; i < Size; ++i)
        mac.m_bytes[i] = quint8(bytes[i]);
    return mac;
}

std::optional<MacAddress> MacAddress::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // Separators are optional but, when present, must sit between every pair of digits.
    const bool separated = trimmed.size() == 17;
    if (!separated && trimmed.size() != 12)
        return std::nullopt;
    if (separated) {
        const QChar separator = trimmed[2];
        if (separator != u':' && separator != u'-')
            return std::nullopt;
        for (int i = 2; i < 17; i += 3) {
            if (trimmed[i] != separator)
                return std::nullopt;
        }
    }
    const auto bytes = bytes::parseHex(trimmed);
    if (!bytes)
        return std::nullopt;
    return fromBytes(*bytes);
}

QByteArray MacAddress::bytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), Size);
}

QString MacAddress::toString() const
{
    return QString::fromLatin1(bytes().toHex(':').toUpper());
}

bool MacAddress::isNull() const
{
    return m_bytes == std::array<quint8, Size> {};
}

} // namespace s2e
