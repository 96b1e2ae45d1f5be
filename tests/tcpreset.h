#pragma once

#include <QTcpSocket>

#include <sys/socket.h>

// Closes with a reset (RST) rather than a FIN: a linger time of 0, as a peer that crashed
// or a module that restarted mid-connection does.
inline void resetConnection(QTcpSocket &socket)
{
    const linger immediately { 1, 0 };
    ::setsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    socket.abort();
}
