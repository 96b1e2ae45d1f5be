// Fuzz target: the read reply (raw parameter blocks): lossless when it parses.
#include "fuzzcheck.h"
#include "protocol/deviceconfig.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto config = DeviceConfig::parse(input, &error))
        fuzzCheck(config->encode() == input);
    else
        fuzzCheck(!error.isEmpty());
    return 0;
}
