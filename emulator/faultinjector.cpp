#include "faultinjector.h"

#include <algorithm>

namespace s2e::emu {

FaultInjector::FaultInjector(const FaultOptions &options)
    : m_options(options), m_random(options.seed != 0 ? options.seed : QRandomGenerator::global()->generate())
{
}

bool FaultInjector::chance(double probability)
{
    return probability > 0 && m_random.generateDouble() < probability;
}

bool FaultInjector::dropIncoming()
{
    return chance(m_options.loss);
}

QList<QByteArray> FaultInjector::outgoing(const QByteArray &reply)
{
    if (chance(m_options.loss))
        return {};
    QList<QByteArray> copies { reply };
    if (chance(m_options.duplicate))
        copies << reply;
    for (QByteArray &copy : copies) {
        if (!copy.isEmpty() && chance(m_options.corrupt)) {
            const qsizetype at = qsizetype(m_random.bounded(quint32(copy.size())));
            copy[at] = char(copy[at] ^ char(1 + m_random.bounded(255u)));
        }
        if (copy.size() > 1 && chance(m_options.truncate))
            copy.truncate(qsizetype(m_random.bounded(quint32(copy.size()))));
    }
    return copies;
}

QList<QByteArray> FaultInjector::pieces(const QByteArray &reply, std::span<const int> sizes) const
{
    qsizetype total = 0;
    for (int size : sizes)
        total += size;
    if (sizes.size() < 2 || reply.size() != total)
        return { reply };
    QList<QByteArray> result;
    qsizetype at = 0;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (int(i) + 1 != m_options.dropPiece)
            result << reply.sliced(at, sizes[i]);
        at += sizes[i];
    }
    if (m_options.reversePieces)
        std::reverse(result.begin(), result.end());
    return result;
}

} // namespace s2e::emu
