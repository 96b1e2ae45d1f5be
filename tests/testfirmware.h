#pragma once

#include "protocol/bytes.h"

#include <QByteArray>
#include <QString>

// A firmware image that passes FirmwareImage::check: a stack pointer in SRAM, an odd reset
// vector in the application area, and the tests' version marker.
inline QByteArray testFirmware(quint16 version, int size = 20000)
{
    QByteArray image(size, '\0');
    for (int i = 8; i < size; ++i)
        image[i] = char(i * 31 + i / 509);
    s2e::bytes::writeLe(image, 0, 4, 0x20008000);
    s2e::bytes::writeLe(image, 4, 4, 0x4101);
    const QByteArray marker = QStringLiteral("S2E-FW-VERSION=%1").arg(version).toLatin1() + '\0';
    image.replace(64, marker.size(), marker);
    return image;
}
