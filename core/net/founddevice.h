#pragma once

#include "protocol/searchreply.h"

#include <QHostAddress>
#include <QStringList>

namespace s2e {

// A module as a search saw it.
struct FoundDevice
{
    SearchReply reply;
    QHostAddress sender;
    // Every local interface the module answered on (one module, reported once).
    QStringList interfaces;
};

} // namespace s2e

Q_DECLARE_METATYPE(s2e::FoundDevice)
