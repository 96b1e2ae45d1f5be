#include "rfc2217filter.h"

namespace s2e::emu {

namespace {
const QByteArray Header = QByteArray::fromHex("55AA55");
}

Rfc2217Filter::Output Rfc2217Filter::feed(QByteArrayView bytes)
{
    QByteArray buffer = std::exchange(m_held, QByteArray()) + bytes.toByteArray();
    Output out;
    qsizetype i = 0;
    while (i < buffer.size()) {
        const qsizetype start = buffer.indexOf(Header.front(), i);
        if (start < 0) {
            out.data += buffer.mid(i);
            break;
        }
        out.data += buffer.mid(i, start - i);
        const QByteArrayView rest = QByteArrayView(buffer).sliced(start);
        // Not enough bytes to decide: hold them if they could still be a packet.
        if (rest.size() < Rfc2217Packet::Size) {
            if (Header.startsWith(rest.first(qMin<qsizetype>(rest.size(), Header.size())))) {
                m_held = rest.toByteArray();
                break;
            }
            out.data += buffer.at(start);
            i = start + 1;
            continue;
        }
        const auto packet = Rfc2217Packet::parse(rest.first(Rfc2217Packet::Size), nullptr);
        if (packet && packet->checksumOk()) {
            out.packets << *packet;
            i = start + Rfc2217Packet::Size;
        } else {
            out.data += buffer.at(start);
            i = start + 1;
        }
    }
    return out;
}

} // namespace s2e::emu
