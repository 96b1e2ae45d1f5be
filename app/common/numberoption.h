#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// A whole-number option within [min, max]; otherwise the reason, naming the option.
inline std::optional<int> numberOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                       int min, int max, QString *error)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= min && value <= max)
        return value;
    *error = QCoreApplication::translate("s2e", "--%1: expected a number from %2 to %3")
                     .arg(option.names().first())
                     .arg(min)
                     .arg(max);
    return std::nullopt;
}
