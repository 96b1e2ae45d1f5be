#pragma once

#include "protocol/rfc2217packet.h"

#include <QByteArray>
#include <QList>

namespace s2e::emu {

// Takes similar-RFC2217 packets out of the network → serial stream (manual 4.3.4): a
// packet changes the serial settings and is not passed on. A packet may be cut across
// reads; bytes that only look like its start are held until they can be told apart.
class Rfc2217Filter
{
public:
    struct Output
    {
        QByteArray data; // to pass on to serial
        QList<Rfc2217Packet> packets;
    };

    Output feed(QByteArrayView bytes);
    // Whatever is held back, once no more bytes are coming soon.
    QByteArray flush() { return std::exchange(m_held, QByteArray()); }

private:
    QByteArray m_held;
};

} // namespace s2e::emu
