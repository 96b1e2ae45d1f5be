// Fuzz target: the 8-byte similar-RFC2217 packet.
#include "fuzzcheck.h"
#include "protocol/rfc2217packet.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto packet = Rfc2217Packet::parse(input, &error))
        // Whichever form its sum is in, a sound packet is encoded as it came.
        fuzzCheck(packet->encode().size() == Rfc2217Packet::Size && (!packet->checksumOk() || packet->encode() == input));
    else
        fuzzCheck(!error.isEmpty());
    return 0;
}
