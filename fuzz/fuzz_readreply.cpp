// Fuzz target: the read reply (raw parameter blocks): lossless when it parses; and the same
// bytes cut into pieces (as many as the first byte says) through the assembler, which never
// keeps more than it was given, calls a reply whole only at a family's length, and then
// holds what a parse places in that family.
#include "fuzzcheck.h"
#include "protocol/deviceconfig.h"
#include "protocol/readreplyassembler.h"

using namespace s2e;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzzInput(data, size);
    QString error;
    if (const auto config = DeviceConfig::parse(input, &error))
        fuzzCheck(config->encode() == input);
    else
        fuzzCheck(!error.isEmpty());

    if (input.isEmpty())
        return 0;
    const qsizetype pieces = 1 + quint8(input[0]) % 4;
    const QByteArrayView rest = input.sliced(1);
    ReadReplyAssembler assembler;
    qsizetype at = 0;
    for (qsizetype i = 0; i < pieces && at < rest.size(); ++i) {
        const qsizetype length = i + 1 == pieces ? rest.size() - at : qMax<qsizetype>(1, rest.size() / pieces);
        assembler.add(rest.sliced(at, qMin(length, rest.size() - at)));
        at += length;
    }
    fuzzCheck(assembler.bytes().size() <= rest.size());
    if (assembler.state() == ReadReplyAssembler::State::Complete) {
        const ModelDef *model = ModelTable::byReadLength(assembler.bytes().size());
        fuzzCheck(model != nullptr);
        const auto config = DeviceConfig::parse(assembler.bytes(), nullptr);
        fuzzCheck(config && &config->model() == model);
    }
    return 0;
}
