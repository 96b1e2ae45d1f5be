#include "fsimage.h"

#include "protocol/bytes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace s2e {

namespace {
constexpr int RecordSize = 20;
}

Result<QByteArray> FsImage::build(QList<File> files, const FsImageLayout &layout)
{
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) { return a.path < b.path; });
    QByteArray image(4, '\0');
    struct Placed
    {
        quint32 name;
        quint32 data;
        quint32 length;
    };
    QList<Placed> placed;
    for (const File &file : std::as_const(files)) {
        if (!file.path.startsWith(QLatin1Char('/')) || !bytes::isPrintableAscii(file.path))
            return Failure { tr("%1: a path must start with / and be printable ASCII").arg(file.path) };
        const quint32 name = layout.base + quint32(image.size());
        image += file.path.toLatin1() + '\0';
        const quint32 data = layout.base + quint32(image.size());
        image += file.data;
        image += QByteArray(4 - image.size() % 4, '\0'); // 1 to 4 bytes
        placed.append({ name, data, quint32(file.data.size()) });
    }
    quint32 previous = 0;
    for (const Placed &p : std::as_const(placed)) {
        const quint32 record = layout.base + quint32(image.size());
        QByteArray entry(RecordSize, '\0');
        bytes::writeLe(entry, 0, 4, previous);
        bytes::writeLe(entry, 4, 4, p.name);
        bytes::writeLe(entry, 8, 4, p.data);
        bytes::writeLe(entry, 12, 4, p.length);
        image += entry;
        previous = record;
    }
    bytes::writeLe(image, 0, 4, previous);
    if (image.size() > layout.limit)
        return Failure { tr("the web page image is %1 bytes, over the module's limit of %2 bytes")
                                 .arg(image.size())
                                 .arg(layout.limit) };
    return image;
}

Result<QList<FsImage::File>> FsImage::readFolder(const QString &folder)
{
    const QDir root(folder);
    if (!root.exists())
        return Failure { tr("%1: no such folder").arg(folder) };
    QList<File> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Failure { tr("%1: %2").arg(path, file.errorString()) };
        files.append({ QLatin1Char('/') + root.relativeFilePath(path), file.readAll() });
    }
    return files;
}

std::optional<QList<FsImage::File>> FsImage::parse(QByteArrayView image, const FsImageLayout &layout,
                                                   QString *error)
{
    if (image.size() < 4)
        return parseError(error, tr("web page image of %1 bytes is too short").arg(image.size()));
    if (image.size() > layout.limit)
        return parseError(error, tr("web page image of %1 bytes is over the limit of %2").arg(image.size()).arg(layout.limit));
    // Offsets into the image of an absolute address, or -1 outside it.
    const auto offsetOf = [&](quint32 address, qsizetype length) -> qsizetype {
        if (address < layout.base)
            return -1;
        const qint64 offset = qint64(address) - layout.base;
        return offset + length <= image.size() ? qsizetype(offset) : -1;
    };
    QList<File> files;
    quint32 record = bytes::readLe(image, 0, 4);
    const qsizetype maxRecords = image.size() / RecordSize;
    while (record != 0) {
        if (files.size() >= maxRecords)
            return parseError(error, tr("the image's file records form a loop"));
        const qsizetype at = offsetOf(record, RecordSize);
        if (at < 0)
            return parseError(error, tr("file record at 0x%1 lies outside the image").arg(record, 0, 16));
        const quint32 next = bytes::readLe(image, at, 4);
        const quint32 name = bytes::readLe(image, at + 4, 4);
        const quint32 data = bytes::readLe(image, at + 8, 4);
        const quint32 length = bytes::readLe(image, at + 12, 4);
        const qsizetype nameAt = offsetOf(name, 1);
        const qsizetype dataAt = offsetOf(data, qsizetype(length));
        if (nameAt < 0 || dataAt < 0)
            return parseError(error, tr("file record at 0x%1 points outside the image").arg(record, 0, 16));
        const qsizetype nameEnd = image.sliced(nameAt).indexOf('\0');
        if (nameEnd < 0)
            return parseError(error, tr("a file name at 0x%1 has no end").arg(name, 0, 16));
        // Only what build() accepts is a file: an image of ours always reads back.
        const QString path = QString::fromLatin1(image.sliced(nameAt, nameEnd));
        if (!path.startsWith(QLatin1Char('/')) || !bytes::isPrintableAscii(path))
            return parseError(error, tr("the file name at 0x%1 is not a path (/ then printable ASCII)")
                                             .arg(name, 0, 16));
        files.append({ path, image.sliced(dataAt, length).toByteArray() });
        record = next;
    }
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) { return a.path < b.path; });
    return files;
}

} // namespace s2e
