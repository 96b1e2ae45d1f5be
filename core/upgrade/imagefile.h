#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QString>

namespace s2e {

// A firmware or web page image file, read whole; the error names the file.
Result<QByteArray> readImageFile(const QString &path);
// What a web page upload sends: an image file as it is, or a folder built into one.
Result<QByteArray> webPageImage(const QString &path);

} // namespace s2e
