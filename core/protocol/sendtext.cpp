#include "sendtext.h"

namespace s2e {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

Result<QByteArray> SendText::parseAscii(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\\') {
            if (c.unicode() > 0xFF)
                return Failure { tr("\"%1\" at %2 is not a single byte: use \\xNN").arg(c).arg(i + 1) };
            out += char(c.unicode());
            continue;
        }
        if (i + 1 >= text.size())
            return Failure { tr("a lone \\ at the end: write \\\\ for a backslash") };
        const QChar e = text[++i];
        switch (e.unicode()) {
        case u'r': out += '\r'; break;
        case u'n': out += '\n'; break;
        case u't': out += '\t'; break;
        case u'0': out += '\0'; break;
        case u'\\': out += '\\'; break;
        case u'x': {
            const int high = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0)
                return Failure { tr("\\x at %1 needs two hex digits").arg(i) };
            out += char(high * 16 + low);
            i += 2;
            break;
        }
        default:
            return Failure { tr("unknown escape \\%1 at %2 (use \\r \\n \\t \\0 \\\\ \\xNN)").arg(e).arg(i) };
        }
    }
    return out;
}

Result<QByteArray> SendText::parseHex(QStringView text)
{
    QByteArray out;
    int high = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == u',' || c == u':' || c == u'-') {
            if (high >= 0)
                return Failure { tr("half a byte before position %1: write two hex digits per byte").arg(i + 1) };
            continue;
        }
        const int value = hexValue(c);
        if (value < 0)
            return Failure { tr("\"%1\" at %2 is not a hex digit").arg(c).arg(i + 1) };
        if (high < 0) {
            high = value;
        } else {
            out += char(high * 16 + value);
            high = -1;
        }
    }
    if (high >= 0)
        return Failure { tr("odd number of hex digits: the last byte is incomplete") };
    return out;
}

QByteArray SendText::lineEndingBytes(LineEnding ending)
{
    switch (ending) {
    case LineEnding::None: return {};
    case LineEnding::Cr: return QByteArrayLiteral("\r");
    case LineEnding::Lf: return QByteArrayLiteral("\n");
    case LineEnding::CrLf: return QByteArrayLiteral("\r\n");
    }
    return {};
}

Result<QByteArray> SendText::encode(QStringView text) const
{
    auto body = format == Format::Hex ? parseHex(text) : parseAscii(text);
    if (!body)
        return body;
    // The checksum covers the payload; a line ending, like a frame's end, comes last.
    return *body + Checksum::bytes(checksum, *body) + lineEndingBytes(lineEnding);
}

} // namespace s2e
