#include "ctlcontext.h"
#include "job/batchjob.h"
#include "net/batchapply.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace s2e;

void runApply(const CtlContext &context, const QStringList &arguments)
{
    if (arguments.size() < 2) {
        printError(tr("usage: s2ectl apply FILE MAC..."));
        return finish(ExitUsage);
    }
    const auto profile = Profile::load(arguments.first());
    if (!profile) {
        printError(profile.error());
        return finish(ExitUsage);
    }
    QList<MacAddress> modules;
    for (const QString &argument : arguments.mid(1)) {
        const auto mac = macArgument(argument);
        if (!mac)
            return finish(ExitUsage);
        modules.append(*mac);
    }
    const FieldChanges changes = profile->changes(context.only, context.withIdentity);
    if (changes.isEmpty()) {
        printError(tr("no field of the profile is selected; check --only"));
        return finish(ExitUsage);
    }
    // A profile of another family is mapped by key: what the module has no place for is left out.
    auto options = context.apply;
    options.leaveOutAbsent = true;
    auto *job = new BatchJob(modules, changes, context.credentials, context.channel, options, qApp);
    BatchApply *batch = job->batch();
    QObject::connect(batch, &BatchApply::moduleFinished, batch,
                     [json = context.json](const BatchApply::ModuleResult &result) {
        if (json)
            return;
        if (result.error.isEmpty()) {
            printLine(QCoreApplication::translate("s2ectl", "%1: ok, %n field(s) changed", nullptr,
                                                  int(result.changedKeys.size()))
                              .arg(result.mac.toString()));
            for (const QString &leftOut : result.leftOut)
                printLine(tr("%1: left out: %2").arg(result.mac.toString(), leftOut));
            if (result.storedOnWrite)
                printLine(storedOnWriteText(result.mac.toString()));
        } else
            printLine(tr("FAILED %1").arg(result.error));
    });
    QObject::connect(job, &Job::finished, job, [batch, json = context.json] {
        if (json) {
            QJsonArray array;
            for (const BatchApply::ModuleResult &result : batch->results()) {
                QJsonObject object { { QStringLiteral("mac"), result.mac.toString() },
                                     { QStringLiteral("ok"), result.error.isEmpty() },
                                     { QStringLiteral("changed"),
                                       QJsonArray::fromStringList(result.changedKeys) } };
                if (!result.error.isEmpty())
                    object.insert(QStringLiteral("error"), result.error);
                if (!result.leftOut.isEmpty())
                    object.insert(QStringLiteral("left_out"), QJsonArray::fromStringList(result.leftOut));
                if (result.storedOnWrite)
                    object.insert(QStringLiteral("stored_on_write"), true);
                array.append(object);
            }
            printJson(array);
        }
        finish(batch->failureCount() == 0 ? ExitOk : ExitFailed);
    });
    job->start();
}
