#pragma once

#include "protocol/searchreply.h"
#include "protocol/modeltable.h"
#include "protocol/t24reply.h"
#include "receiveddatagram.h"
#include "settingtarget.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>

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
    // The setting port it answered on.
    SettingPort settingPort;
    // Its family when the port says it (only the 302 answers on 1500) or a read has; else
    // null until a read.
    const ModelDef *model = nullptr;
    // Its answer to the older T24 search, when that is how it was found (model: the T24's).
    std::optional<T24Reply> t24;
};

} // namespace s2e

Q_DECLARE_METATYPE(s2e::FoundDevice)
