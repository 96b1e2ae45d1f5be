#pragma once

#include "job/batchjob.h"
#include "job/configjobs.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace s2e {

// The device manager's logic, without widgets: the jobs on modules (read, save, restart,
// factory reset), at most one per module at a time, each kept to its end whatever the view
// shows meanwhile; each module's credentials, changed when a save changes them; a job
// refused for its credentials kept to be repeated with others; and every outcome said, as
// a module's status and a message. The main window is a view of it.
class DeviceManager : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Asked at each job's start: the view's search targets may have changed.
        std::function<SettingChannel::Options()> channel;
        ConfigClient::ApplyOptions apply;
    };

    explicit DeviceManager(Options options, QObject *parent = nullptr);
    ~DeviceManager() override;

    Credentials credentials(const MacAddress &mac) const { return m_credentials.value(mac); }
    void setCredentials(const MacAddress &mac, const Credentials &credentials);

    // Each starts a job, or is refused with ErrorCode::Busy, naming the job that runs there.
    Result<ReadJob *> read(const MacAddress &mac);
    Result<ApplyJob *> save(const MacAddress &mac, const FieldChanges &changes);
    Result<RestartJob *> restart(const MacAddress &mac, bool factoryReset);
    // The same changes to several modules; each is busy until its own outcome is in, and a
    // batch with a busy module is refused. Keys a module has no place for are left out. The
    // caller starts the job once it has connected to it.
    Result<BatchJob *> batch(const QList<MacAddress> &modules, const FieldChanges &changes);
    // Keeps other jobs off a module while `holder` lives (a firmware or web page dialog and
    // its job, an AT console's net AT session); refused when the module is busy. `doing`
    // names it: "upgrading firmware".
    Result<void> reserve(const MacAddress &mac, QObject *holder, const QString &doing);
    // Repeats the job that failed for its credentials with these.
    Result<ConfigJob *> retry(const MacAddress &mac, const Credentials &credentials);

    ConfigJob *jobOf(const MacAddress &mac) const { return m_jobs.value(mac); }
    bool isBusy(const MacAddress &mac) const
    {
        return m_jobs.contains(mac) || m_batched.contains(mac) || m_reserved.contains(mac);
    }
    // Why a module cannot take another job now ("02:…: saving (write) — wait until it ends"),
    // or empty.
    QString busyReason(const MacAddress &mac) const;
    QList<ConfigJob *> runningJobs() const { return m_jobs.values(); }
    bool hasRunningJobs() const { return !m_jobs.isEmpty() || !m_batched.isEmpty(); }
    QList<MacAddress> reservedModules() const { return m_reserved.keys(); }
    // The modules a batch still works on.
    QList<MacAddress> batchedModules() const { return m_batched.keys(); }
    void cancelAll();
    // A module's status, for its row: "read", "saving: store…", "save failed".
    QString statusOf(const MacAddress &mac) const { return m_status.value(mac); }
    // What a job is doing, for people: "saving", "reading".
    static QString jobName(const ConfigJob *job);

signals:
    void jobStarted(s2e::ConfigJob *job);
    void jobProgressed(s2e::ConfigJob *job);
    // The job is deleted once the signal returns; its result and outputs are read in it.
    void jobFinished(s2e::ConfigJob *job);
    // The module refused a job's user name or password; retry() repeats the job.
    void credentialsNeeded(const s2e::MacAddress &mac);
    void statusChanged(const s2e::MacAddress &mac, const QString &status);
    // A module was reserved, or its holder went.
    void reservationChanged(const s2e::MacAddress &mac);

private:
    template<typename T>
    Result<T *> launch(T *job, std::function<ConfigJob *()> again);
    void setStatus(const MacAddress &mac, const QString &status);
    void onFinished(ConfigJob *job);

    Options m_options;
    QHash<MacAddress, Credentials> m_credentials;
    QHash<MacAddress, ConfigJob *> m_jobs;
    QHash<MacAddress, BatchJob *> m_batched;
    QHash<MacAddress, QString> m_reserved;
    QHash<MacAddress, QString> m_status;
    // The job refused for its credentials, to make again.
    QHash<MacAddress, std::function<ConfigJob *()>> m_retries;
    QHash<ConfigJob *, std::function<ConfigJob *()>> m_makers;
};

} // namespace s2e
