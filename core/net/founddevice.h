#pragma once

#include "protocol/searchreply.h"
#include "receiveddatagram.h"

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
    // How its first answer came back.
    ReplyRoute route = ReplyRoute::Unicast;
    // This machine's address on the interface the first answer came in by, in the module's
    // subnet when it has one there: where the module can reach this machine (a firmware
    // upgrade's TFTP server).
    QHostAddress localAddress;
};

} // namespace s2e

Q_DECLARE_METATYPE(s2e::FoundDevice)
