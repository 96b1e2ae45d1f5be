#pragma once

#include <QCoreApplication>
#include <QSerialPort>
#include <QString>

#include <optional>
#include <span>

namespace s2e {

// Parity and flow control as the command line, JSON, the GUI and descriptions name them, beside
// QSerialPort's values: the one place they are tied together.
struct ParityName
{
    const char *key; // "even": --parity, JSON
    const char *label; // "Even": QT_TRANSLATE_NOOP("SerialNames", …)
    char letter; // 'E', as in "8E1"
    QSerialPort::Parity value;
};

struct FlowName
{
    const char *key; // "rts-cts"
    const char *label; // "RTS/CTS"
    QSerialPort::FlowControl value;
};

namespace SerialNames {

std::span<const ParityName> parities();
std::span<const FlowName> flows();
std::optional<QSerialPort::Parity> parity(QStringView key);
std::optional<QSerialPort::FlowControl> flow(QStringView key);
char parityLetter(QSerialPort::Parity parity);
// "none, odd, even, mark or space", for usage messages.
QString parityKeysText();
QString flowKeysText();
// The label, translated.
QString label(const ParityName &name);
QString label(const FlowName &name);

} // namespace SerialNames

} // namespace s2e
