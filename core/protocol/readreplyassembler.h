#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace s2e {

// Gathers the datagrams of one read reply (protocol.md §1.4) before anything decides what
// it holds: most modules answer in one datagram, the TCP232-302 in three (130 + 50 + 84),
// and 130 bytes alone is also a whole reply (basic + one port). A single datagram of
// another known length is whole at once; pieces that add up to one may go on (130 + 50 is
// 180) and wait for a quiet gap. A datagram equal to the one before is a duplicate.
class ReadReplyAssembler
{
    Q_DECLARE_TR_FUNCTIONS(ReadReplyAssembler)

public:
    // The TCP232-302's read, in three datagrams.
    static constexpr int SplitReadLength = 264;

    enum class State {
        Empty,
        // More must come.
        Incomplete,
        // Whole as it stands, but more may follow: wait for a quiet gap.
        MaybeComplete,
        Complete,
        // More bytes than any read reply: not one reply.
        Overflow,
    };

    State add(QByteArrayView datagram);
    State state() const { return m_state; }
    const QByteArray &bytes() const { return m_bytes; }
    int datagramCount() const { return m_datagrams; }
    void clear();
    // What arrived, for a message: "130 bytes in 1 datagram".
    QString describe() const;

private:
    QByteArray m_bytes;
    QByteArray m_last;
    int m_datagrams = 0;
    State m_state = State::Empty;
};

} // namespace s2e
