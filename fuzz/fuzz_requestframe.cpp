// Fuzz target: a setting-protocol request, as the virtual module receives it.
#include "fuzzcheck.h"
#include "protocol/requestframe.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto frame = RequestFrame::parse(input, &error))
        fuzzCheck(RequestFrame::parse(frame->encode(), &error).has_value());
    else
        fuzzCheck(!error.isEmpty());
    return 0;
}
