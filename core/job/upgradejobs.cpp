#include "upgradejobs.h"

namespace s2e {

WebUploadJob::WebUploadJob(const WebPageUploader::Options &options, QByteArray image, QObject *parent)
    : Job(QStringLiteral("%1:%2").arg(options.address.toString()).arg(options.port), parent),
      m_uploader(new WebPageUploader(options, this)),
      m_image(std::move(image))
{
    connect(m_uploader, &WebPageUploader::progressChanged, this, [this](qint64 sent, qint64 total) {
        setStep(tr("upload"), total > 0 ? double(sent) / double(total) : -1);
    });
}

void WebUploadJob::run()
{
    m_uploader->start(m_image, [this](Result<void> done) {
        if (!isRunning())
            return;
        if (!done)
            return fail(Failure { done.error(), done.errorCode() == ErrorCode::Failed ? ErrorCode::Io : done.errorCode() });
        succeed();
    });
}

void WebUploadJob::abandon()
{
    m_uploader->cancel();
}

QString WebUploadJob::cancelledMessage() const
{
    return tr("upload cancelled: the module keeps its old web pages");
}

UpgradeJob::UpgradeJob(const FirmwareUpgrader::Options &options, QByteArray image, QObject *parent)
    : Job(options.mac.toString(), parent), m_upgrader(new FirmwareUpgrader(options, this)), m_image(std::move(image))
{
    connect(m_upgrader, &FirmwareUpgrader::stageStarted, this, [this](FirmwareUpgrader::Stage stage) {
        m_stage = stage;
        setStep(FirmwareUpgrader::stageName(stage));
    });
    connect(m_upgrader, &FirmwareUpgrader::progressChanged, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            setFraction(double(sent) / double(total));
    });
}

void UpgradeJob::run()
{
    m_upgrader->start(m_image, [this](Result<FirmwareUpgrader::Report> report) {
        if (!isRunning())
            return;
        if (!report) {
            // Refused while checking the image: bad input, nothing reached the module.
            const bool refused = m_stage == FirmwareUpgrader::Stage::Check;
            return fail(Failure { report.error(), refused ? ErrorCode::RefusedInput : report.errorCode() });
        }
        m_report = *report;
        succeed();
    });
}

void UpgradeJob::abandon()
{
    m_upgrader->cancel();
}

QString UpgradeJob::cancelledMessage() const
{
    if (!m_stage || *m_stage == FirmwareUpgrader::Stage::Find || *m_stage == FirmwareUpgrader::Stage::Check)
        return tr("upgrade cancelled before anything was sent: the module is unchanged");
    if (*m_stage == FirmwareUpgrader::Stage::Reappear)
        return tr("upgrade cancelled after the transfer: the module starts its new firmware; not checked");
    return tr("upgrade cancelled during %1: the module waits in its boot loader for the next attempt")
            .arg(FirmwareUpgrader::stageName(*m_stage));
}

} // namespace s2e
