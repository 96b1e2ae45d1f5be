#pragma once

#include "configclient.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace s2e {

// Applies the same changes to several modules, a few at a time, and reports every module's
// outcome: none is skipped silently.
class BatchApply : public QObject
{
    Q_OBJECT

public:
    struct ModuleResult
    {
        MacAddress mac;
        QString error; // empty on success
        QStringList changedKeys;
        QStringList leftOut; // ConfigClient::ApplyReport::leftOut
        std::optional<FoundDevice> reappeared; // as it answered after its restart
        bool storedOnWrite = false; // ConfigClient::ApplyReport::storedOnWrite
    };

    BatchApply(const QList<MacAddress> &modules, const FieldChanges &changes,
               const Credentials &credentials, const SettingChannel::Options &channel,
               const ConfigClient::ApplyOptions &options, QObject *parent = nullptr);

    void setConcurrency(int count) { m_concurrency = qMax(1, count); }
    // Credentials for one module, in place of the batch's own.
    void setCredentials(const MacAddress &mac, const Credentials &credentials)
    {
        m_moduleCredentials.insert(mac, credentials);
    }
    void start();
    // Stops every module: the running ones where they are, each said in its result
    // (ConfigClient::cancelledApplyText), the waiting ones untouched.
    void cancel();

    const QList<ModuleResult> &results() const { return m_results; }
    int total() const { return m_total; }
    int failureCount() const;

signals:
    void moduleStepStarted(const s2e::MacAddress &mac, s2e::ConfigClient::Step step);
    void moduleFinished(const s2e::BatchApply::ModuleResult &result);
    void finished();

private:
    void startClients();
    void startNext();
    void finishModule(const ModuleResult &result);

    QList<MacAddress> m_queue;
    FieldChanges m_changes;
    Credentials m_credentials;
    QHash<MacAddress, Credentials> m_moduleCredentials;
    SettingChannel::Options m_channel;
    ConfigClient::ApplyOptions m_options;
    QList<ModuleResult> m_results;
    // The running modules' clients and the step each is in.
    QHash<MacAddress, QPair<ConfigClient *, std::optional<ConfigClient::Step>>> m_clients;
    bool m_cancelled = false;
    int m_total = 0;
    int m_running = 0;
    int m_concurrency = 8;
};

} // namespace s2e

Q_DECLARE_METATYPE(s2e::BatchApply::ModuleResult)
