#pragma once

#include "job.h"
#include "upgrade/firmwareupgrader.h"
#include "upgrade/webpageuploader.h"

namespace s2e {

// Custom web pages to a module's upload port. Cancelling closes the connection; the module
// keeps its old pages until an upload completes.
class WebUploadJob : public Job
{
    Q_OBJECT

public:
    WebUploadJob(const WebPageUploader::Options &options, QByteArray image, QObject *parent = nullptr);

protected:
    void run() override;
    void abandon() override;
    QString cancelledMessage() const override;

private:
    WebPageUploader *m_uploader;
    QByteArray m_image;
};

// A firmware upgrade: find, check, magic packet, BOOTP, TFTP, wait for the new firmware. Its
// upgrader is there for the stage-specific signals (addresses chosen, notes).
class UpgradeJob : public Job
{
    Q_OBJECT

public:
    UpgradeJob(const FirmwareUpgrader::Options &options, QByteArray image, QObject *parent = nullptr);
    FirmwareUpgrader *upgrader() const { return m_upgrader; }
    std::optional<FirmwareUpgrader::Stage> stage() const { return m_stage; }
    const std::optional<FirmwareUpgrader::Report> &report() const { return m_report; }

protected:
    void run() override;
    void abandon() override;
    QString cancelledMessage() const override;

private:
    FirmwareUpgrader *m_upgrader;
    QByteArray m_image;
    std::optional<FirmwareUpgrader::Stage> m_stage;
    std::optional<FirmwareUpgrader::Report> m_report;
};

} // namespace s2e
