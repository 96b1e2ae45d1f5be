#pragma once

#include "protocol/macaddress.h"

#include <QList>
#include <QString>

#include <optional>

namespace s2e {

// A serial port people know by a name that outlives its path: a virtual module's
// pseudo-terminal (/dev/pts/N changes every run), or a link in a folder of links such as
// `s2e-emu --pty-link DIR` makes.
struct NamedPort
{
    QString name; // "USR-K7-001", "ttyS2E1"
    QString path; // what a serial port is opened by
    std::optional<MacAddress> module; // the module behind it, when known

    friend bool operator==(const NamedPort &, const NamedPort &) = default;
};

// The links in `folder` that lead to a terminal or other device, each by its file name,
// sorted; none when the folder cannot be read.
QList<NamedPort> linkedPorts(const QString &folder);

} // namespace s2e
