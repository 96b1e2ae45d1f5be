#include "serialnames.h"

#include <QStringList>

namespace s2e::SerialNames {

namespace {

constexpr ParityName parityNames[] = {
    { "none", QT_TRANSLATE_NOOP("SerialNames", "None"), 'N', QSerialPort::NoParity },
    { "odd", QT_TRANSLATE_NOOP("SerialNames", "Odd"), 'O', QSerialPort::OddParity },
    { "even", QT_TRANSLATE_NOOP("SerialNames", "Even"), 'E', QSerialPort::EvenParity },
    { "mark", QT_TRANSLATE_NOOP("SerialNames", "Mark"), 'M', QSerialPort::MarkParity },
    { "space", QT_TRANSLATE_NOOP("SerialNames", "Space"), 'S', QSerialPort::SpaceParity },
};

constexpr FlowName flowNames[] = {
    { "none", QT_TRANSLATE_NOOP("SerialNames", "None"), QSerialPort::NoFlowControl },
    { "rts-cts", QT_TRANSLATE_NOOP("SerialNames", "RTS/CTS"), QSerialPort::HardwareControl },
    { "xon-xoff", QT_TRANSLATE_NOOP("SerialNames", "XON/XOFF"), QSerialPort::SoftwareControl },
};

template<typename Name>
QString keysText(std::span<const Name> names)
{
    QStringList keys;
    for (const Name &name : names)
        keys << QLatin1String(name.key);
    const QString last = keys.takeLast();
    return QCoreApplication::translate("SerialNames", "%1 or %2").arg(keys.join(QStringLiteral(", ")), last);
}

} // namespace

std::span<const ParityName> parities()
{
    return parityNames;
}

std::span<const FlowName> flows()
{
    return flowNames;
}

std::optional<QSerialPort::Parity> parity(QStringView key)
{
    for (const ParityName &name : parityNames) {
        if (key.compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0)
            return name.value;
    }
    return std::nullopt;
}

std::optional<QSerialPort::FlowControl> flow(QStringView key)
{
    for (const FlowName &name : flowNames) {
        if (key.compare(QLatin1String(name.key), Qt::CaseInsensitive) == 0)
            return name.value;
    }
    return std::nullopt;
}

char parityLetter(QSerialPort::Parity parity)
{
    for (const ParityName &name : parityNames) {
        if (name.value == parity)
            return name.letter;
    }
    return '?';
}

QString parityKeysText()
{
    return keysText(parities());
}

QString flowKeysText()
{
    return keysText(flows());
}

QString label(const ParityName &name)
{
    return QCoreApplication::translate("SerialNames", name.label);
}

QString label(const FlowName &name)
{
    return QCoreApplication::translate("SerialNames", name.label);
}

} // namespace s2e::SerialNames
