#include "socketoptions.h"

#include <winsock2.h>
// After winsock2.h, whose types it uses.
#include <mstcpip.h>

namespace s2e {

bool setReceiveLowWater(qintptr, int)
{
    return false; // Winsock takes SO_RCVLOWAT for compatibility but ignores it
}

bool setKeepAliveInterval(qintptr socket, int seconds)
{
    tcp_keepalive values {};
    values.onoff = 1;
    values.keepalivetime = ULONG(seconds) * 1000;
    values.keepaliveinterval = ULONG(seconds) * 1000;
    DWORD returned = 0;
    return WSAIoctl(SOCKET(socket), SIO_KEEPALIVE_VALS, &values, sizeof values, nullptr, 0,
               &returned, nullptr, nullptr)
        == 0;
}

} // namespace s2e
