#pragma once

#include "fieldtable.h"
#include "modeltable.h"
#include "paramblock.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace s2e {

// Parameter changes in the order they were given: field-table key and value.
using FieldChanges = QList<QPair<QString, QJsonValue>>;

// Everything a read (command 0x03) returns: the basic block, one to three serial port
// blocks, on the K7 the USR-cloud block, and on the 302 bytes no write carries. Which of them
// a reply holds, and so the module's family, is told by its length alone (protocol.md §1.4,
// §8); a reply of no known length still shows what every layout places alike.
class DeviceConfig
{
    Q_DECLARE_TR_FUNCTIONS(DeviceConfig)

public:
    static constexpr int MinLength = 67;

    // A K7 fresh from the factory.
    DeviceConfig();

    static std::optional<DeviceConfig> parse(QByteArrayView reply, QString *error);
    // A module of a known family fresh from the factory.
    static DeviceConfig defaults(const ModelDef &model);

    QByteArray encode() const;

    const ModelDef &model() const { return *m_model; }
    int portCount() const { return int(m_ports.size()); }
    bool hasCloud() const { return m_cloud.has_value(); }

    const ParamBlock &basic() const { return m_basic; }
    const ParamBlock &port(int index) const { return m_ports.at(index); }
    const std::optional<ParamBlock> &cloud() const { return m_cloud; }
    // Bytes after the blocks (the 302's last two datagrams), as they came.
    const QByteArray &extra() const { return m_extra; }
    // Replaces a whole block as a write command does; refused when the module has no such
    // block or the block is of another kind.
    Result<void> setBlock(const ParamBlock &block, int portIndex = 0);

    // Every key this configuration has, in field-table order.
    QStringList keys() const;
    // The fields one block shows, for a form: its layout's, or on a module of unknown model
    // the ones every layout reads alike from its bytes.
    QList<const FieldDef *> shownFields(BlockKind kind, int portIndex = 0) const;
    // The field a key names on this module; refused, naming the model, when the module has
    // no such parameter or its model does not say where it is.
    Result<FieldRef> field(QStringView key) const;
    // Keys of other layouts this module has no place for (its ports' tails on an unknown
    // model): shown as unknown, never written.
    QStringList unplacedKeys() const;
    Result<QJsonValue> value(QStringView key) const;
    Result<void> setValue(QStringView key, const QJsonValue &value);
    // Key to typed value for every field.
    QJsonObject fields() const;

    friend bool operator==(const DeviceConfig &, const DeviceConfig &) = default;

private:
    DeviceConfig(const ModelDef &model, ParamBlock basic, QList<ParamBlock> ports,
                 std::optional<ParamBlock> cloud, QByteArray extra);
    const ParamBlock &blockOf(BlockKind kind, int portIndex) const;
    ParamBlock &blockOf(const FieldRef &field);

    const ModelDef *m_model;
    ParamBlock m_basic;
    QList<ParamBlock> m_ports;
    std::optional<ParamBlock> m_cloud;
    QByteArray m_extra;
};

} // namespace s2e
