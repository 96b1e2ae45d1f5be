#include "testplatform.h"

#include <csignal>
#include <sys/socket.h>

void resetConnection(QTcpSocket &socket)
{
    const linger immediately { 1, 0 };
    ::setsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    socket.abort();
}

bool sendInterrupt(QProcess &process)
{
    return ::kill(pid_t(process.processId()), SIGINT) == 0;
}

bool runningUnderWine()
{
    return false;
}
