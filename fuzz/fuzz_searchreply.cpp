// Fuzz target: the 36-byte search reply.
#include "fuzzcheck.h"
#include "protocol/searchreply.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto reply = SearchReply::parse(input, &error))
        fuzzCheck(SearchReply::parse(reply->encode(), &error).has_value());
    else
        fuzzCheck(!error.isEmpty());
    return 0;
}
