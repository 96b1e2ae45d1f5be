#include "serialsettings.h"

namespace s2e {

QString SerialSettings::toString() const
{
    return QStringLiteral("%1 %2%3%4")
            .arg(baud)
            .arg(dataBits)
            .arg(Rfc2217Packet::parityName(parity).left(1).toUpper())
            .arg(stopBits);
}

std::optional<SerialSettings> SerialSettings::parseFormat(QStringView text)
{
    if (text.size() != 3)
        return std::nullopt;
    const int dataBits = text[0].digitValue();
    const int stopBits = text[2].digitValue();
    static const QString parities = QStringLiteral("NOEMS");
    const qsizetype parity = parities.indexOf(text[1].toUpper());
    if (dataBits < 5 || dataBits > 8 || parity < 0 || (stopBits != 1 && stopBits != 2))
        return std::nullopt;
    SerialSettings settings;
    settings.dataBits = dataBits;
    settings.parity = Rfc2217Packet::Parity(parity);
    settings.stopBits = stopBits;
    return settings;
}

Result<Rfc2217Packet> SerialSettings::toPacket(Rfc2217Packet::ChecksumForm form) const
{
    return Rfc2217Packet::create(baud, dataBits, parity, stopBits, form);
}

} // namespace s2e
