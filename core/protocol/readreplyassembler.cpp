#include "readreplyassembler.h"

#include "deviceconfig.h"

namespace s2e {

namespace {
constexpr int SplitFirstLength = 130;
} // namespace

ReadReplyAssembler::State ReadReplyAssembler::add(QByteArrayView datagram)
{
    if (m_state == State::Complete || m_state == State::Overflow || datagram.isEmpty())
        return m_state;
    if (m_datagrams > 0 && datagram == QByteArrayView(m_last))
        return m_state;
    m_last = datagram.toByteArray();
    m_bytes += m_last;
    ++m_datagrams;
    const qsizetype total = m_bytes.size();
    const auto layouts = DeviceConfig::layouts();
    const bool knownLength = std::any_of(layouts.begin(), layouts.end(),
                                         [total](const DeviceConfig::Layout &layout) { return layout.length == total; });
    if (total == SplitReadLength)
        m_state = State::Complete;
    else if (total > SplitReadLength)
        m_state = State::Overflow;
    // 130 bytes, or anything in pieces (the 302's first two make 180), may go on.
    else if (knownLength)
        m_state = m_datagrams == 1 && total != SplitFirstLength ? State::Complete : State::MaybeComplete;
    else
        m_state = State::Incomplete;
    return m_state;
}

void ReadReplyAssembler::clear()
{
    m_bytes.clear();
    m_last.clear();
    m_datagrams = 0;
    m_state = State::Empty;
}

QString ReadReplyAssembler::describe() const
{
    return tr("%n byte(s) in %1", nullptr, int(m_bytes.size()))
            .arg(tr("%n datagram(s)", nullptr, m_datagrams));
}

} // namespace s2e
