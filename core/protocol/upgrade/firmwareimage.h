#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace s2e {

// Where a model's application lives in flash (TI Tiva, protocol.md §6) [inferred: the boot
// loader below 0x4000, the web pages from 0x54000].
struct FirmwareLayout
{
    quint32 appStart = 0x00004000;
    quint32 appSize = 0x00050000;
    quint32 sramStart = 0x20000000;
    quint32 sramEnd = 0x20040000;
};

// Plausibility checks of a firmware image before anything is sent: size within the
// application area, initial stack pointer inside SRAM, reset vector odd (Thumb) and inside
// the image. An image may name its version with the ASCII marker "S2E-FW-VERSION=<n>".
class FirmwareImage
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareImage)

public:
    // A module whose search reply reports a non-zero encryption version takes encrypted
    // images (TI's loader decrypts each block): their vector table is ciphertext, so only
    // the size can be checked.
    enum class Kind { Plain, Encrypted };

    static Result<void> check(QByteArrayView image, const FirmwareLayout &layout = {}, Kind kind = Kind::Plain);
    static Kind kindFor(quint16 encryptionVersion) { return encryptionVersion ? Kind::Encrypted : Kind::Plain; }
    // Why the deeper check was skipped, for the user.
    static QString skippedCheckReason(quint16 encryptionVersion);
    static std::optional<quint16> version(QByteArrayView image);
    static QByteArray sha256(QByteArrayView image);
};

} // namespace s2e
