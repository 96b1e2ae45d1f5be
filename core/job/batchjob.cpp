#include "batchjob.h"

namespace s2e {

BatchJob::BatchJob(const QList<MacAddress> &modules, const FieldChanges &changes, const Credentials &credentials,
                   const SettingChannel::Options &channel, const ConfigClient::ApplyOptions &options, QObject *parent)
    : Job(tr("%n module(s)", nullptr, int(modules.size())), parent),
      m_batch(new BatchApply(modules, changes, credentials, channel, options, this))
{
    connect(m_batch, &BatchApply::moduleFinished, this, [this] {
        const int done = int(m_batch->results().size());
        setStep(tr("%1 of %2 modules done").arg(done).arg(m_batch->total()),
                m_batch->total() > 0 ? double(done) / m_batch->total() : 1);
    });
    connect(m_batch, &BatchApply::finished, this, [this] {
        if (!isRunning())
            return;
        QStringList failures;
        for (const BatchApply::ModuleResult &result : m_batch->results()) {
            if (!result.error.isEmpty())
                failures << result.error;
        }
        if (failures.isEmpty())
            return succeed();
        fail(Failure { tr("%1 of %2 module(s) failed: %3")
                               .arg(failures.size())
                               .arg(m_batch->total())
                               .arg(failures.join(QStringLiteral("; "))) });
    });
}

void BatchJob::run()
{
    setStep(tr("%1 of %2 modules done").arg(0).arg(m_batch->total()), 0);
    m_batch->start();
}

void BatchJob::abandon()
{
    m_batch->cancel();
}

QString BatchJob::cancelledMessage() const
{
    return tr("batch cancelled after %1 of %2 modules; each module's row says what it was left with")
            .arg(m_batch->results().size())
            .arg(m_batch->total());
}

} // namespace s2e
