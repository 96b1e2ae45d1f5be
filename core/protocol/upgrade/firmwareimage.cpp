#include "firmwareimage.h"

#include "protocol/bytes.h"

#include <QCryptographicHash>

namespace s2e {

Result<void> FirmwareImage::check(QByteArrayView image, const FirmwareLayout &layout, Kind kind)
{
    if (kind == Kind::Encrypted && image.isEmpty())
        return Failure { tr("the firmware image is empty") };
    if (kind == Kind::Plain && image.size() < 8)
        return Failure { tr("the firmware image is %1 bytes: too small to hold a vector table").arg(image.size()) };
    if (quint64(image.size()) > layout.appSize)
        return Failure { tr("the firmware image is %1 bytes, over the application area of %2 bytes")
                                 .arg(image.size())
                                 .arg(layout.appSize) };
    if (kind == Kind::Encrypted)
        return {};
    const quint32 stack = bytes::readLe(image, 0, 4);
    if (stack <= layout.sramStart || stack > layout.sramEnd)
        return Failure { tr("the initial stack pointer 0x%1 is not inside SRAM (0x%2-0x%3)")
                                 .arg(stack, 8, 16, QLatin1Char('0'))
                                 .arg(layout.sramStart, 8, 16, QLatin1Char('0'))
                                 .arg(layout.sramEnd, 8, 16, QLatin1Char('0')) };
    const quint32 reset = bytes::readLe(image, 4, 4);
    if ((reset & 1) == 0)
        return Failure { tr("the reset vector 0x%1 is even; Cortex-M code needs the Thumb bit")
                                 .arg(reset, 8, 16, QLatin1Char('0')) };
    const quint32 entry = reset & ~1u;
    if (entry < layout.appStart || entry >= layout.appStart + quint32(image.size()))
        return Failure { tr("the reset vector 0x%1 points outside the image (0x%2-0x%3)")
                                 .arg(reset, 8, 16, QLatin1Char('0'))
                                 .arg(layout.appStart, 8, 16, QLatin1Char('0'))
                                 .arg(layout.appStart + quint32(image.size()), 8, 16, QLatin1Char('0')) };
    return {};
}

QString FirmwareImage::skippedCheckReason(quint16 encryptionVersion)
{
    return tr("the module reports encryption version %1, so its images are encrypted: only the "
              "image's size was checked, not its vector table")
            .arg(encryptionVersion);
}

std::optional<quint16> FirmwareImage::version(QByteArrayView image)
{
    static const QByteArray marker("S2E-FW-VERSION=");
    const qsizetype at = image.indexOf(marker);
    if (at < 0)
        return std::nullopt;
    qsizetype end = at + marker.size();
    while (end < image.size() && end - at - marker.size() < 5 && image[end] >= '0' && image[end] <= '9')
        ++end;
    bool ok = false;
    const uint number = image.sliced(at + marker.size(), end - at - marker.size()).toUInt(&ok);
    if (!ok || number > 0xFFFF)
        return std::nullopt;
    return quint16(number);
}

QByteArray FirmwareImage::sha256(QByteArrayView image)
{
    return QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex();
}

} // namespace s2e
