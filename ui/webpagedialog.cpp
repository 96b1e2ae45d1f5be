#include "webpagedialog.h"

#include "protocol/upgrade/fsimage.h"
#include "upgrade/imagefile.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>

namespace s2e::ui {

WebPageDialog::WebPageDialog(const FoundDevice &module, const WebPageUploader::Options &options,
                             QWidget *parent)
    : JobDialog(tr("Web pages (a folder, or an image built by s2ectl fs-image):"), tr("Upload"), parent),
      m_options(options)
{
    m_options.address = QHostAddress(module.reply.ipString());
    setWindowTitle(tr("Upload web pages to %1").arg(module.reply.name()));
    auto *folder = new QPushButton(tr("Folder…"));
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder of web pages"), this->path()->text());
        if (!path.isEmpty())
            setSource(path);
    });
    auto *file = new QPushButton(tr("Image file…"));
    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Web page image"), this->path()->text(),
                                                          tr("Web page images (*.bin);;All files (*)"));
        if (!path.isEmpty())
            setSource(path);
    });
    addSourceButton(folder);
    addSourceButton(file);
    connect(path(), &QLineEdit::editingFinished, this, [this] { setSource(path()->text()); });
    showStage(tr("Module %1 at %2, TCP port %3")
                      .arg(module.reply.mac().toString(), module.reply.ipString())
                      .arg(m_options.port));
    updateButtons();
}

void WebPageDialog::setSource(const QString &path)
{
    this->path()->setText(path);
    m_image.clear();
    const auto image = webPageImage(path);
    QString error;
    const auto files = image ? FsImage::parse(*image, FsImageLayout::m4(), &error) : std::nullopt;
    if (!image || !files) {
        showCheck(image ? tr("%1: not a web page image: %2").arg(path, error) : image.error(), false);
        return updateButtons();
    }
    m_image = *image;
    showCheck(tr("%n file(s), ", nullptr, int(files->size())) + tr("%n byte(s) in the image", nullptr, int(m_image.size())),
              true);
    updateButtons();
}

Job *WebPageDialog::createJob()
{
    showStage(tr("Connecting to %1…").arg(m_options.address.toString()));
    return new WebUploadJob(m_options, m_image, this);
}

void WebPageDialog::showProgress(const QString &, double fraction)
{
    if (fraction < 0)
        return;
    const qint64 total = m_image.size();
    showFraction(fraction);
    showStage(tr("%1 of %2 bytes sent").arg(qint64(fraction * double(total))).arg(total));
}

QString WebPageDialog::doneText(const Job &) const
{
    return tr("Done: the module acknowledged every block");
}

} // namespace s2e::ui
