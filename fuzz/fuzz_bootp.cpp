// Fuzz target: BOOTP packets of a firmware upgrade.
#include "fuzzcheck.h"
#include "protocol/upgrade/bootppacket.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto packet = BootpPacket::parse(input, &error))
        fuzzCheck(BootpPacket::parse(packet->encode(), &error).has_value());
    else
        fuzzCheck(!error.isEmpty());
    return 0;
}
