#include "faultinjector.h"

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

} // namespace s2e::emu
