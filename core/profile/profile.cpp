#include "profile.h"

#include "protocol/fieldtable.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace s2e {

namespace {
const QString FormatTag = QStringLiteral("s2e-studio-profile");
}

Profile Profile::fromConfig(const DeviceConfig &config, const std::optional<SearchReply> &module, bool withSecrets)
{
    Profile profile;
    profile.m_fields = config.fields();
    for (const QString &key : config.keys()) {
        if (!withSecrets && config.field(key)->def->secret) {
            profile.m_fields.remove(key);
            profile.m_leftOut << key;
        }
    }
    profile.m_module.insert(QStringLiteral("model"), QLatin1String(config.model().key));
    profile.m_module.insert(QStringLiteral("ports"), config.portCount());
    profile.m_module.insert(QStringLiteral("cloud"), config.hasCloud());
    if (module) {
        profile.m_module.insert(QStringLiteral("mac"), module->mac().toString());
        profile.m_module.insert(QStringLiteral("ip"), module->ipString());
        profile.m_module.insert(QStringLiteral("name"), module->name());
        profile.m_module.insert(QStringLiteral("firmware"), module->firmware());
        profile.m_module.insert(QStringLiteral("board_type"), module->boardType());
        profile.m_module.insert(QStringLiteral("board_id"), module->boardId());
    }
    return profile;
}

Result<Profile> Profile::fromJson(const QJsonObject &json)
{
    if (json.value(u"format").toString() != FormatTag)
        return Failure { tr("not an s2e-studio profile (\"format\" is not \"%1\")").arg(FormatTag) };
    const int version = json.value(u"version").toInt(-1);
    if (version < 1 || version > Version)
        return Failure { tr("profile version %1 is not supported (this program reads version %2)")
                                 .arg(json.value(u"version").toVariant().toString())
                                 .arg(Version) };
    if (!json.value(u"fields").isObject())
        return Failure { tr("the profile has no \"fields\" object") };
    Profile profile;
    profile.m_module = json.value(u"module").toObject();
    profile.m_fields = json.value(u"fields").toObject();
    QStringList errors;
    const QJsonValue modelKey = profile.m_module.value(u"model");
    if (!modelKey.isUndefined() && !ModelTable::find(modelKey.toString()))
        errors << tr("unknown model \"%1\" (known: %2)").arg(modelKey.toString(), ModelTable::keysText());
    // Each value as its own family places it; a profile of no known family as any does.
    const ModelDef *model = profile.model();
    const std::optional<DeviceConfig> shape = model && model->isKnown() ? std::optional(DeviceConfig::defaults(*model))
                                                                        : std::nullopt;
    for (auto it = profile.m_fields.begin(); it != profile.m_fields.end(); ++it) {
        Result<FieldRef> field = Failure { tr("unknown parameter \"%1\"").arg(it.key()) };
        if (shape)
            field = shape->field(it.key());
        else if (const auto found = FieldTable::find(it.key()))
            field = *found;
        if (!field)
            errors << field.error();
        else if (const auto value = field->def->normalize(it.value(), it.key()); !value)
            errors << value.error();
    }
    if (!errors.isEmpty())
        return Failure { errors.join(QStringLiteral("; ")) };
    return profile;
}

Result<Profile> Profile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure { tr("%1: %2").arg(path, file.errorString()) };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Failure { tr("%1: not a JSON object: %2").arg(path, error.errorString()) };
    auto profile = fromJson(document.object());
    if (!profile)
        return Failure { tr("%1: %2").arg(path, profile.error()) };
    return profile;
}

Result<void> Profile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure { tr("%1: %2").arg(path, file.errorString()) };
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Failure { tr("%1: %2").arg(path, file.errorString()) };
    return {};
}

const ModelDef *Profile::model() const
{
    return ModelTable::find(m_module.value(u"model").toString());
}

QJsonObject Profile::toJson() const
{
    return {
        { QStringLiteral("format"), FormatTag },
        { QStringLiteral("version"), Version },
        { QStringLiteral("module"), m_module },
        { QStringLiteral("fields"), m_fields },
    };
}

QStringList Profile::identityKeys()
{
    QStringList keys;
    for (const FieldDef &def : FieldTable::all()) {
        if (def.identity && !keys.contains(def.key(0)))
            keys << def.key(0);
    }
    return keys;
}

FieldChanges Profile::changes(const QStringList &onlyPatterns, bool withIdentity) const
{
    QList<QRegularExpression> patterns;
    for (const QString &pattern : onlyPatterns)
        patterns << QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
    FieldChanges result;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!withIdentity && identityKeys().contains(it.key()))
            continue;
        const bool selected = patterns.isEmpty()
                || std::any_of(patterns.begin(), patterns.end(),
                               [&](const QRegularExpression &re) { return re.match(it.key()).hasMatch(); });
        if (selected)
            result.append({ it.key(), it.value() });
    }
    return result;
}

} // namespace s2e
