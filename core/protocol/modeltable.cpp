#include "modeltable.h"

#include "fielddef.h"

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace s2e {

namespace {

using enum Command;

constexpr int k7Read[] = { 180 };
constexpr int twoPortRead[] = { 193 };
constexpr int m0Read[] = { 130, 50, 84 };

constexpr Command k7Commands[] = { Restart, Read, Store, WriteBasic, WritePort1, WriteCloud, FactoryReset };
constexpr Command twoPortCommands[] = { Restart, Read, Store, WriteBasic, WritePort1, WritePort2, WriteCloud,
                                        FactoryReset };
// The 302 manual's command chart (3.7-1) has no store: a third-party tool saves a real T2 by
// write, then restart (protocol.md §8).
constexpr Command m0Commands[] = { Restart, Read, WriteBasic, WritePort1, FactoryReset };
constexpr Command anyCommand[] = { Restart, Read, Store, WriteBasic, WritePort1, WritePort2, WritePort3,
                                   WriteCloud, FactoryReset };

constexpr ModelDefault k7Defaults[] = { { "name", "USR-K7" } };
constexpr ModelDefault twoPortDefaults[] = { { "name", "USR-TCP232-410S" } };
// The 302 manual's example port block: packing time 10 ms, four TCP clients; its factory
// values and a real T2's read: no WebSocket port, flow byte 0, packing length 0, time count
// 0x91 (protocol.md §8).
constexpr ModelDefault m0Defaults[] = { { "name", "USR-TCP232-302" },
                                        { "port1.pack_time", "10" },
                                        { "websocket.port", "0" },
                                        { "port1.pack_len", "0" } };
constexpr FactoryByte m0FactoryBytes[] = { { BlockKind::Port, 57, 0x91 } };

constexpr ModelDef models[] = {
    { .key = "k7", .name = "USR-K7", .members = "", .settingPort = 1901, .readDatagrams = k7Read,
      .ports = 1, .cloud = true, .extraBytes = 0, .layout = M4Layout, .uploadPort = 1902,
      .commands = k7Commands, .wrongLoginOnRestart = 'P', .tcpClientsMax = 16, .defaults = k7Defaults,
      .factoryBytes = {}, .answersT24Search = false,
      .evidence = "K7 manual 5.1.2 (180-byte read: basic + serial + USR-cloud)" },
    { .key = "410s", .name = "USR-TCP232-410S", .members = "TCP232-E2/ED2, N520, N540",
      .settingPort = 1901, .readDatagrams = twoPortRead, .ports = 2, .cloud = false, .extraBytes = 0,
      .layout = M4Layout, .uploadPort = 1902, .commands = twoPortCommands, .wrongLoginOnRestart = 'E',
      .tcpClientsMax = 16, .defaults = twoPortDefaults, .factoryBytes = {}, .answersT24Search = false,
      .evidence = "410S, N520 and N540 manuals; a real E2 capture (193-byte read)" },
    { .key = "302", .name = "USR-TCP232-302", .members = "", .settingPort = 1500, .readDatagrams = m0Read,
      .ports = 1, .cloud = false, .extraBytes = 50 + 84, .layout = M0Layout, .uploadPort = 1501,
      .commands = m0Commands, .wrongLoginOnRestart = 'P', .tcpClientsMax = 16, .defaults = m0Defaults,
      .factoryBytes = m0FactoryBytes, .answersT24Search = true,
      .evidence = "TCP232-302 manual (port 1500, 264-byte read in 130 + 50 + 84, port-block tail)" },
};

constexpr ModelDef unknownModel = {
    .key = "unknown", .name = "", .members = "", .settingPort = 0, .readDatagrams = {}, .ports = 0,
    .cloud = false, .extraBytes = 0, .layout = 0, .uploadPort = 1902, .commands = anyCommand,
    .wrongLoginOnRestart = 'P', .tcpClientsMax = 16, .defaults = {}, .factoryBytes = {}, .answersT24Search = false,
    .evidence = "a read reply of no known shape: only what every layout places alike is shown",
};

// Found by the older T24 search only; it speaks no setting protocol of ours (read-only).
constexpr ModelDef t24Model = {
    .key = "t24", .name = "USR-TCP232-T24", .members = "", .settingPort = 1500, .readDatagrams = {}, .ports = 1,
    .cloud = false, .extraBytes = 0, .layout = 0, .uploadPort = 0, .commands = {},
    .wrongLoginOnRestart = 'P', .tcpClientsMax = 0, .defaults = {}, .factoryBytes = {}, .answersT24Search = false,
    .evidence = "a 35-byte answer to the T24 search (302 manual §3.7.6; fairwaves/usr-tcp232-24): listed, "
                "not configured",
};

} // namespace

int ModelDef::readLength() const
{
    return std::accumulate(readDatagrams.begin(), readDatagrams.end(), 0);
}

bool ModelDef::takes(Command command) const
{
    return command == Command::Search || std::find(commands.begin(), commands.end(), command) != commands.end();
}

QString ModelDef::displayName() const
{
    return *name ? QString::fromLatin1(name) : tr("unknown model");
}

QString ModelDef::description() const
{
    if (!isKnown())
        return QString::fromLatin1(evidence);
    const QString also = *members ? tr(" (also %1)").arg(QLatin1String(members)) : QString();
    return tr("%1%2: %3").arg(displayName(), also, QLatin1String(evidence));
}

namespace ModelTable {

std::span<const ModelDef> all()
{
    return models;
}

const ModelDef &unknown()
{
    return unknownModel;
}

const ModelDef &t24()
{
    return t24Model;
}

const ModelDef *find(QStringView key)
{
    for (const ModelDef &model : models) {
        if (key == QLatin1String(model.key))
            return &model;
    }
    return key == QLatin1String(unknownModel.key) ? &unknownModel : nullptr;
}

const ModelDef *byReadLength(qsizetype length)
{
    for (const ModelDef &model : models) {
        if (model.readLength() == length)
            return &model;
    }
    return nullptr;
}

int longestRead()
{
    int longest = 0;
    for (const ModelDef &model : models)
        longest = qMax(longest, model.readLength());
    return longest;
}

QList<const ModelDef *> onPort(quint16 standardPort)
{
    QList<const ModelDef *> result;
    for (const ModelDef &model : models) {
        if (model.settingPort == standardPort)
            result << &model;
    }
    return result;
}

QList<quint16> settingPorts()
{
    QList<quint16> ports;
    for (const ModelDef &model : models) {
        if (!ports.contains(model.settingPort))
            ports << model.settingPort;
    }
    return ports;
}

QString keysText()
{
    QStringList keys;
    for (const ModelDef &model : models)
        keys << QLatin1String(model.key);
    return keys.join(QStringLiteral(", "));
}

} // namespace ModelTable

} // namespace s2e
