#include "firmwaredialog.h"

#include "upgrade/imagefile.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace s2e::ui {

FirmwareDialog::FirmwareDialog(const FoundDevice &module, const FirmwareUpgrader::Options &options,
                               QWidget *parent)
    : JobDialog(tr("Firmware image:"), tr("Upgrade"), parent),
      m_module(module),
      m_options(options),
      m_force(new QCheckBox(tr("Send it anyway (the module may not start with it)"))),
      m_addresses(new QLabel)
{
    m_options.mac = module.reply.mac();
    setWindowTitle(tr("Upgrade firmware of %1").arg(module.reply.name()));
    auto *browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Firmware image"), this->path()->text(),
                                                          tr("Firmware images (*.bin);;All files (*)"));
        if (!path.isEmpty())
            setImageFile(path);
    });
    addSourceButton(browse);
    connect(path(), &QLineEdit::editingFinished, this, [this] { setImageFile(path()->text()); });
    m_force->hide();
    connect(m_force, &QCheckBox::toggled, this, &FirmwareDialog::updateButtons);
    m_addresses->setWordWrap(true);
    addDetail(m_force);
    addDetail(m_addresses);
    showAddresses(m_options.moduleIp.isNull() ? QHostAddress(module.reply.ipv4()) : m_options.moduleIp,
                  m_options.serverIp.isNull() ? module.localAddress : m_options.serverIp);
    showStage(tr("Module %1 (%2), firmware %3")
                      .arg(module.reply.mac().toString(), module.reply.ipString())
                      .arg(module.reply.firmware()));
    updateButtons();
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

bool FirmwareDialog::sourceReady() const
{
    return !m_image.isEmpty() && (m_imageValid || m_force->isChecked());
}

void FirmwareDialog::setImageFile(const QString &path)
{
    this->path()->setText(path);
    m_image.clear();
    m_imageValid = false;
    const auto image = readImageFile(path);
    if (!image) {
        showCheck(image.error(), false);
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
    showCheck(m_imageValid ? facts : tr("%1\nRefused: %2").arg(facts, checked.error()), m_imageValid);
    m_force->setChecked(false);
    m_force->setVisible(!m_imageValid);
    updateButtons();
}

Job *FirmwareDialog::createJob()
{
    auto options = m_options;
    options.force = m_force->isChecked();
    auto *job = new UpgradeJob(options, m_image, this);
    connect(job->upgrader(), &FirmwareUpgrader::addressesChosen, this, &FirmwareDialog::showAddresses);
    return job;
}

QString FirmwareDialog::doneText(const Job &job) const
{
    const auto &report = *static_cast<const UpgradeJob &>(job).report();
    return tr("Done: the module answered at %1 with firmware %2").arg(report.address.toString()).arg(report.firmware);
}

} // namespace s2e::ui
