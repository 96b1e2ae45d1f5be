#pragma once

#include "jobdialog.h"
#include "job/upgradejobs.h"
#include "net/founddevice.h"

class QCheckBox;

namespace s2e::ui {

// Upgrades one module's firmware: the image is checked as soon as it is chosen (the
// checks' message in red, sending it anyway only when asked), then every stage and the
// TFTP progress are shown; Cancel stops at once.
class FirmwareDialog : public JobDialog
{
    Q_OBJECT

public:
    FirmwareDialog(const FoundDevice &module, const FirmwareUpgrader::Options &options,
                   QWidget *parent = nullptr);

    void setImageFile(const QString &path);
    // The address the boot loader will be given, and this machine's it reads from.
    QString addressText() const;
    QCheckBox *forceCheck() const { return m_force; }

protected:
    bool sourceReady() const override;
    Job *createJob() override;
    QString doneText(const Job &job) const override;

private:
    void showAddresses(const QHostAddress &module, const QHostAddress &server);

    FoundDevice m_module;
    FirmwareUpgrader::Options m_options;
    QByteArray m_image;
    bool m_imageValid = false;
    QCheckBox *m_force;
    QLabel *m_addresses;
};

} // namespace s2e::ui
