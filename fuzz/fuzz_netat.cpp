// Fuzz target: the net AT keyword answer "IP,MAC,MODULE".
#include "fuzzcheck.h"
#include "protocol/at/netatdevice.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    if (const auto device = NetAtDevice::parse(input))
        fuzzCheck(!device->address.isNull() && device->mac.size() == 12);
    return 0;
}
