// Fuzz target: the web page image (a file system of linked records).
#include "fuzzcheck.h"
#include "protocol/upgrade/fsimage.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto files = FsImage::parse(input, FsImageLayout::m4(), &error)) {
        for (const FsImage::File &file : *files)
            fuzzCheck(file.path.startsWith(u'/'));
    } else {
        fuzzCheck(!error.isEmpty());
    }
    return 0;
}
