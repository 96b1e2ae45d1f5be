#include "webpagedialog.h"

#include "protocol/upgrade/fsimage.h"
#include "upgrade/imagefile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace s2e::ui {

WebPageDialog::WebPageDialog(const FoundDevice &module, const WebPageUploader::Options &options,
                             QWidget *parent)
    : QDialog(parent),
      m_options(options),
      m_path(new QLineEdit),
      m_check(new QLabel),
      m_stage(new QLabel),
      m_progress(new QProgressBar),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    m_options.address = QHostAddress(module.reply.ipString());
    setWindowTitle(tr("Upload web pages to %1").arg(module.reply.name()));
    auto *folder = new QPushButton(tr("Folder…"));
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder of web pages"), m_path->text());
        if (!path.isEmpty())
            setSource(path);
    });
    auto *file = new QPushButton(tr("Image file…"));
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Web page image"), m_path->text(),
                                                          tr("Web page images (*.bin);;All files (*)"));
        if (!path.isEmpty())
            setSource(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setSource(m_path->text()); });
    m_check->setWordWrap(true);
    m_stage->setWordWrap(true);
    m_stage->setText(tr("Module %1 at %2, TCP port %3")
                             .arg(module.reply.mac().toString(), module.reply.ipString())
                             .arg(m_options.port));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    auto *startButton = m_buttons->addButton(tr("Upload"), QDialogButtonBox::AcceptRole);
    startButton->setObjectName(QStringLiteral("startButton"));
    connect(startButton, &QPushButton::clicked, this, &WebPageDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WebPageDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(folder);
    row->addWidget(file);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Web pages (a folder, or an image built by s2ectl fs-image):")));
    layout->addLayout(row);
    layout->addWidget(m_check);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(560, 240);
    updateButtons();
}

QString WebPageDialog::checkText() const
{
    return m_check->text();
}

QString WebPageDialog::stageText() const
{
    return m_stage->text();
}

bool WebPageDialog::canStart() const
{
    return !m_uploader && !m_image.isEmpty();
}

void WebPageDialog::setSource(const QString &path)
{
    m_path->setText(path);
    m_image.clear();
    const auto image = webPageImage(path);
    QString error;
    const auto files = image ? FsImage::parse(*image, FsImageLayout::m4(), &error) : std::nullopt;
    if (!image || !files) {
        m_check->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_check->setText(image ? tr("%1: not a web page image: %2").arg(path, error) : image.error());
        return updateButtons();
    }
    m_image = *image;
    m_check->setStyleSheet(QString());
    m_check->setText(tr("%n file(s), ", nullptr, int(files->size()))
                     + tr("%n byte(s) in the image", nullptr, int(m_image.size())));
    updateButtons();
}

void WebPageDialog::updateButtons()
{
    if (auto *start = m_buttons->findChild<QPushButton *>(QStringLiteral("startButton")))
        start->setEnabled(canStart());
    m_path->setEnabled(!m_uploader);
}

void WebPageDialog::start()
{
    if (!canStart())
        return;
    m_uploader = new WebUploadJob(m_options, m_image, this);
    connect(m_uploader, &Job::progressed, this, [this](const QString &, double fraction) {
        if (fraction < 0)
            return;
        const qint64 total = m_image.size();
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(fraction * 1000));
        m_stage->setText(tr("%1 of %2 bytes sent").arg(qint64(fraction * double(total))).arg(total));
    });
    m_stage->setStyleSheet(QString());
    m_stage->setText(tr("Connecting to %1…").arg(m_options.address.toString()));
    connect(m_uploader, &Job::finished, this, [this, job = m_uploader.data()] {
        job->deleteLater();
        m_uploader = nullptr;
        const Result<void> &result = job->result();
        m_stage->setStyleSheet(result ? QString() : QStringLiteral("color: #b00020;"));
        m_stage->setText(result ? tr("Done: the module acknowledged every block")
                                : result.error());
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        updateButtons();
        emit uploadFinished(result ? QString() : result.error());
    });
    m_uploader->start();
    updateButtons();
}

void WebPageDialog::cancel()
{
    if (m_uploader)
        m_uploader->cancel();
}

void WebPageDialog::reject()
{
    if (m_uploader)
        return cancel();
    QDialog::reject();
}

} // namespace s2e::ui
