#pragma once

#include "job.h"
#include "net/batchapply.h"

namespace s2e {

// The same changes to several modules (a profile, edits): one job whose progress is the
// modules done, ending ok only when every module was saved and verified; each module's own
// outcome comes from its batch.
class BatchJob : public Job
{
    Q_OBJECT

public:
    BatchJob(const QList<MacAddress> &modules, const FieldChanges &changes, const Credentials &credentials,
             const SettingChannel::Options &channel, const ConfigClient::ApplyOptions &options,
             QObject *parent = nullptr);
    BatchApply *batch() const { return m_batch; }

protected:
    void run() override;
    void abandon() override;
    QString cancelledMessage() const override;

private:
    BatchApply *m_batch;
};

} // namespace s2e
