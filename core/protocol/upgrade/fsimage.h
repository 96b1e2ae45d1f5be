#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace s2e {

// Where a model's web file system lives in flash and how large it may be (protocol.md §5).
struct FsImageLayout
{
    quint32 base = 0x00054000; // M4
    qsizetype limit = 133120;

    static FsImageLayout m4() { return {}; }
    static FsImageLayout m0() { return { 0x0001D000, 133120 }; }
};

// The module's web pages as one image: a relocated lwIP "fsdata" file system. Layout: a u32
// pointer to the first file record; each file's path (NUL-terminated) and bytes, padded
// with 1-4 bytes to a 4-byte boundary; then one 20-byte record per file {next, name, data,
// length, flags} (u32 LE, absolute addresses), each record's `next` pointing to the record
// before it and the first record's `next` 0.
class FsImage
{
    Q_DECLARE_TR_FUNCTIONS(FsImage)

public:
    struct File
    {
        QString path; // "/dir/name"
        QByteArray data;
        friend bool operator==(const File &, const File &) = default;
    };

    // Files in path order. Refused over the layout's limit, naming the size and the limit.
    static Result<QByteArray> build(QList<File> files, const FsImageLayout &layout = {});
    // Every regular file below `folder`, paths relative to it.
    static Result<QList<File>> readFolder(const QString &folder);
    // Files in path order; never reads outside the image, whatever its pointers say.
    static std::optional<QList<File>> parse(QByteArrayView image, const FsImageLayout &layout,
                                            QString *error);
};

} // namespace s2e
