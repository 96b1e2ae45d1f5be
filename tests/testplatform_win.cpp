#include "testplatform.h"

#include <winsock2.h>

void resetConnection(QTcpSocket &socket)
{
    const linger immediately { 1, 0 };
    ::setsockopt(SOCKET(socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&immediately),
                 sizeof immediately);
    socket.abort();
}

bool sendInterrupt(QProcess &)
{
    return false;
}
