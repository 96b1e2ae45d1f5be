#include "devicemanager.h"

#include <QSet>

namespace s2e {

DeviceManager::DeviceManager(Options options, QObject *parent) : QObject(parent), m_options(std::move(options)) { }

DeviceManager::~DeviceManager()
{
    // Jobs still running end here without a word: whoever quits has been asked.
    for (ConfigJob *job : std::as_const(m_jobs))
        job->disconnect(this);
}

void DeviceManager::setCredentials(const MacAddress &mac, const Credentials &credentials)
{
    m_credentials.insert(mac, credentials);
}

QString DeviceManager::jobName(const ConfigJob *job)
{
    if (qobject_cast<const ReadJob *>(job))
        return tr("reading");
    if (qobject_cast<const ApplyJob *>(job))
        return tr("saving");
    if (const auto *restart = qobject_cast<const RestartJob *>(job))
        return restart->isFactoryReset() ? tr("restoring factory parameters") : tr("restarting");
    return tr("working");
}

QString DeviceManager::busyReason(const MacAddress &mac) const
{
    if (m_batched.contains(mac))
        return tr("%1: in a batch — wait until it ends").arg(mac.toString());
    if (m_reserved.contains(mac))
        return tr("%1: %2 — wait until it ends").arg(mac.toString(), m_reserved.value(mac));
    const ConfigJob *job = jobOf(mac);
    if (!job)
        return QString();
    const QString doing = job->step().isEmpty() ? jobName(job) : tr("%1 (%2)").arg(jobName(job), job->step());
    return tr("%1: %2 — wait until it ends").arg(mac.toString(), doing);
}

template<typename T>
Result<T *> DeviceManager::launch(T *job, std::function<ConfigJob *()> again)
{
    const MacAddress mac = job->mac();
    if (isBusy(mac)) {
        delete job;
        return Failure { busyReason(mac), ErrorCode::Busy };
    }
    m_jobs.insert(mac, job);
    m_makers.insert(job, std::move(again));
    connect(job, &Job::progressed, this, [this, job] {
        setStatus(job->mac(), tr("%1: %2…").arg(jobName(job), job->step()));
        emit jobProgressed(job);
    });
    connect(job, &Job::finished, this, [this, job] { onFinished(job); });
    setStatus(mac, tr("%1…").arg(jobName(job)));
    emit jobStarted(job);
    job->start();
    return job;
}

Result<ReadJob *> DeviceManager::read(const MacAddress &mac)
{
    return launch(new ReadJob(mac, credentials(mac), m_options.channel(), this),
                  [this, mac]() -> ConfigJob * { const auto job = read(mac); return job ? *job : nullptr; });
}

Result<ApplyJob *> DeviceManager::save(const MacAddress &mac, const FieldChanges &changes)
{
    return launch(new ApplyJob(mac, credentials(mac), m_options.channel(), changes, m_options.apply, this),
                  [this, mac, changes]() -> ConfigJob * { const auto job = save(mac, changes); return job ? *job : nullptr; });
}

Result<RestartJob *> DeviceManager::restart(const MacAddress &mac, bool factoryReset)
{
    return launch(new RestartJob(mac, credentials(mac), m_options.channel(), factoryReset, m_options.apply, this),
                  [this, mac, factoryReset]() -> ConfigJob * {
                      const auto job = restart(mac, factoryReset);
                      return job ? *job : nullptr;
                  });
}

Result<BatchJob *> DeviceManager::batch(const QList<MacAddress> &modules, const FieldChanges &changes)
{
    QStringList busy;
    for (const MacAddress &mac : modules) {
        if (isBusy(mac))
            busy << busyReason(mac);
    }
    if (!busy.isEmpty())
        return Failure { busy.join(QStringLiteral("; ")), ErrorCode::Busy };
    auto options = m_options.apply;
    options.leaveOutAbsent = true;
    auto *job = new BatchJob(modules, changes, {}, m_options.channel(), options, this);
    for (const MacAddress &mac : modules) {
        job->batch()->setCredentials(mac, credentials(mac));
        m_batched.insert(mac, job);
        setStatus(mac, tr("waiting in a batch"));
    }
    connect(job->batch(), &BatchApply::moduleStepStarted, this, [this](const MacAddress &mac, ConfigClient::Step step) {
        setStatus(mac, tr("saving: %1…").arg(ConfigClient::stepName(step)));
    });
    connect(job->batch(), &BatchApply::moduleFinished, this, [this](const BatchApply::ModuleResult &result) {
        m_batched.remove(result.mac);
        setStatus(result.mac, result.error.isEmpty() ? tr("saved") : tr("batch failed"));
    });
    connect(job, &Job::finished, this, [job] { job->deleteLater(); });
    return job;
}

Result<void> DeviceManager::reserve(const MacAddress &mac, QObject *holder, const QString &doing)
{
    if (isBusy(mac))
        return Failure { busyReason(mac), ErrorCode::Busy };
    m_reserved.insert(mac, doing);
    connect(holder, &QObject::destroyed, this, [this, mac] {
        m_reserved.remove(mac);
        emit reservationChanged(mac);
    });
    emit reservationChanged(mac);
    return {};
}

Result<ConfigJob *> DeviceManager::retry(const MacAddress &mac, const Credentials &credentials)
{
    const auto again = m_retries.take(mac);
    if (!again)
        return Failure { tr("%1: nothing to retry").arg(mac.toString()), ErrorCode::RefusedInput };
    if (isBusy(mac))
        return Failure { busyReason(mac), ErrorCode::Busy };
    setCredentials(mac, credentials);
    return again();
}

void DeviceManager::cancelAll()
{
    for (ConfigJob *job : m_jobs.values())
        job->cancel();
    for (BatchJob *job : QSet<BatchJob *>(m_batched.cbegin(), m_batched.cend()))
        job->cancel();
}

void DeviceManager::setStatus(const MacAddress &mac, const QString &status)
{
    m_status.insert(mac, status);
    emit statusChanged(mac, status);
}

void DeviceManager::onFinished(ConfigJob *job)
{
    const MacAddress mac = job->mac();
    m_jobs.remove(mac);
    const auto again = m_makers.take(job);
    const Result<void> &result = job->result();
    const auto *restart = qobject_cast<RestartJob *>(job);
    const QString action = qobject_cast<ReadJob *>(job) ? tr("read")
            : qobject_cast<ApplyJob *>(job)             ? tr("save")
            : restart && restart->isFactoryReset()      ? tr("factory reset")
                                                        : tr("restart");
    if (result) {
        if (const auto *apply = qobject_cast<ApplyJob *>(job); apply && apply->report()) {
            // The module now takes the credentials this save gave it.
            const DeviceConfig &after = apply->report()->after;
            const Credentials now { after.value(u"user")->toString(), after.value(u"password")->toString() };
            if (apply->report()->changedKeys.contains(QStringLiteral("user"))
                || apply->report()->changedKeys.contains(QStringLiteral("password")))
                setCredentials(mac, now);
        }
        setStatus(mac, qobject_cast<ReadJob *>(job) ? tr("read")
                        : qobject_cast<ApplyJob *>(job)  ? tr("saved")
                        : restart->isFactoryReset()      ? tr("factory parameters restored")
                                                         : tr("restarted"));
    } else if (result.errorCode() == ErrorCode::Cancelled) {
        setStatus(mac, tr("%1 cancelled").arg(action));
    } else {
        setStatus(mac, tr("%1 failed").arg(action));
    }
    const bool loginRefused = !result.ok() && result.errorCode() == ErrorCode::Credentials;
    if (loginRefused)
        m_retries.insert(mac, again);
    emit jobFinished(job);
    if (loginRefused)
        emit credentialsNeeded(mac);
    job->deleteLater();
}

} // namespace s2e
