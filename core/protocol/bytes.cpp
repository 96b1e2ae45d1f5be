#include "bytes.h"

#include <QStringList>

namespace s2e::bytes {

quint32 readLe(QByteArrayView data, qsizetype offset, int size)
{
    quint32 value = 0;
    for (int i = size - 1; i >= 0; --i)
        value = (value << 8) | quint8(data[offset + i]);
    return value;
}

void writeLe(QByteArray &data, qsizetype offset, int size, quint32 value)
{
    for (int i = 0; i < size; ++i)
        data[offset + i] = char((value >> (8 * i)) & 0xFF);
}

quint32 readBe(QByteArrayView data, qsizetype offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(data[offset + i]);
    return value;
}

void writeBe(QByteArray &data, qsizetype offset, int size, quint32 value)
{
    for (int i = 0; i < size; ++i)
        data[offset + i] = char((value >> (8 * (size - 1 - i))) & 0xFF);
}

QString ipv4ToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
            .arg(address >> 24)
            .arg((address >> 16) & 0xFF)
            .arg((address >> 8) & 0xFF)
            .arg(address & 0xFF);
}

std::optional<quint32> parseIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const auto &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        const uint octet = part.toUInt();
        if (octet > 255)
            return std::nullopt;
        address = (address << 8) | octet;
    }
    return address;
}

QString readText(QByteArrayView field)
{
    const qsizetype end = field.indexOf('\0');
    return QString::fromLatin1(end < 0 ? field : field.first(end));
}

bool isPrintableAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

quint8 sum8(QByteArrayView data)
{
    quint8 sum = 0;
    for (char c : data)
        sum = quint8(sum + quint8(c));
    return sum;
}

QString toHex(QByteArrayView data)
{
    return QString::fromLatin1(data.toByteArray().toHex(' ').toUpper());
}

std::optional<QByteArray> parseHex(QStringView text)
{
    QByteArray digits;
    digits.reserve(text.size());
    for (QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u':' || c == u'-' || c == u'\n' || c == u'\r')
            continue;
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
                || (c >= u'A' && c <= u'F');
        if (!hex)
            return std::nullopt;
        digits.append(char(c.unicode()));
    }
    if (digits.size() % 2 != 0)
        return std::nullopt;
    return QByteArray::fromHex(digits);
}

} // namespace s2e::bytes
