// s2ectl commands that talk to one module: get, set, restart, factory-reset, export.
#include "ctlcontext.h"
#include "job/configjobs.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace s2e;

namespace {

// The MAC argument, or nullopt after a usage error.
std::optional<MacAddress> macFor(const QStringList &arguments, int minArgs, int maxArgs, const char *usage)
{
    if (arguments.size() < minArgs || (maxArgs >= 0 && arguments.size() > maxArgs)) {
        printError(tr("usage: s2ectl %1").arg(QLatin1String(usage)));
        finish(ExitUsage);
        return std::nullopt;
    }
    const auto mac = macArgument(arguments.first());
    if (!mac)
        finish(ExitUsage);
    return mac;
}

// The MAC argument and a client for it, or nullptr after a usage error.
ConfigClient *clientFor(const CtlContext &context, const QStringList &arguments, int minArgs,
                        int maxArgs, const char *usage)
{
    const auto mac = macFor(arguments, minArgs, maxArgs, usage);
    return mac ? new ConfigClient(*mac, context.credentials, context.channel, qApp) : nullptr;
}

// Runs a job as s2e-studio runs it; a failure is printed and ends the command.
template<typename J>
void run(J *job, std::function<void(const J &)> done)
{
    QObject::connect(job, &Job::finished, job, [job, done] {
        if (!job->result()) {
            printError(job->result().error());
            return finish(ExitFailed);
        }
        done(*job);
    });
    job->start();
}

} // namespace

void runGet(const CtlContext &context, const QStringList &arguments)
{
    const auto mac = macFor(arguments, 1, 1, "get MAC");
    if (!mac)
        return;
    run<ReadJob>(new ReadJob(*mac, context.credentials, context.channel, qApp), [json = context.json](const ReadJob &job) {
        const DeviceConfig &config = *job.config();
        if (json) {
            printJson(config.fields());
        } else {
            for (const QString &key : config.keys())
                printLine(QStringLiteral("%1=%2").arg(key, FieldDef::toText(*config.value(key))));
        }
        finish(ExitOk);
    });
}

void runSet(const CtlContext &context, const QStringList &arguments)
{
    const auto mac = macFor(arguments, 2, -1, "set MAC key=value...");
    if (!mac)
        return;
    FieldChanges changes;
    for (const QString &argument : arguments.mid(1)) {
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            printError(tr("\"%1\" is not key=value").arg(argument));
            return finish(ExitUsage);
        }
        changes.append({ argument.left(equals), argument.mid(equals + 1) });
    }
    if (const auto checked = ConfigClient::checkChanges(changes); !checked) {
        printError(checked.error());
        return finish(ExitUsage);
    }
    auto *job = new ApplyJob(*mac, context.credentials, context.channel, changes, context.apply, qApp);
    run<ApplyJob>(job, [json = context.json](const ApplyJob &job) {
        const ConfigClient::ApplyReport &report = *job.report();
        QJsonObject changed;
        for (const QString &key : report.changedKeys) {
            const QJsonValue from = *report.before.value(key);
            const QJsonValue to = *report.after.value(key);
            changed.insert(key, QJsonObject { { QStringLiteral("from"), from },
                                              { QStringLiteral("to"), to } });
            if (!json)
                printLine(QStringLiteral("%1: %2 -> %3")
                                  .arg(key, FieldDef::toText(from), FieldDef::toText(to)));
        }
        if (json) {
            QJsonObject object { { QStringLiteral("mac"), job.subject() }, { QStringLiteral("changed"), changed } };
            if (report.storedOnWrite)
                object.insert(QStringLiteral("stored_on_write"), true);
            printJson(object);
        } else if (report.changedKeys.isEmpty()) {
            printLine(tr("%1: nothing to change").arg(job.subject()));
        } else if (report.storedOnWrite) {
            printLine(storedOnWriteText(job.subject()));
        }
        finish(ExitOk);
    });
}

namespace {

// Sends one command and, after a restart, waits until the module answers a search again.
void commandThenRestart(const CtlContext &context, const QStringList &arguments, bool reset)
{
    const auto mac = macFor(arguments, 1, 1, reset ? "factory-reset MAC" : "restart MAC");
    if (!mac)
        return;
    auto *job = new RestartJob(*mac, context.credentials, context.channel, reset, context.apply, qApp);
    run<RestartJob>(job, [json = context.json](const RestartJob &job) {
        const FoundDevice &found = *job.reappeared();
        if (json)
            printJson(QJsonObject { { QStringLiteral("mac"), job.subject() },
                                    { QStringLiteral("ip"), found.reply.ipString() },
                                    { QStringLiteral("name"), found.reply.name() } });
        else
            printLine(tr("%1: restarted, answering at %2 as %3")
                              .arg(job.subject(), found.reply.ipString(), found.reply.name()));
        finish(ExitOk);
    });
}

} // namespace

void runRestart(const CtlContext &context, const QStringList &arguments)
{
    commandThenRestart(context, arguments, false);
}

void runFactoryReset(const CtlContext &context, const QStringList &arguments)
{
    commandThenRestart(context, arguments, true);
}

void runExport(const CtlContext &context, const QStringList &arguments)
{
    auto *client = clientFor(context, arguments, 2, 2, "export MAC FILE");
    if (!client)
        return;
    const QString path = arguments.at(1);
    client->read([client, path, context](Result<DeviceConfig> config) {
        if (!config) {
            printError(config.error());
            return finish(ExitFailed);
        }
        // The search adds the model and firmware to the profile.
        client->waitForReappearance(qMax(context.finder.capMs, 1000),
                                    [client, path, config = *config, withPassword = context.withPassword](Result<FoundDevice> found) {
            std::optional<SearchReply> module;
            if (found)
                module = found->reply;
            else
                printError(tr("warning: %1 did not answer a search; the profile has no model "
                              "information").arg(client->mac().toString()));
            const Profile profile = Profile::fromConfig(config, module, withPassword);
            if (const auto saved = profile.save(path); !saved) {
                printError(saved.error());
                return finish(ExitFailed);
            }
            printLine(tr("%1: %2 parameters written to %3")
                              .arg(client->mac().toString())
                              .arg(config.keys().size())
                              .arg(path));
            if (!profile.leftOutSecrets().isEmpty())
                printLine(tr("%1 left out (add --with-password to include it)")
                                  .arg(profile.leftOutSecrets().join(QStringLiteral(", "))));
            finish(ExitOk);
        });
    });
}
