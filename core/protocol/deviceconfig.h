#pragma once

#include "fieldtable.h"
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
// blocks and, on the K7, the USR-cloud block. Which of them a reply holds is told by its
// length alone (protocol.md §1.4).
class DeviceConfig
{
    Q_DECLARE_TR_FUNCTIONS(DeviceConfig)

public:
    struct Layout
    {
        int ports;
        bool cloud;
        int length;
    };
    static std::span<const Layout> layouts();
    static QString validLengthsText();

    // A one-port module without cloud parameters, fresh from the factory.
    DeviceConfig() : DeviceConfig(defaults(1, false)) { }

    static std::optional<DeviceConfig> parse(QByteArrayView reply, QString *error);
    // A module fresh from the factory; ports from 1 to FieldTable::MaxPorts.
    static DeviceConfig defaults(int ports, bool cloud);

    QByteArray encode() const;

    int portCount() const { return int(m_ports.size()); }
    bool hasCloud() const { return m_cloud.has_value(); }

    const ParamBlock &basic() const { return m_basic; }
    const ParamBlock &port(int index) const { return m_ports.at(index); }
    const std::optional<ParamBlock> &cloud() const { return m_cloud; }
    // Replaces a whole block as a write command does; refused when the module has no such
    // block or the block is of another kind.
    Result<void> setBlock(const ParamBlock &block, int portIndex = 0);

    // Every key this configuration has, in field-table order.
    QStringList keys() const;
    Result<QJsonValue> value(QStringView key) const;
    Result<void> setValue(QStringView key, const QJsonValue &value);
    // Key to typed value for every field.
    QJsonObject fields() const;

    friend bool operator==(const DeviceConfig &, const DeviceConfig &) = default;

private:
    DeviceConfig(ParamBlock basic, QList<ParamBlock> ports, std::optional<ParamBlock> cloud);
    Result<FieldRef> lookup(QStringView key) const;
    const ParamBlock &blockOf(const FieldRef &field) const;
    ParamBlock &blockOf(const FieldRef &field);

    ParamBlock m_basic;
    QList<ParamBlock> m_ports;
    std::optional<ParamBlock> m_cloud;
};

} // namespace s2e
