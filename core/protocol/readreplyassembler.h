#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace s2e {

struct ModelDef;

// Gathers the datagrams of one read reply (protocol.md §1.4) before anything decides what
// it holds. Most modules answer in one datagram; the TCP232-302 in three (130 + 50 + 84),
// whose sizes say where each piece goes, so pieces out of order are put in order. A datagram
// of a known whole length is complete at once; 130 bytes alone is both a whole reply (basic
// + one port) and the 302's first piece, and a length no family sends may be anything: both
// wait for a quiet gap. Pieces of a split reply with one missing stay incomplete. A datagram
// equal to one before is a duplicate.
class ReadReplyAssembler
{
    Q_DECLARE_TR_FUNCTIONS(ReadReplyAssembler)

public:
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

    // The family the answer comes from, when the port says (only the 302 answers on 1500):
    // then the first piece of its split read alone is not taken for a whole reply.
    void setExpected(const ModelDef *model) { m_expected = model; }
    State add(QByteArrayView datagram);
    State state() const { return m_state; }
    // The reply, pieces in the family's order once complete, else in the order they came.
    QByteArray bytes() const;
    int datagramCount() const { return int(m_pieces.size()); }
    void clear();
    // What arrived, for a message: "214 bytes in 2 datagrams (130 + 84); the USR-TCP232-302
    // answers 130 + 50 + 84".
    QString describe() const;

private:
    // The split family these pieces belong to, when every one is a piece of it.
    const ModelDef *splitModel() const;

    QList<QByteArray> m_pieces;
    const ModelDef *m_expected = nullptr;
    State m_state = State::Empty;
};

} // namespace s2e
