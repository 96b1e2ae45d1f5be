#pragma once

#include "job.h"
#include "net/configclient.h"

#include <QPointer>

namespace s2e {

// A job on one module through the setting protocol; it owns its ConfigClient, so cancelling
// drops every request and timer the client has.
class ConfigJob : public Job
{
    Q_OBJECT

public:
    ConfigJob(const MacAddress &mac, const Credentials &credentials, SettingChannel::Options channel,
              QObject *parent = nullptr);

    MacAddress mac() const { return m_mac; }
    // The client's step now, or when the job ended; none before the client started one.
    std::optional<ConfigClient::Step> clientStep() const { return m_clientStep; }

protected:
    ConfigClient *client();
    void abandon() override;

private:
    MacAddress m_mac;
    Credentials m_credentials;
    SettingChannel::Options m_channel;
    QPointer<ConfigClient> m_client;
    std::optional<ConfigClient::Step> m_clientStep;
};

// Reads every parameter.
class ReadJob : public ConfigJob
{
    Q_OBJECT

public:
    using ConfigJob::ConfigJob;
    const std::optional<DeviceConfig> &config() const { return m_config; }

protected:
    void run() override;

private:
    std::optional<DeviceConfig> m_config;
};

// Save: read, check, write the blocks that change, store, restart, wait, verify.
class ApplyJob : public ConfigJob
{
    Q_OBJECT

public:
    ApplyJob(const MacAddress &mac, const Credentials &credentials, SettingChannel::Options channel,
             FieldChanges changes, ConfigClient::ApplyOptions options, QObject *parent = nullptr);
    const FieldChanges &changes() const { return m_changes; }
    const std::optional<ConfigClient::ApplyReport> &report() const { return m_report; }

protected:
    void run() override;
    // Says what the module holds after the step the job stopped in.
    QString cancelledMessage() const override;

private:
    FieldChanges m_changes;
    ConfigClient::ApplyOptions m_options;
    std::optional<ConfigClient::ApplyReport> m_report;
};

// Restart (after a factory reset when asked) and wait until the module answers again.
class RestartJob : public ConfigJob
{
    Q_OBJECT

public:
    RestartJob(const MacAddress &mac, const Credentials &credentials, SettingChannel::Options channel,
               bool factoryReset, ConfigClient::ApplyOptions options, QObject *parent = nullptr);
    bool isFactoryReset() const { return m_factoryReset; }
    const std::optional<FoundDevice> &reappeared() const { return m_reappeared; }

protected:
    void run() override;
    QString cancelledMessage() const override;

private:
    bool m_factoryReset;
    ConfigClient::ApplyOptions m_options;
    std::optional<FoundDevice> m_reappeared;
};

} // namespace s2e
