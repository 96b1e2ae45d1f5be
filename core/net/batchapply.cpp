#include "batchapply.h"

#include "devicefinder.h"
#include "knownmodules.h"
#include "settingportlistener.h"

#include <QTimer>

namespace s2e {

BatchApply::BatchApply(const QList<MacAddress> &modules, const FieldChanges &changes,
                       const Credentials &credentials, const SettingChannel::Options &channel,
                       const ConfigClient::ApplyOptions &options, QObject *parent)
    : QObject(parent),
      m_queue(modules),
      m_changes(changes),
      m_credentials(credentials),
      m_channel(channel),
      m_options(options),
      m_total(int(modules.size()))
{
}

int BatchApply::failureCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const ModuleResult &r) { return !r.error.isEmpty(); }));
}

void BatchApply::start()
{
    if (m_queue.isEmpty()) {
        QTimer::singleShot(0, this, &BatchApply::finished);
        return;
    }
    // A search first says which modules answer the asker's own port: their requests need
    // no turn on the setting port, and a lost one then holds no other module up.
    auto unknown = std::make_shared<QList<MacAddress>>();
    for (const MacAddress &mac : std::as_const(m_queue)) {
        const auto port = KnownModules::settingPort(mac);
        if (!port || !SettingPortListener::knownRoute(port->number, mac))
            *unknown << mac;
    }
    if (unknown->isEmpty() || m_channel.unicast)
        return startClients();
    DeviceFinder::Options options;
    options.targets = m_channel.targets;
    options.ports = m_channel.ports;
    options.quietMs = m_channel.timeoutMs;
    options.capMs = m_channel.timeoutMs * m_channel.attempts;
    auto *finder = new DeviceFinder(options, this);
    const auto done = [this, finder] {
        if (finder->isRunning())
            finder->stop();
        finder->disconnect(this);
        finder->deleteLater();
        startClients();
    };
    connect(finder, &DeviceFinder::deviceFound, this, [unknown, done](const FoundDevice &device) {
        unknown->removeAll(device.reply.mac());
        if (unknown->isEmpty())
            done();
    });
    connect(finder, &DeviceFinder::finished, this, done);
    finder->start();
}

void BatchApply::startClients()
{
    while (m_running < m_concurrency && !m_queue.isEmpty())
        startNext();
}

void BatchApply::startNext()
{
    const MacAddress mac = m_queue.takeFirst();
    ++m_running;
    auto *client = new ConfigClient(mac, m_moduleCredentials.value(mac, m_credentials), m_channel, this);
    connect(client, &ConfigClient::stepStarted, this,
            [this, mac](ConfigClient::Step step) { emit moduleStepStarted(mac, step); });
    client->apply(m_changes, m_options, [this, client, mac](Result<ConfigClient::ApplyReport> report) {
        ModuleResult result { mac, report ? QString() : report.error(),
                              report ? report->changedKeys : QStringList(),
                              report ? report->leftOut : QStringList(),
                              report ? report->reappeared : std::nullopt };
        m_results.append(result);
        client->deleteLater();
        --m_running;
        emit moduleFinished(result);
        if (!m_queue.isEmpty())
            startNext();
        else if (m_running == 0)
            emit finished();
    });
}

} // namespace s2e
