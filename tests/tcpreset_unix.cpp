#include "tcpreset.h"

#include <sys/socket.h>

void resetConnection(QTcpSocket &socket)
{
    const linger immediately { 1, 0 };
    ::setsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    socket.abort();
}
