#pragma once

#include "fielddef.h"

#include <QList>

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
    // For people: "Port 2 › Packing time (ms)", "Module name".
    QString displayName() const;
};

namespace FieldTable {

constexpr int MaxPorts = 3;

// Every declaration in a stable order: basic fields, port fields, cloud fields. A key
// declared for several layouts (LayoutBit) appears once per variant.
std::span<const FieldDef> all();
// The fields a block of this layout holds (0: an unknown model's), of one kind or all.
QList<const FieldDef *> placedIn(quint8 layout, std::optional<BlockKind> block = std::nullopt);
// "ip.address", "port2.baud", "cloud.id"; portN with N from 1 to MaxPorts. Without a
// layout, the first variant of the key.
std::optional<FieldRef> find(QStringView key, std::optional<quint8> layout = std::nullopt);

} // namespace FieldTable

} // namespace s2e
