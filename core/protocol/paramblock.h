#pragma once

#include "fielddef.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace s2e {

// One parameter block exactly as the module stores it. Fields are read and written through
// their FieldDef; every byte no field owns is kept as it came, so encode(parse(b)) == b.
class ParamBlock
{
    Q_DECLARE_TR_FUNCTIONS(ParamBlock)

public:
    static constexpr int size(BlockKind kind)
    {
        return kind == BlockKind::Basic ? 67 : kind == BlockKind::Port ? 63 : 50;
    }
    static QString kindName(BlockKind kind);

    static std::optional<ParamBlock> parse(BlockKind kind, QByteArrayView bytes, QString *error);
    // Every field of the layout at its table default; the version byte as K7 firmware
    // writes it.
    static ParamBlock defaults(BlockKind kind, quint8 layout);

    QByteArray encode() const { return m_bytes; }
    BlockKind kind() const { return m_kind; }

    QJsonValue value(const FieldDef &field) const;
    // The fields a block of this layout holds. A block of unknown layout (0) holds those every
    // layout places alike, and a field the layouts place apart when all its declarations read
    // the same from these bytes (a name whose bytes 35-36 are zero).
    QList<const FieldDef *> shownFields(quint8 layout) const;
    // For a block of unknown layout: the field of that name when every layout's declaration
    // reads the same from these bytes; otherwise nullptr.
    const FieldDef *agreedField(const char *name) const;
    // Key to typed value for every shown field; port keys use portIndex.
    QJsonObject fields(quint8 layout, int portIndex = 0) const;
    // Writes `value` if the field accepts it; setting the value a field already has leaves
    // every byte as it was.
    Result<void> setValue(const FieldDef &field, const QJsonValue &value, const QString &key);

    friend bool operator==(const ParamBlock &, const ParamBlock &) = default;

private:
    ParamBlock(BlockKind kind, QByteArray bytes) : m_kind(kind), m_bytes(std::move(bytes)) { }

    BlockKind m_kind;
    QByteArray m_bytes;
};

} // namespace s2e
