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
    m_clients.insert(mac, { client, std::nullopt });
    connect(client, &ConfigClient::stepStarted, this, [this, mac](ConfigClient::Step step) {
        m_clients[mac].second = step;
        emit moduleStepStarted(mac, step);
    });
    client->apply(m_changes, m_options, [this, client, mac](Result<ConfigClient::ApplyReport> report) {
        ModuleResult result { mac, report ? QString() : report.error(),
                              report ? report->changedKeys : QStringList(),
                              report ? report->leftOut : QStringList(),
                              report ? report->reappeared : std::nullopt, report && report->storedOnWrite };
        m_clients.remove(mac);
        client->deleteLater();
        --m_running;
        finishModule(result);
    });
}

void BatchApply::finishModule(const ModuleResult &result)
{
    m_results.append(result);
    emit moduleFinished(result);
    if (!m_queue.isEmpty() && !m_cancelled)
        startNext();
    else if (m_running == 0 && m_results.size() == m_total)
        emit finished();
}

void BatchApply::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    // Each module's result is said before finished(), the running ones first.
    const auto running = m_clients;
    m_clients.clear();
    for (auto it = running.begin(); it != running.end(); ++it) {
        it->first->cancel();
        it->first->deleteLater();
        --m_running;
    }
    const QList<MacAddress> waiting = std::exchange(m_queue, {});
    for (auto it = running.begin(); it != running.end(); ++it)
        finishModule({ it.key(), tr("%1: %2").arg(it.key().toString(), ConfigClient::cancelledApplyText(it->second)), {}, {}, std::nullopt });
    for (const MacAddress &mac : waiting)
        finishModule({ mac, tr("%1: cancelled before it started: the module is unchanged").arg(mac.toString()), {}, {}, std::nullopt });
}

} // namespace s2e
