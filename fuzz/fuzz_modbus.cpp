// Fuzz target: Modbus TCP streams and RTU frames.
#include "fuzzcheck.h"
#include "protocol/modbus/modbusadu.h"

using namespace s2e::modbus;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto frame = RtuAdu::parse(input, &error))
        fuzzCheck(frame->encode() == input);
    else
        fuzzCheck(!error.isEmpty());
    // The input as a TCP stream: every ADU taken is encoded as it came, and the stream ends
    // incomplete, or malformed with a reason.
    QByteArrayView rest = input;
    for (;;) {
        qsizetype used = 0;
        const auto adu = TcpAdu::parse(rest, &used, &error);
        if (!adu) {
            fuzzCheck(used == 0);
            break;
        }
        fuzzCheck(used > 0 && used <= rest.size() && adu->encode() == rest.first(used));
        rest = rest.sliced(used);
    }
    return 0;
}
