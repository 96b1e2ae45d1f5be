#include "socketoptions.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace s2e {

bool setReceiveLowWater(qintptr socket, int bytes)
{
    return ::setsockopt(int(socket), SOL_SOCKET, SO_RCVLOWAT, &bytes, sizeof bytes) == 0;
}

bool setKeepAliveInterval(qintptr socket, int seconds)
{
    const int on = 1;
    return ::setsockopt(int(socket), SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on) == 0
        && ::setsockopt(int(socket), IPPROTO_TCP, TCP_KEEPIDLE, &seconds, sizeof seconds) == 0
        && ::setsockopt(int(socket), IPPROTO_TCP, TCP_KEEPINTVL, &seconds, sizeof seconds) == 0;
}

} // namespace s2e
