#pragma once

#include "checksum.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace s2e {

// What the user typed in a console's send box, as the bytes to send: ASCII with escapes
// (\r \n \t \0 \\ \xNN) or hex pairs, then the chosen checksum and line ending.
struct SendText
{
    Q_DECLARE_TR_FUNCTIONS(SendText)

public:
    enum class Format { Ascii, Hex };
    enum class LineEnding { None, Cr, Lf, CrLf };

    Format format = Format::Ascii;
    LineEnding lineEnding = LineEnding::None;
    Checksum::Kind checksum = Checksum::Kind::None;

    // The error names the position and what is wrong ("\x4G at 7: not a hex byte").
    Result<QByteArray> encode(QStringView text) const;

    static Result<QByteArray> parseAscii(QStringView text);
    static Result<QByteArray> parseHex(QStringView text);
    static QByteArray lineEndingBytes(LineEnding ending);
};

} // namespace s2e
