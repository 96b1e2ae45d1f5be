#include "imagefile.h"

#include "protocol/upgrade/fsimage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace s2e {

Result<QByteArray> readImageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure { QCoreApplication::translate("ImageFile", "%1: %2").arg(path, file.errorString()) };
    return file.readAll();
}

Result<QByteArray> webPageImage(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return readImageFile(path);
    const auto files = FsImage::readFolder(path);
    if (!files)
        return Failure { files.error() };
    return FsImage::build(*files);
}

} // namespace s2e
