#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace s2e {

class MacAddress
{
public:
    static constexpr int Size = 6;

    MacAddress() = default;
    // Exactly six bytes, in the order printed (D8 B0 4C C0 0D 65 = D8:B0:4C:C0:0D:65).
    static std::optional<MacAddress> fromBytes(QByteArrayView bytes);
    // "D8:B0:4C:C0:0D:65", "d8-b0-4c-c0-0d-65" or "D8B04CC00D65".
    static std::optional<MacAddress> parse(QStringView text);

    QByteArray bytes() const;
    QString toString() const;
    bool isNull() const;

    friend bool operator==(const MacAddress &, const MacAddress &) = default;
    friend auto operator<=>(const MacAddress &, const MacAddress &) = default;
    friend size_t qHash(const MacAddress &mac, size_t seed = 0)
    {
        return qHashBits(mac.m_bytes.data(), mac.m_bytes.size(), seed);
    }

private:
    std::array<quint8, Size> m_bytes {};
};

} // namespace s2e

Q_DECLARE_METATYPE(s2e::MacAddress)
