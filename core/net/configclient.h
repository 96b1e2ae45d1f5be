#pragma once

#include "founddevice.h"
#include "protocol/deviceconfig.h"
#include "protocol/macaddress.h"
#include "protocol/result.h"
#include "settingchannel.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <optional>

namespace s2e {

class DeviceFinder;

struct Credentials
{
    QString user = QStringLiteral("admin");
    QString password = QStringLiteral("admin");
};

// Talks to one module, named by its MAC, with its credentials. Every operation ends in
// exactly one callback; a failure names the module, the step and the cause.
class ConfigClient : public QObject
{
    Q_OBJECT

public:
    enum class Step { Read, Validate, Write, Store, Restart, Reappear, Verify, FactoryReset };
    static constexpr int MaxConfirmingReads = 6;
    Q_ENUM(Step)

    struct ApplyOptions
    {
        bool store = true;
        bool restart = true;
        bool verify = true;
        // A module answers its restart before it goes down: wait this long before looking
        // for it, then search until it answers or the timeout passes.
        int restartSettleMs = 500;
        int reappearTimeoutMs = 15000;
        // A profile applied to another family: keys this module has no place for are left
        // out (and named in the report) instead of refusing the whole apply.
        bool leaveOutAbsent = false;
    };

    struct ApplyReport
    {
        DeviceConfig before;
        DeviceConfig after;
        QStringList changedKeys;
        // Keys left out, each with why: "cloud.id: the USR-TCP232-302 has no such parameter".
        QStringList leftOut;
        std::optional<FoundDevice> reappeared;
        // The module took no store command (its family has none, or it answered E or nothing
        // to it): what was written was kept as written, and the read-back after the restart
        // decided.
        bool storedOnWrite = false;
    };

    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    ConfigClient(const MacAddress &mac, const Credentials &credentials,
                 SettingChannel::Options channel, QObject *parent = nullptr);

    MacAddress mac() const { return m_mac; }
    static QString stepName(Step step);

    void read(Callback<DeviceConfig> callback);
    void write(const DeviceConfig &config, BlockKind kind, int portIndex, Callback<void> callback);
    void store(Callback<void> callback);
    void restart(Callback<void> callback);
    void factoryReset(Callback<void> callback);
    // Drops whatever runs: no callback of it is called, nothing more is sent.
    void cancel();
    // What an apply stopped in this step leaves the module with.
    static QString cancelledApplyText(std::optional<Step> step);
    // Search until this module answers (after a restart, say).
    void waitForReappearance(int timeoutMs, Callback<FoundDevice> callback);

    // restart (after a factory reset when asked) → wait for the module to answer again.
    void restartAndWait(bool factoryResetFirst, const ApplyOptions &options, Callback<FoundDevice> callback);

    // Checks every key and value against the field table without sending anything.
    static Result<void> checkChanges(const FieldChanges &changes);
    // read → validate → write the changed blocks → store → restart → reappear → verify.
    // Nothing is written when a value is refused.
    void apply(const FieldChanges &changes, const ApplyOptions &options,
               Callback<ApplyReport> callback);

signals:
    void stepStarted(s2e::ConfigClient::Step step);

private:
    struct ApplyRun;

    Failure failure(Step step, const QString &cause, ErrorCode code = ErrorCode::Failed) const;
    Failure failure(Step step, const Failure &cause) const { return failure(step, cause.message, cause.code); }
    void readAs(Step step, Callback<DeviceConfig> callback);
    // Reads until two reads agree (at most MaxConfirmingReads reads).
    void confirmedRead(Step step, Callback<DeviceConfig> callback);
    void simpleCommand(Command command, Step step, Callback<void> callback);
    void applyRead();
    void applyWrite();
    void applyStore();
    void applyRestart();
    void applyReappear();
    void applyVerify();
    void applyFail(const Failure &failure);
    void applyDone();

    MacAddress m_mac;
    Credentials m_credentials;
    SettingChannel *m_channel;
    DeviceFinder *m_finder = nullptr;
    std::shared_ptr<ApplyRun> m_apply;
    // The context of pending timers: cancel() deletes it, and them with it.
    QObject *m_pending;
};

} // namespace s2e
