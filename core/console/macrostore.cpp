#include "macrostore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace s2e {

namespace {

const QString Key = QStringLiteral("console/macros");

} // namespace

QList<Macro> MacroStore::all() const
{
    QList<Macro> macros;
    const QJsonArray stored = QJsonDocument::fromJson(m_settings->value(Key).toByteArray()).array();
    for (const QJsonValue &value : stored) {
        Macro macro;
        macro.name = value[QStringLiteral("name")].toString();
        if (macro.name.isEmpty())
            continue;
        macro.text = value[QStringLiteral("text")].toString();
        const int format = value[QStringLiteral("format")].toInt();
        const int ending = value[QStringLiteral("ending")].toInt();
        // A hand-edited or newer file: values this version does not know fall back.
        if (format == int(SendText::Format::Hex))
            macro.options.format = SendText::Format::Hex;
        if (ending >= int(SendText::LineEnding::None) && ending <= int(SendText::LineEnding::CrLf))
            macro.options.lineEnding = SendText::LineEnding(ending);
        macro.options.checksum = Checksum::fromName(value[QStringLiteral("checksum")].toString()).value_or(Checksum::Kind::None);
        macros << macro;
    }
    return macros;
}

QStringList MacroStore::names() const
{
    QStringList names;
    for (const Macro &macro : all())
        names << macro.name;
    return names;
}

std::optional<Macro> MacroStore::find(const QString &name) const
{
    for (const Macro &macro : all())
        if (macro.name == name)
            return macro;
    return std::nullopt;
}

void MacroStore::save(const Macro &macro)
{
    if (macro.name.isEmpty())
        return;
    QList<Macro> macros = all();
    macros.removeIf([&](const Macro &other) { return other.name == macro.name; });
    macros << macro;
    store(macros);
}

void MacroStore::remove(const QString &name)
{
    QList<Macro> macros = all();
    macros.removeIf([&](const Macro &other) { return other.name == name; });
    store(macros);
}

void MacroStore::store(const QList<Macro> &macros)
{
    QJsonArray array;
    for (const Macro &macro : macros)
        array.append(QJsonObject { { QStringLiteral("name"), macro.name },
                                   { QStringLiteral("text"), macro.text },
                                   { QStringLiteral("format"), int(macro.options.format) },
                                   { QStringLiteral("ending"), int(macro.options.lineEnding) },
                                   { QStringLiteral("checksum"), Checksum::name(macro.options.checksum) } });
    m_settings->setValue(Key, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace s2e
