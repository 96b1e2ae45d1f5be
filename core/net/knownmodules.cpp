#include "knownmodules.h"

#include <QHash>
#include <QMutex>

namespace s2e::KnownModules {

namespace {

struct Memory
{
    QMutex mutex;
    QHash<MacAddress, SettingPort> ports;
    QHash<MacAddress, const ModelDef *> models;
};

Memory &memory()
{
    static Memory instance;
    return instance;
}

} // namespace

void rememberSettingPort(const MacAddress &mac, const SettingPort &port)
{
    QMutexLocker lock(&memory().mutex);
    memory().ports.insert(mac, port);
}

std::optional<SettingPort> settingPort(const MacAddress &mac)
{
    QMutexLocker lock(&memory().mutex);
    const auto it = memory().ports.constFind(mac);
    if (it == memory().ports.cend())
        return std::nullopt;
    return *it;
}

void rememberModel(const MacAddress &mac, const ModelDef &model)
{
    QMutexLocker lock(&memory().mutex);
    memory().models.insert(mac, &model);
}

const ModelDef *model(const MacAddress &mac)
{
    QMutexLocker lock(&memory().mutex);
    return memory().models.value(mac);
}

} // namespace s2e::KnownModules
