// Fuzz target: the four-byte short reply.
#include "fuzzcheck.h"
#include "protocol/shortreply.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto reply = ShortReply::parse(input, &error))
        fuzzCheck(reply->encode() == input);
    else
        fuzzCheck(!error.isEmpty());
    return 0;
}
