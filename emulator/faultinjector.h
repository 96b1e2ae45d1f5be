#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include <span>

namespace s2e::emu {

// What a bad network does to the setting protocol, on purpose: requests and replies lost,
// replies duplicated, damaged (one byte changed) or cut short, and every reply delayed.
struct FaultOptions
{
    double loss = 0; // probabilities, 0 to 1
    double duplicate = 0;
    double corrupt = 0;
    double truncate = 0;
    int delayMs = 0;
    quint32 seed = 0; // 0: a different run each time
    // A read the family splits over several datagrams (the 302's): this long between them,
    // sent last first, and one of them (1-based) never sent.
    int pieceGapMs = 0;
    bool reversePieces = false;
    int dropPiece = 0;
};

class FaultInjector
{
public:
    explicit FaultInjector(const FaultOptions &options = {});

    const FaultOptions &options() const { return m_options; }
    // Whether a request never arrives.
    bool dropIncoming();
    // What leaves for one reply: nothing, the reply, or two copies, each maybe damaged.
    QList<QByteArray> outgoing(const QByteArray &reply);
    // A reply cut into datagrams of these sizes (a reply of another length stays whole), in
    // the order and number the options say.
    QList<QByteArray> pieces(const QByteArray &reply, std::span<const int> sizes) const;

private:
    bool chance(double probability);

    FaultOptions m_options;
    QRandomGenerator m_random;
};

} // namespace s2e::emu
