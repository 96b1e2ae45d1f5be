#pragma once

#include "net/configclient.h"
#include "protocol/deviceconfig.h"
#include "protocol/result.h"
#include "protocol/searchreply.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace s2e {

// A module's parameters saved as JSON, to be applied to other modules:
// {"format": "s2e-studio-profile", "version": 1, "module": {…}, "fields": {key: value}}.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr int Version = 1;

    // Secret fields (the password) only when asked: a profile file is read by whoever has it.
    static Profile fromConfig(const DeviceConfig &config, const std::optional<SearchReply> &module,
                              bool withSecrets = false);
    // The secret keys fromConfig() left out.
    QStringList leftOutSecrets() const { return m_leftOut; }
    static Result<Profile> fromJson(const QJsonObject &json);
    static Result<Profile> load(const QString &path);
    Result<void> save(const QString &path) const;

    QJsonObject toJson() const;
    QJsonObject fields() const { return m_fields; }
    QJsonObject moduleInfo() const { return m_module; }
    // The family it was saved from; null for a profile of an unknown model or an older one.
    const ModelDef *model() const;

    // Fields that identify one module (its address, user MAC and name); copied to another
    // module only when asked for.
    static QStringList identityKeys();
    // The profile's fields as changes, limited to keys matching one of `onlyPatterns`
    // (wildcards such as "port1.*"; none = every key), identity fields left out unless
    // `withIdentity`.
    FieldChanges changes(const QStringList &onlyPatterns, bool withIdentity) const;

private:
    QJsonObject m_module;
    QJsonObject m_fields;
    QStringList m_leftOut;
};

} // namespace s2e
