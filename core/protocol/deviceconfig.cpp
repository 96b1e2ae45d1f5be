#include "deviceconfig.h"

#include "at/atcatalogue.h"

#include <algorithm>

namespace s2e {

namespace {

constexpr int BasicSize = ParamBlock::size(BlockKind::Basic);
constexpr int PortSize = ParamBlock::size(BlockKind::Port);
constexpr int CloudSize = ParamBlock::size(BlockKind::Cloud);

} // namespace

DeviceConfig::DeviceConfig() : DeviceConfig(defaults(ModelTable::all().front())) { }

DeviceConfig::DeviceConfig(const ModelDef &model, ParamBlock basic, QList<ParamBlock> ports,
                           std::optional<ParamBlock> cloud, QByteArray extra)
    : m_model(&model),
      m_basic(std::move(basic)),
      m_ports(std::move(ports)),
      m_cloud(std::move(cloud)),
      m_extra(std::move(extra))
{
}

std::optional<DeviceConfig> DeviceConfig::parse(QByteArrayView reply, QString *error)
{
    if (reply.size() < MinLength || reply.size() > ModelTable::longestRead()) {
        if (error) {
            *error = tr("read reply of %1 bytes: a read holds at least the %2-byte basic block "
                        "and at most %3 bytes")
                             .arg(reply.size())
                             .arg(MinLength)
                             .arg(ModelTable::longestRead());
        }
        return std::nullopt;
    }
    const ModelDef *model = ModelTable::byReadLength(reply.size());
    int ports = 0;
    bool cloud = false;
    if (model) {
        ports = model->ports;
        cloud = model->cloud;
    } else {
        // No family answers so: the blocks are placed only when whole ports fill the rest.
        model = &ModelTable::unknown();
        const qsizetype rest = reply.size() - BasicSize;
        if (rest % PortSize == 0 && rest / PortSize <= FieldTable::MaxPorts)
            ports = int(rest / PortSize);
    }
    // Sizes fit by construction, so the block parses cannot fail.
    auto basic = ParamBlock::parse(BlockKind::Basic, reply.first(BasicSize), error);
    QList<ParamBlock> portBlocks;
    for (int i = 0; i < ports; ++i)
        portBlocks << *ParamBlock::parse(BlockKind::Port, reply.sliced(BasicSize + i * PortSize, PortSize), error);
    qsizetype used = BasicSize + ports * PortSize;
    std::optional<ParamBlock> cloudBlock;
    if (cloud) {
        cloudBlock = ParamBlock::parse(BlockKind::Cloud, reply.sliced(used, CloudSize), error);
        used += CloudSize;
    }
    return DeviceConfig(*model, *basic, portBlocks, cloudBlock, reply.sliced(used).toByteArray());
}

DeviceConfig DeviceConfig::defaults(const ModelDef &model)
{
    Q_ASSERT(model.isKnown());
    QList<ParamBlock> portBlocks;
    for (int i = 0; i < model.ports; ++i)
        portBlocks << ParamBlock::defaults(BlockKind::Port, model.layout);
    std::optional<ParamBlock> cloudBlock;
    if (model.cloud)
        cloudBlock = ParamBlock::defaults(BlockKind::Cloud, model.layout);
    DeviceConfig config(model, ParamBlock::defaults(BlockKind::Basic, model.layout), portBlocks, cloudBlock,
                        QByteArray(model.extraBytes, '\0'));
    const auto withFactoryBytes = [&model](const ParamBlock &block) {
        QByteArray bytes = block.encode();
        for (const FactoryByte &factory : model.factoryBytes) {
            if (factory.block == block.kind())
                bytes[factory.offset] = char(factory.value);
        }
        return *ParamBlock::parse(block.kind(), bytes, nullptr);
    };
    const auto basicSet = config.setBlock(withFactoryBytes(config.basic()));
    Q_ASSERT(basicSet.ok());
    for (int i = 0; i < config.portCount(); ++i) {
        const auto portSet = config.setBlock(withFactoryBytes(config.port(i)), i);
        Q_ASSERT(portSet.ok());
    }
    for (const ModelDefault &value : model.defaults) {
        const auto set = config.setValue(QString::fromLatin1(value.key), QString::fromLatin1(value.value));
        Q_ASSERT_X(set.ok(), value.key, "a model default the field table refuses");
    }
    return config;
}

QByteArray DeviceConfig::encode() const
{
    QByteArray bytes = m_basic.encode();
    for (const ParamBlock &port : m_ports)
        bytes += port.encode();
    if (m_cloud)
        bytes += m_cloud->encode();
    return bytes + m_extra;
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

QList<const FieldDef *> DeviceConfig::shownFields(BlockKind kind, int portIndex) const
{
    if ((kind == BlockKind::Cloud && !m_cloud) || (kind == BlockKind::Port && (portIndex < 0 || portIndex >= portCount())))
        return {};
    return blockOf(kind, portIndex).shownFields(m_model->layout);
}

QStringList DeviceConfig::keys() const
{
    const auto keysOf = [this](BlockKind kind, int portIndex) {
        QStringList result;
        for (const FieldDef *def : shownFields(kind, portIndex))
            result << def->key(portIndex);
        return result;
    };
    QStringList result = keysOf(BlockKind::Basic, 0);
    for (int i = 0; i < portCount(); ++i)
        result << keysOf(BlockKind::Port, i);
    if (m_cloud)
        result << keysOf(BlockKind::Cloud, 0);
    return result;
}

QStringList DeviceConfig::unplacedKeys() const
{
    QStringList result;
    if (m_model->isKnown())
        return result;
    const QStringList shown = keys();
    const auto add = [&](const FieldDef &def, int portIndex) {
        const QString key = def.key(portIndex);
        if (!shown.contains(key) && !result.contains(key))
            result << key;
    };
    for (const FieldDef &def : FieldTable::all()) {
        if (def.block == BlockKind::Basic)
            add(def, 0);
        for (int i = 0; def.block == BlockKind::Port && i < portCount(); ++i)
            add(def, i);
    }
    return result;
}

Result<FieldRef> DeviceConfig::field(QStringView key) const
{
    auto field = FieldTable::find(key, m_model->layout);
    const auto anyLayout = FieldTable::find(key);
    if (!anyLayout)
        return Failure { tr("unknown parameter \"%1\"").arg(key) };
    if (anyLayout->def->block == BlockKind::Port && anyLayout->portIndex >= portCount())
        return Failure { tr("%1: this module has %n serial port(s)", nullptr, portCount()).arg(key) };
    if (anyLayout->def->block == BlockKind::Cloud && !m_cloud) {
        if (m_model->isKnown())
            return Failure { tr("%1: the %2 reports no USR-cloud parameters in a read").arg(key, m_model->displayName()) };
        return Failure { tr("%1: this module has no USR-cloud parameters").arg(key) };
    }
    if (!field && !m_model->isKnown()) {
        // Where the layouts agree on these bytes, the model does not matter.
        if (const FieldDef *agreed = blockOf(anyLayout->def->block, anyLayout->portIndex).agreedField(anyLayout->def->name))
            field = FieldRef { agreed, anyLayout->portIndex };
    }
    if (!field) {
        if (!m_model->isKnown())
            return Failure { tr("%1: this module's model is not known, so where it keeps this "
                                "parameter is not known either; it is left as it is")
                                     .arg(key) };
        if (const QString command = at::Catalogue::commandSetting(anyLayout->def->name); !command.isEmpty())
            return Failure { tr("%1: the %2 keeps it outside the setting protocol; set it with %3 over net AT or "
                                "the serial line (s2ectl at MAC \"%3=VALUE\", or the AT console)")
                                     .arg(key, m_model->displayName(), command) };
        return Failure { tr("%1: the %2 has no such parameter").arg(key, m_model->displayName()) };
    }
    return *field;
}

const ParamBlock &DeviceConfig::blockOf(BlockKind kind, int portIndex) const
{
    switch (kind) {
    case BlockKind::Basic:
        return m_basic;
    case BlockKind::Port:
        return m_ports.at(portIndex);
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
    const auto found = field(key);
    if (!found)
        return Failure { found.error() };
    return blockOf(found->def->block, found->portIndex).value(*found->def);
}

Result<void> DeviceConfig::setValue(QStringView key, const QJsonValue &value)
{
    const auto found = field(key);
    if (!found)
        return Failure { found.error() };
    ParamBlock &block = blockOf(*found);
    if (found->def->placedIn(m_model->layout))
        return block.setValue(*found->def, value, found->key());
    // A field the layouts place apart, on a module of unknown model: written only when
    // every layout would write the same bytes.
    std::optional<ParamBlock> written;
    for (const FieldDef &def : FieldTable::all()) {
        if (def.block != found->def->block || qstrcmp(def.name, found->def->name) != 0)
            continue;
        ParamBlock copy = block;
        if (const auto set = copy.setValue(def, value, found->key()); !set)
            return set;
        if (written && copy != *written)
            return Failure { tr("%1: this module's model is not known, and the models keep this value "
                                "differently; it is left as it is")
                                     .arg(key) };
        written = copy;
    }
    block = *written;
    return {};
}

QJsonObject DeviceConfig::fields() const
{
    QJsonObject object = m_basic.fields(m_model->layout);
    for (int i = 0; i < portCount(); ++i) {
        const QJsonObject port = m_ports[i].fields(m_model->layout, i);
        for (auto it = port.begin(); it != port.end(); ++it)
            object.insert(it.key(), it.value());
    }
    if (m_cloud) {
        const QJsonObject cloud = m_cloud->fields(m_model->layout);
        for (auto it = cloud.begin(); it != cloud.end(); ++it)
            object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace s2e
