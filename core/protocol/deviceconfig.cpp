#include "deviceconfig.h"

namespace s2e {

namespace {

constexpr int BasicSize = ParamBlock::size(BlockKind::Basic);
constexpr int PortSize = ParamBlock::size(BlockKind::Port);
constexpr int CloudSize = ParamBlock::size(BlockKind::Cloud);

constexpr DeviceConfig::Layout knownLayouts[] = {
    { 1, false, BasicSize + PortSize },
    { 1, true, BasicSize + PortSize + CloudSize },
    { 2, false, BasicSize + 2 * PortSize },
    { 3, false, BasicSize + 3 * PortSize },
};

} // namespace

std::span<const DeviceConfig::Layout> DeviceConfig::layouts()
{
    return knownLayouts;
}

QString DeviceConfig::validLengthsText()
{
    QStringList lengths;
    for (const Layout &layout : knownLayouts)
        lengths << QString::number(layout.length);
    const QString last = lengths.takeLast();
    return tr("%1 or %2").arg(lengths.join(QStringLiteral(", ")), last);
}

DeviceConfig::DeviceConfig(ParamBlock basic, QList<ParamBlock> ports,
                           std::optional<ParamBlock> cloud)
    : m_basic(std::move(basic)), m_ports(std::move(ports)), m_cloud(std::move(cloud))
{
}

std::optional<DeviceConfig> DeviceConfig::parse(QByteArrayView reply, QString *error)
{
    for (const Layout &layout : knownLayouts) {
        if (reply.size() != layout.length)
            continue;
        // Sizes match by construction, so the block parses cannot fail.
        auto basic = ParamBlock::parse(BlockKind::Basic, reply.first(BasicSize), error);
        QList<ParamBlock> ports;
        for (int i = 0; i < layout.ports; ++i)
            ports << *ParamBlock::parse(BlockKind::Port,
                                        reply.sliced(BasicSize + i * PortSize, PortSize), error);
        std::optional<ParamBlock> cloud;
        if (layout.cloud)
            cloud = ParamBlock::parse(BlockKind::Cloud, reply.last(CloudSize), error);
        return DeviceConfig(*basic, ports, cloud);
    }
    if (error) {
        *error = tr("read reply of %1 bytes: expected %2")
                         .arg(reply.size())
                         .arg(validLengthsText());
    }
    return std::nullopt;
}

DeviceConfig DeviceConfig::defaults(int ports, bool cloud)
{
    Q_ASSERT(ports >= 1 && ports <= FieldTable::MaxPorts);
    QList<ParamBlock> portBlocks;
    for (int i = 0; i < ports; ++i)
        portBlocks << ParamBlock::defaults(BlockKind::Port);
    std::optional<ParamBlock> cloudBlock;
    if (cloud)
        cloudBlock = ParamBlock::defaults(BlockKind::Cloud);
    return DeviceConfig(ParamBlock::defaults(BlockKind::Basic), portBlocks, cloudBlock);
}

QByteArray DeviceConfig::encode() const
{
    QByteArray bytes = m_basic.encode();
    for (const ParamBlock &port : m_ports)
        bytes += port.encode();
    if (m_cloud)
        bytes += m_cloud->encode();
    return bytes;
}

Result<void> DeviceConfig::setBlock(const ParamBlock &block, int portIndex)
{
    switch (block.kind()) {
    case BlockKind::Basic:
        m_basic = block;
        return {};
    case BlockKind::Port:
        if (portIndex < 0 || portIndex >= portCount())
            return Failure { tr("this module has no serial port %1").arg(portIndex + 1) };
        m_ports[portIndex] = block;
        return {};
    case BlockKind::Cloud:
        if (!m_cloud)
            return Failure { tr("this module has no USR-cloud parameters") };
        m_cloud = block;
        return {};
    }
    return {};
}

QStringList DeviceConfig::keys() const
{
    const auto keysOf = [](BlockKind kind, int portIndex) {
        QStringList result;
        for (const FieldDef &def : FieldTable::all()) {
            if (def.block == kind)
                result << def.key(portIndex);
        }
        return result;
    };
    QStringList result = keysOf(BlockKind::Basic, 0);
    for (int i = 0; i < portCount(); ++i)
        result << keysOf(BlockKind::Port, i);
    if (m_cloud)
        result << keysOf(BlockKind::Cloud, 0);
    return result;
}

Result<FieldRef> DeviceConfig::lookup(QStringView key) const
{
    const auto field = FieldTable::find(key);
    if (!field)
        return Failure { tr("unknown parameter \"%1\"").arg(key) };
    if (field->def->block == BlockKind::Port && field->portIndex >= portCount())
        return Failure { tr("%1: this module has %n serial port(s)", nullptr, portCount())
                                 .arg(key) };
    if (field->def->block == BlockKind::Cloud && !m_cloud)
        return Failure { tr("%1: this module has no USR-cloud parameters").arg(key) };
    return *field;
}

const ParamBlock &DeviceConfig::blockOf(const FieldRef &field) const
{
    switch (field.def->block) {
    case BlockKind::Basic:
        return m_basic;
    case BlockKind::Port:
        return m_ports.at(field.portIndex);
    case BlockKind::Cloud:
        return *m_cloud;
    }
    return m_basic;
}

ParamBlock &DeviceConfig::blockOf(const FieldRef &field)
{
    switch (field.def->block) {
    case BlockKind::Basic:
        return m_basic;
    case BlockKind::Port:
        return m_ports[field.portIndex]; // detaches: copies of this config share the list
    case BlockKind::Cloud:
        return *m_cloud;
    }
    return m_basic;
}

Result<QJsonValue> DeviceConfig::value(QStringView key) const
{
    const auto field = lookup(key);
    if (!field)
        return Failure { field.error() };
    return blockOf(*field).value(*field->def);
}

Result<void> DeviceConfig::setValue(QStringView key, const QJsonValue &value)
{
    const auto field = lookup(key);
    if (!field)
        return Failure { field.error() };
    return blockOf(*field).setValue(*field->def, value, field->key());
}

QJsonObject DeviceConfig::fields() const
{
    QJsonObject object = m_basic.fields();
    for (int i = 0; i < portCount(); ++i) {
        const QJsonObject port = m_ports[i].fields(i);
        for (auto it = port.begin(); it != port.end(); ++it)
            object.insert(it.key(), it.value());
    }
    if (m_cloud) {
        const QJsonObject cloud = m_cloud->fields();
        for (auto it = cloud.begin(); it != cloud.end(); ++it)
            object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace s2e
