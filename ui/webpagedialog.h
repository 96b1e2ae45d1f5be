#pragma once

#include "net/founddevice.h"
#include "job/upgradejobs.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace s2e::ui {

// Uploads custom web pages to one module: a folder (built into the module's image format,
// refused when it does not fit) or a ready image file; progress per 512-byte block, Cancel.
class WebPageDialog : public QDialog
{
    Q_OBJECT

public:
    WebPageDialog(const FoundDevice &module, const WebPageUploader::Options &options,
                  QWidget *parent = nullptr);

    // A folder or an image file.
    void setSource(const QString &path);
    QString checkText() const;
    QString stageText() const;
    bool canStart() const;

public slots:
    // While the upload runs, cancels it instead of closing.
    void reject() override;
    void start();
    void cancel();

signals:
    void uploadFinished(const QString &error);

private:
    void updateButtons();

    WebPageUploader::Options m_options;
    QByteArray m_image;
    QLineEdit *m_path;
    QLabel *m_check;
    QLabel *m_stage;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPointer<WebUploadJob> m_uploader;
};

} // namespace s2e::ui
