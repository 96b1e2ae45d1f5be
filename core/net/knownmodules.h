#pragma once

#include "protocol/macaddress.h"
#include "settingtarget.h"

#include <optional>

namespace s2e {

struct ModelDef;

// What this program has learnt about modules, for its life: the setting port each answered
// on (from searches) and its family (from reads), so that a command to a module named only
// by its MAC goes to the right port, and a module is shown with its family everywhere.
namespace KnownModules {

void rememberSettingPort(const MacAddress &mac, const SettingPort &port);
std::optional<SettingPort> settingPort(const MacAddress &mac);
void rememberModel(const MacAddress &mac, const ModelDef &model);
const ModelDef *model(const MacAddress &mac);

} // namespace KnownModules

} // namespace s2e
