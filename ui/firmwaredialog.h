#pragma once

#include "net/founddevice.h"
#include "job/upgradejobs.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace s2e::ui {

// Upgrades one module's firmware: the image is checked as soon as it is chosen (the
// checks' message in red, sending it anyway only when asked), then every stage and the
// TFTP progress are shown; Cancel stops at once.
class FirmwareDialog : public QDialog
{
    Q_OBJECT

public:
    FirmwareDialog(const FoundDevice &module, const FirmwareUpgrader::Options &options,
                   QWidget *parent = nullptr);

    void setImageFile(const QString &path);
    QString checkText() const;
    QString stageText() const;
    // The address the boot loader will be given, and this machine's it reads from.
    QString addressText() const;
    QCheckBox *forceCheck() const { return m_force; }
    bool canStart() const;

public slots:
    // While the upgrade runs, cancels it instead of closing.
    void reject() override;
    void start();
    void cancel();

signals:
    // The upgrade ended: `error` is empty when the module came back with the new image.
    void upgradeFinished(const QString &error);

private:
    void updateButtons();
    void showAddresses(const QHostAddress &module, const QHostAddress &server);

    FoundDevice m_module;
    FirmwareUpgrader::Options m_options;
    QByteArray m_image;
    bool m_imageValid = false;
    QLineEdit *m_path;
    QLabel *m_check;
    QCheckBox *m_force;
    QLabel *m_stage;
    QLabel *m_addresses;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPointer<UpgradeJob> m_upgrader;
};

} // namespace s2e::ui
