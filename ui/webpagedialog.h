#pragma once

#include "jobdialog.h"
#include "job/upgradejobs.h"
#include "net/founddevice.h"

namespace s2e::ui {

// Uploads custom web pages to one module: a folder (built into the module's image format,
// refused when it does not fit) or a ready image file; progress per 512-byte block, Cancel.
class WebPageDialog : public JobDialog
{
    Q_OBJECT

public:
    WebPageDialog(const FoundDevice &module, const WebPageUploader::Options &options,
                  QWidget *parent = nullptr);

    // A folder or an image file.
    void setSource(const QString &path);

protected:
    bool sourceReady() const override { return !m_image.isEmpty(); }
    Job *createJob() override;
    void showProgress(const QString &step, double fraction) override;
    QString doneText(const Job &job) const override;

private:
    WebPageUploader::Options m_options;
    QByteArray m_image;
};

} // namespace s2e::ui
