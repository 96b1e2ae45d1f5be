#include "testplatform.h"

#include <winsock2.h>
#include <windows.h>

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

bool runningUnderWine()
{
    // Wine's ntdll exports its version; Windows' does not.
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
}
