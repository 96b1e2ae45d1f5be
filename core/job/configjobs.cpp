#include "configjobs.h"

namespace s2e {

namespace {
// Steps of a save, for its fraction.
constexpr int ApplySteps = int(ConfigClient::Step::Verify) + 1;
} // namespace

ConfigJob::ConfigJob(const MacAddress &mac, const Credentials &credentials, SettingChannel::Options channel,
                     QObject *parent)
    : Job(mac.toString(), parent), m_mac(mac), m_credentials(credentials), m_channel(std::move(channel))
{
}

ConfigClient *ConfigJob::client()
{
    if (!m_client) {
        m_client = new ConfigClient(m_mac, m_credentials, m_channel, this);
        connect(m_client, &ConfigClient::stepStarted, this, [this](ConfigClient::Step step) {
            m_clientStep = step;
            setStep(ConfigClient::stepName(step), double(int(step) + 1) / ApplySteps);
        });
    }
    return m_client;
}

void ConfigJob::abandon()
{
    // Its requests, timers and searches go with it; late answers reach nobody.
    if (m_client) {
        m_client->disconnect(this);
        m_client->cancel();
        m_client->deleteLater();
    }
}

void ReadJob::run()
{
    setStep(ConfigClient::stepName(ConfigClient::Step::Read));
    client()->read([this](Result<DeviceConfig> config) {
        if (!isRunning())
            return;
        if (!config)
            return fail(config.failure());
        m_config = *config;
        succeed();
    });
}

ApplyJob::ApplyJob(const MacAddress &mac, const Credentials &credentials, SettingChannel::Options channel,
                   FieldChanges changes, ConfigClient::ApplyOptions options, QObject *parent)
    : ConfigJob(mac, credentials, std::move(channel), parent), m_changes(std::move(changes)), m_options(options)
{
}

void ApplyJob::run()
{
    client()->apply(m_changes, m_options, [this](Result<ConfigClient::ApplyReport> report) {
        if (!isRunning())
            return;
        if (!report)
            return fail(report.failure());
        m_report = *report;
        succeed();
    });
}

QString ApplyJob::cancelledMessage() const
{
    return ConfigClient::cancelledApplyText(clientStep());
}


RestartJob::RestartJob(const MacAddress &mac, const Credentials &credentials, SettingChannel::Options channel,
                       bool factoryReset, ConfigClient::ApplyOptions options, QObject *parent)
    : ConfigJob(mac, credentials, std::move(channel), parent), m_factoryReset(factoryReset), m_options(options)
{
}

void RestartJob::run()
{
    client()->restartAndWait(m_factoryReset, m_options, [this](Result<FoundDevice> found) {
        if (!isRunning())
            return;
        if (!found)
            return fail(found.failure());
        m_reappeared = *found;
        succeed();
    });
}

QString RestartJob::cancelledMessage() const
{
    using Step = ConfigClient::Step;
    if (!clientStep())
        return tr("cancelled before anything was sent: the module is unchanged");
    if (*clientStep() == Step::FactoryReset)
        return tr("cancelled during the factory reset: the factory parameters may be stored; they take effect "
                  "at the next restart");
    if (*clientStep() == Step::Restart)
        return tr("cancelled during the restart: the module may be restarting");
    return tr("cancelled while waiting: the module restarts; whether it answers again was not checked");
}

} // namespace s2e
