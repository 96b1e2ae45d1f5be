#include "firmwaredialog.h"

#include "upgrade/imagefile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace s2e::ui {

FirmwareDialog::FirmwareDialog(const FoundDevice &module, const FirmwareUpgrader::Options &options,
                               QWidget *parent)
    : QDialog(parent),
      m_module(module),
      m_options(options),
      m_path(new QLineEdit),
      m_check(new QLabel),
      m_force(new QCheckBox(tr("Send it anyway (the module may not start with it)"))),
      m_stage(new QLabel),
      m_addresses(new QLabel),
      m_progress(new QProgressBar),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    m_options.mac = module.reply.mac();
    setWindowTitle(tr("Upgrade firmware of %1").arg(module.reply.name()));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Firmware image"), m_path->text(),
                                                          tr("Firmware images (*.bin);;All files (*)"));
        if (!path.isEmpty())
            setImageFile(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setImageFile(m_path->text()); });
    m_check->setWordWrap(true);
    m_force->hide();
    connect(m_force, &QCheckBox::toggled, this, &FirmwareDialog::updateButtons);
    m_stage->setText(tr("Module %1 (%2), firmware %3")
                             .arg(module.reply.mac().toString(), module.reply.ipString())
                             .arg(module.reply.firmware()));
    m_addresses->setWordWrap(true);
    showAddresses(m_options.moduleIp.isNull() ? QHostAddress(module.reply.ipv4()) : m_options.moduleIp,
                  m_options.serverIp.isNull() ? module.localAddress : m_options.serverIp);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    auto *startButton = m_buttons->addButton(tr("Upgrade"), QDialogButtonBox::AcceptRole);
    startButton->setObjectName(QStringLiteral("startButton"));
    connect(startButton, &QPushButton::clicked, this, &FirmwareDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirmwareDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Firmware image:")));
    layout->addLayout(fileRow);
    layout->addWidget(m_check);
    layout->addWidget(m_force);
    layout->addWidget(m_addresses);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(560, 260);
    updateButtons();
}

QString FirmwareDialog::checkText() const
{
    return m_check->text();
}

void FirmwareDialog::showAddresses(const QHostAddress &module, const QHostAddress &server)
{
    m_addresses->setText(tr("The boot loader will be given the address %1 and read the image from %2.")
                                 .arg(module.toString(),
                                      server.isNull() ? tr("this machine's address in its subnet") : server.toString()));
}

QString FirmwareDialog::addressText() const
{
    return m_addresses->text();
}

QString FirmwareDialog::stageText() const
{
    return m_stage->text();
}

bool FirmwareDialog::canStart() const
{
    return !m_upgrader && !m_image.isEmpty() && (m_imageValid || m_force->isChecked());
}

void FirmwareDialog::setImageFile(const QString &path)
{
    m_path->setText(path);
    m_image.clear();
    m_imageValid = false;
    const auto image = readImageFile(path);
    if (!image) {
        m_check->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_check->setText(image.error());
        m_force->hide();
        return updateButtons();
    }
    m_image = *image;
    const quint16 encryption = m_module.reply.encryption();
    const auto checked = FirmwareImage::check(m_image, m_options.layout, FirmwareImage::kindFor(encryption));
    m_imageValid = checked.ok();
    const auto version = FirmwareImage::version(m_image);
    // sha256() is hex already: the whole of it, to compare with a published checksum.
    QString facts = tr("%n byte(s), version %1, SHA-256 %2", nullptr, int(m_image.size()))
                            .arg(version ? QString::number(*version) : tr("unknown"),
                                 QString::fromLatin1(FirmwareImage::sha256(m_image)));
    if (encryption)
        facts += QLatin1Char('\n') + FirmwareImage::skippedCheckReason(encryption);
    m_check->setStyleSheet(m_imageValid ? QString() : QStringLiteral("color: #b00020;"));
    m_check->setText(m_imageValid ? facts : tr("%1\nRefused: %2").arg(facts, checked.error()));
    m_force->setChecked(false);
    m_force->setVisible(!m_imageValid);
    updateButtons();
}

void FirmwareDialog::updateButtons()
{
    if (auto *start = m_buttons->findChild<QPushButton *>(QStringLiteral("startButton")))
        start->setEnabled(canStart());
    m_path->setEnabled(!m_upgrader);
}

void FirmwareDialog::start()
{
    if (!canStart())
        return;
    auto options = m_options;
    options.force = m_force->isChecked();
    m_upgrader = new UpgradeJob(options, m_image, this);
    connect(m_upgrader, &Job::progressed, this, [this](const QString &step, double fraction) {
        m_stage->setText(tr("%1…").arg(step));
        if (fraction < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(fraction * 1000));
        }
    });
    connect(m_upgrader->upgrader(), &FirmwareUpgrader::addressesChosen, this, &FirmwareDialog::showAddresses);
    connect(m_upgrader, &Job::finished, this, [this, job = m_upgrader.data()] {
        job->deleteLater();
        m_upgrader = nullptr;
        const Result<void> &result = job->result();
        m_progress->setRange(0, 1);
        m_progress->setValue(result ? 1 : 0);
        m_stage->setStyleSheet(result ? QString() : QStringLiteral("color: #b00020;"));
        m_stage->setText(result ? tr("Done: the module answered at %1 with firmware %2")
                                          .arg(job->report()->address.toString())
                                          .arg(job->report()->firmware)
                                : result.error());
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        updateButtons();
        emit upgradeFinished(result ? QString() : result.error());
    });
    m_upgrader->start();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateButtons();
}

void FirmwareDialog::cancel()
{
    if (!m_upgrader)
        return;
    m_upgrader->cancel();
}

void FirmwareDialog::reject()
{
    if (m_upgrader)
        return cancel();
    QDialog::reject();
}

} // namespace s2e::ui
