// Fuzz target: what a module sends in AT command mode, cut into reads anywhere.
#include "fuzzcheck.h"
#include "protocol/at/atreply.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    at::AtReplyParser parser;
    // Fed in two pieces cut by the first byte, as reads cut a serial stream.
    const qsizetype cut = input.isEmpty() ? 0 : qsizetype(quint8(input[0])) % (input.size() + 1);
    for (const at::AtReply &reply : parser.feed(input.first(cut)))
        fuzzCheck(at::AtReplyParser::parseLine(reply.encode().trimmed()).has_value());
    for (const at::AtReply &reply : parser.feed(input.sliced(cut)))
        fuzzCheck(at::AtReplyParser::parseLine(reply.encode().trimmed()).has_value());
    parser.flush();
    return 0;
}
