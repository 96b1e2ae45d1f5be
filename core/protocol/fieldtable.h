#pragma once

#include "fielddef.h"

#include <optional>
#include <span>

namespace s2e {

// A field of a particular port: the declaration plus the 0-based port index it applies to
// (ignored for basic and cloud fields).
struct FieldRef
{
    const FieldDef *def = nullptr;
    int portIndex = 0;

    QString key() const { return def->key(portIndex); }
};

namespace FieldTable {

constexpr int MaxPorts = 3;

// Every parameter in a stable order: basic fields, port fields, cloud fields.
std::span<const FieldDef> all();
// "ip.address", "port2.baud", "cloud.id"; portN with N from 1 to MaxPorts.
std::optional<FieldRef> find(QStringView key);

} // namespace FieldTable

} // namespace s2e
