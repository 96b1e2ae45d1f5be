#include "configclient.h"

#include "devicefinder.h"
#include "knownmodules.h"
#include "protocol/fieldtable.h"

#include <QTimer>

namespace s2e {

struct ConfigClient::ApplyRun
{
    FieldChanges changes;
    ApplyOptions options;
    Callback<ApplyReport> callback;
    ApplyReport report;
    DeviceConfig target;
    // Blocks still to write: kind and port index.
    QList<QPair<BlockKind, int>> pendingBlocks;
    std::optional<Credentials> newCredentials;
    // A store that got no answer: if the restart gets none either, the module went away
    // then, and the store is the step to name.
    std::optional<Failure> unansweredStore;
};

ConfigClient::ConfigClient(const MacAddress &mac, const Credentials &credentials,
                           SettingChannel::Options channel, QObject *parent)
    : QObject(parent),
      m_mac(mac),
      m_credentials(credentials),
      m_channel(new SettingChannel(std::move(channel), this)),
      m_pending(new QObject(this))
{
}

void ConfigClient::cancel()
{
    m_channel->cancel();
    if (m_finder) {
        m_finder->disconnect(this);
        m_finder->stop();
        m_finder->deleteLater();
        m_finder = nullptr;
    }
    m_apply.reset();
    delete m_pending;
    m_pending = new QObject(this);
}

QString ConfigClient::stepName(Step step)
{
    switch (step) {
    case Step::Read:
        return tr("read");
    case Step::Validate:
        return tr("validate");
    case Step::Write:
        return tr("write");
    case Step::Store:
        return tr("store");
    case Step::Restart:
        return tr("restart");
    case Step::Reappear:
        return tr("wait for the module after restart");
    case Step::Verify:
        return tr("verify");
    case Step::FactoryReset:
        return tr("factory reset");
    }
    return QString();
}

Failure ConfigClient::failure(Step step, const QString &cause, ErrorCode code) const
{
    return Failure { tr("%1: %2: %3").arg(m_mac.toString(), stepName(step), cause), code };
}

void ConfigClient::read(Callback<DeviceConfig> callback)
{
    readAs(Step::Read, std::move(callback));
}

void ConfigClient::readAs(Step step, Callback<DeviceConfig> callback)
{
    if (const ModelDef *known = KnownModules::model(m_mac); known && !known->takes(Command::Read))
        return callback(failure(step,
                                tr("the %1 answers only its own older search: it is listed, not configured")
                                        .arg(known->displayName()),
                                ErrorCode::RefusedInput));
    const auto frame = RequestFrame::create(Command::Read, m_mac, m_credentials.user,
                                            m_credentials.password);
    if (!frame)
        return callback(failure(step, frame.error(), ErrorCode::RefusedInput));
    m_channel->request(*frame, [this, callback, step](Result<QByteArray> reply) {
        if (!reply)
            return callback(failure(step, reply.failure()));
        QString error;
        const auto config = DeviceConfig::parse(*reply, &error);
        if (!config)
            return callback(failure(step, error));
        KnownModules::rememberModel(m_mac, config->model());
        callback(*config);
    });
}

void ConfigClient::confirmedRead(Step step, Callback<DeviceConfig> callback)
{
    // A read reply carries no checksum of its own: a reply damaged on its way (above UDP's
    // checksum) would parse and be written back. Apply trusts a read only when an earlier
    // one agrees with it byte for byte; two damaged ones do not agree.
    auto earlier = std::make_shared<QList<QByteArray>>();
    // The next attempt is kept alive by the request in flight only, so a cancelled read
    // leaves nothing behind.
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [this, step, callback, earlier, self = std::weak_ptr(attempt)] {
        readAs(step, [this, step, callback, earlier, again = self.lock()](Result<DeviceConfig> config) {
            const QByteArray bytes = config ? config->encode() : QByteArray();
            const bool agreed = config && earlier->contains(bytes);
            earlier->append(bytes);
            if (agreed || earlier->size() >= MaxConfirmingReads) {
                if (agreed)
                    return callback(*config);
                return callback(config ? failure(step, tr("no two of %n read(s) of the parameters agreed", nullptr,
                                                          int(earlier->size())))
                                       : config.failure());
            }
            (*again)();
        });
    };
    (*attempt)();
}

void ConfigClient::write(const DeviceConfig &config, BlockKind kind, int portIndex,
                         Callback<void> callback)
{
    Command command = Command::WriteBasic;
    QByteArray params = config.basic().encode();
    if (kind == BlockKind::Port) {
        command = writePortCommand(portIndex);
        params = config.port(portIndex).encode();
    } else if (kind == BlockKind::Cloud) {
        command = Command::WriteCloud;
        params = config.cloud()->encode();
    }
    if (!config.model().takes(command))
        return callback(failure(Step::Write, tr("the %1 takes no %2 command")
                                                     .arg(config.model().displayName(), commandName(command)),
                                             ErrorCode::RefusedInput));
    const auto frame = RequestFrame::create(command, m_mac, m_credentials.user,
                                            m_credentials.password, params);
    if (!frame)
        return callback(failure(Step::Write, frame.error(), ErrorCode::RefusedInput));
    m_channel->request(*frame, [this, callback, kind, portIndex](Result<QByteArray> reply) {
        if (!reply) {
            const QString block = kind == BlockKind::Port
                    ? tr("serial port %1 parameters").arg(portIndex + 1)
                    : tr("%1 parameters").arg(ParamBlock::kindName(kind));
            return callback(failure(Step::Write, tr("%1: %2").arg(block, reply.error()), reply.errorCode()));
        }
        callback({});
    });
}

void ConfigClient::simpleCommand(Command command, Step step, Callback<void> callback)
{
    const auto frame = RequestFrame::create(command, m_mac, m_credentials.user,
                                            m_credentials.password);
    if (!frame)
        return callback(failure(step, frame.error(), ErrorCode::RefusedInput));
    m_channel->request(*frame, [this, callback, step](Result<QByteArray> reply) {
        if (!reply)
            return callback(failure(step, reply.failure()));
        callback({});
    });
}

void ConfigClient::store(Callback<void> callback)
{
    simpleCommand(Command::Store, Step::Store, std::move(callback));
}

void ConfigClient::restart(Callback<void> callback)
{
    simpleCommand(Command::Restart, Step::Restart, std::move(callback));
}

void ConfigClient::factoryReset(Callback<void> callback)
{
    simpleCommand(Command::FactoryReset, Step::FactoryReset, std::move(callback));
}

void ConfigClient::restartAndWait(bool factoryResetFirst, const ApplyOptions &options,
                                  Callback<FoundDevice> callback)
{
    const auto restart = [this, options, callback] {
        emit stepStarted(Step::Restart);
        ConfigClient::restart([this, options, callback](Result<void> restarted) {
            if (!restarted)
                return callback(restarted.failure());
            QTimer::singleShot(options.restartSettleMs, m_pending, [this, options, callback] {
                emit stepStarted(Step::Reappear);
                waitForReappearance(options.reappearTimeoutMs, callback);
            });
        });
    };
    if (!factoryResetFirst)
        return restart();
    emit stepStarted(Step::FactoryReset);
    factoryReset([restart, callback](Result<void> done) {
        if (!done)
            return callback(done.failure());
        restart();
    });
}

void ConfigClient::waitForReappearance(int timeoutMs, Callback<FoundDevice> callback)
{
    DeviceFinder::Options options;
    options.targets = m_channel->options().targets;
    // Where it answered before: a module keeps its family's port across restarts.
    options.ports = m_channel->port() ? SettingPorts { *m_channel->port() } : m_channel->options().ports;
    options.adaptive = false; // spaced retries until the one module answers
    options.sendIntervalMs = 250;
    options.sends = qMax(1, timeoutMs / options.sendIntervalMs);
    options.quietMs = timeoutMs;
    options.capMs = timeoutMs;
    options.stopAtMac = m_mac;
    delete m_finder;
    m_finder = new DeviceFinder(options, this);
    connect(m_finder, &DeviceFinder::finished, this, [this, callback, timeoutMs] {
        const QList<FoundDevice> devices = m_finder->devices();
        m_finder->deleteLater();
        m_finder = nullptr;
        for (const FoundDevice &device : devices) {
            if (device.reply.mac() == m_mac)
                return callback(device);
        }
        callback(failure(Step::Reappear,
                         tr("the module did not answer a search within %1 ms").arg(timeoutMs), ErrorCode::NotFound));
    });
    m_finder->start();
}

Result<void> ConfigClient::checkChanges(const FieldChanges &changes)
{
    QStringList errors;
    for (const auto &[key, value] : changes) {
        const auto field = FieldTable::find(key);
        if (!field) {
            errors << tr("unknown parameter \"%1\"").arg(key);
            continue;
        }
        // Before a read says the module's family, a value one variant of the key takes passes.
        std::optional<QString> refusal;
        for (const FieldDef &def : FieldTable::all()) {
            if (def.block != field->def->block || qstrcmp(def.name, field->def->name) != 0)
                continue;
            const auto normalized = def.normalize(value, key);
            if (normalized) {
                refusal.reset();
                break;
            }
            if (!refusal)
                refusal = normalized.error();
        }
        if (refusal)
            errors << *refusal;
    }
    if (!errors.isEmpty())
        return Failure { errors.join(QStringLiteral("; ")) };
    return {};
}

void ConfigClient::apply(const FieldChanges &changes, const ApplyOptions &options,
                         Callback<ApplyReport> callback)
{
    if (m_apply)
        return callback(failure(Step::Validate, tr("another apply is in progress"), ErrorCode::Busy));
    if (const auto checked = checkChanges(changes); !checked)
        return callback(failure(Step::Validate, checked.error(), ErrorCode::RefusedInput));
    m_apply = std::make_shared<ApplyRun>();
    m_apply->changes = changes;
    m_apply->options = options;
    m_apply->callback = std::move(callback);
    applyRead();
}

QString ConfigClient::cancelledApplyText(std::optional<Step> step)
{
    switch (step.value_or(Step::Read)) {
    case Step::Read:
    case Step::Validate:
        return tr("cancelled before anything was written: the module is unchanged");
    case Step::Write:
        return tr("cancelled while writing: not stored; the module runs the old parameters until it restarts, "
                  "and a read shows what was written");
    case Step::Store:
        return tr("cancelled while storing: the new parameters may be stored; they take effect at the next "
                  "restart");
    case Step::Restart:
    case Step::Reappear:
        return tr("cancelled after storing: the module restarts with the new parameters; not verified");
    case Step::Verify:
    case Step::FactoryReset:
        return tr("cancelled while verifying: the module runs the new parameters; not verified");
    }
    return tr("cancelled");
}

void ConfigClient::applyFail(const Failure &failure)
{
    const auto run = std::exchange(m_apply, nullptr);
    run->callback(failure);
}

void ConfigClient::applyDone()
{
    const auto run = std::exchange(m_apply, nullptr);
    run->callback(run->report);
}

void ConfigClient::applyRead()
{
    emit stepStarted(Step::Read);
    confirmedRead(Step::Read, [this](Result<DeviceConfig> config) {
        if (!config)
            return applyFail(config.failure());
        ApplyRun &run = *m_apply;
        run.report.before = *config;
        run.target = *config;

        emit stepStarted(Step::Validate);
        QStringList errors;
        for (const auto &[key, value] : std::as_const(run.changes)) {
            if (run.options.leaveOutAbsent && FieldTable::find(key) && !run.target.field(key)) {
                run.report.leftOut << run.target.field(key).error();
                continue;
            }
            if (const auto set = run.target.setValue(key, value); !set)
                errors << set.error();
        }
        if (!errors.isEmpty())
            return applyFail(failure(Step::Validate, errors.join(QStringLiteral("; ")), ErrorCode::RefusedInput));
        for (const QString &key : run.target.keys()) {
            if (*run.target.value(key) != *config->value(key))
                run.report.changedKeys << key;
        }
        if (run.report.changedKeys.isEmpty()) {
            run.report.after = *config;
            return applyDone();
        }
        if (config->basic() != run.target.basic())
            run.pendingBlocks.append({ BlockKind::Basic, 0 });
        for (int i = 0; i < config->portCount(); ++i) {
            if (config->port(i) != run.target.port(i))
                run.pendingBlocks.append({ BlockKind::Port, i });
        }
        if (config->cloud() != run.target.cloud())
            run.pendingBlocks.append({ BlockKind::Cloud, 0 });
        const Credentials next { run.target.value(u"user")->toString(),
                                 run.target.value(u"password")->toString() };
        if (next.user != m_credentials.user || next.password != m_credentials.password)
            run.newCredentials = next;
        emit stepStarted(Step::Write);
        applyWrite();
    });
}

void ConfigClient::applyWrite()
{
    ApplyRun &run = *m_apply;
    if (run.pendingBlocks.isEmpty())
        return applyStore();
    const auto [kind, portIndex] = run.pendingBlocks.takeFirst();
    write(run.target, kind, portIndex, [this](Result<void> written) {
        if (!written)
            return applyFail(written.failure());
        applyWrite();
    });
}

void ConfigClient::applyStore()
{
    ApplyRun &run = *m_apply;
    if (!run.options.store)
        return applyRestart();
    // A family without a store command (the 302) saves by write, restart, verify.
    if (!run.target.model().takes(Command::Store)) {
        run.report.storedOnWrite = true;
        return applyRestart();
    }
    emit stepStarted(Step::Store);
    store([this](Result<void> stored) {
        ApplyRun &run = *m_apply;
        // Some modules store on write and refuse the store, or ignore it (protocol.md §8): a
        // restart and the read-back after it tell whether the write was kept.
        const bool mayStoreOnWrite = run.options.restart && run.options.verify
                && (stored.errorCode() == ErrorCode::Rejected || stored.errorCode() == ErrorCode::Timeout);
        if (!stored && !mayStoreOnWrite)
            return applyFail(stored.failure());
        run.report.storedOnWrite = !stored;
        if (!stored && stored.errorCode() == ErrorCode::Timeout)
            run.unansweredStore = stored.failure();
        applyRestart();
    });
}

void ConfigClient::applyRestart()
{
    if (!m_apply->options.restart)
        return applyVerify();
    emit stepStarted(Step::Restart);
    restart([this](Result<void> restarted) {
        if (!restarted)
            return applyFail(restarted.errorCode() == ErrorCode::Timeout && m_apply->unansweredStore
                                     ? *m_apply->unansweredStore
                                     : restarted.failure());
        // New credentials are in force once the stored parameters are.
        if (m_apply->newCredentials && m_apply->options.store)
            m_credentials = *m_apply->newCredentials;
        QTimer::singleShot(m_apply->options.restartSettleMs, m_pending, [this] { applyReappear(); });
    });
}

void ConfigClient::applyReappear()
{
    emit stepStarted(Step::Reappear);
    waitForReappearance(m_apply->options.reappearTimeoutMs, [this](Result<FoundDevice> found) {
        if (!found)
            return applyFail(found.failure());
        m_apply->report.reappeared = *found;
        // A module re-addressed by this apply is now at its new address.
        if (m_channel->options().unicast)
            m_channel->setUnicast(QHostAddress(found->reply.ipv4()));
        applyVerify();
    });
}

void ConfigClient::applyVerify()
{
    if (!m_apply->options.verify) {
        m_apply->report.after = m_apply->target;
        return applyDone();
    }
    emit stepStarted(Step::Verify);
    confirmedRead(Step::Verify, [this](Result<DeviceConfig> config) {
        if (!config)
            return applyFail(config.failure());
        ApplyRun &run = *m_apply;
        run.report.after = *config;
        QStringList mismatches;
        for (const QString &key : std::as_const(run.report.changedKeys)) {
            const QJsonValue expected = *run.target.value(key);
            const QJsonValue actual = *config->value(key);
            if (actual != expected)
                mismatches << tr("%1 is %2, expected %3")
                                      .arg(key, FieldDef::toText(actual), FieldDef::toText(expected));
        }
        if (!mismatches.isEmpty()) {
            QString cause = mismatches.join(QStringLiteral("; "));
            if (run.report.storedOnWrite)
                cause += tr(" (the module took no store command, and did not keep what was written across its restart)");
            return applyFail(failure(Step::Verify, cause, ErrorCode::VerifyMismatch));
        }
        applyDone();
    });
}

} // namespace s2e
