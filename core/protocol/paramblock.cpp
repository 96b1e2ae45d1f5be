#include "paramblock.h"

#include "fieldtable.h"

namespace s2e {

namespace {
constexpr int BasicVersionOffset = 2;
constexpr char K7BasicVersion = 0x03;
} // namespace

QString ParamBlock::kindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Basic:
        return tr("basic");
    case BlockKind::Port:
        return tr("serial port");
    case BlockKind::Cloud:
        return tr("USR-cloud");
    }
    return QString();
}

std::optional<ParamBlock> ParamBlock::parse(BlockKind kind, QByteArrayView bytes, QString *error)
{
    if (bytes.size() != size(kind)) {
        if (error) {
            *error = tr("%1 parameter block of %2 bytes: expected %3")
                             .arg(kindName(kind))
                             .arg(bytes.size())
                             .arg(size(kind));
        }
        return std::nullopt;
    }
    return ParamBlock(kind, bytes.toByteArray());
}

ParamBlock ParamBlock::defaults(BlockKind kind, quint8 layout)
{
    ParamBlock block(kind, QByteArray(size(kind), '\0'));
    if (kind == BlockKind::Basic)
        block.m_bytes[BasicVersionOffset] = K7BasicVersion;
    for (const FieldDef *field : FieldTable::placedIn(layout, kind)) {
        if (*field->defaultValue) {
            const auto value = field->normalize(QString::fromLatin1(field->defaultValue),
                                                QLatin1String(field->name));
            Q_ASSERT(value.ok());
            field->write(block.m_bytes, *value);
        }
    }
    return block;
}

QJsonValue ParamBlock::value(const FieldDef &field) const
{
    Q_ASSERT(field.block == m_kind);
    return field.read(m_bytes);
}

const FieldDef *ParamBlock::agreedField(const char *name) const
{
    const FieldDef *first = nullptr;
    quint8 layouts = 0;
    for (const FieldDef &def : FieldTable::all()) {
        if (def.block != m_kind || qstrcmp(def.name, name) != 0)
            continue;
        if (first && def.read(m_bytes) != first->read(m_bytes))
            return nullptr;
        if (!first)
            first = &def;
        layouts |= def.layouts;
    }
    return layouts == AnyLayout ? first : nullptr;
}

QList<const FieldDef *> ParamBlock::shownFields(quint8 layout) const
{
    QList<const FieldDef *> result;
    for (const FieldDef &def : FieldTable::all()) {
        if (def.block == m_kind && (def.placedIn(layout) || (layout == 0 && agreedField(def.name) == &def)))
            result << &def;
    }
    return result;
}

QJsonObject ParamBlock::fields(quint8 layout, int portIndex) const
{
    QJsonObject object;
    for (const FieldDef *field : shownFields(layout))
        object.insert(field->key(portIndex), field->read(m_bytes));
    return object;
}

Result<void> ParamBlock::setValue(const FieldDef &field, const QJsonValue &value,
                                  const QString &key)
{
    Q_ASSERT(field.block == m_kind);
    const auto normalized = field.normalize(value, key);
    if (!normalized)
        return Failure { normalized.error() };
    if (field.read(m_bytes) != *normalized)
        field.write(m_bytes, *normalized);
    return {};
}

} // namespace s2e
