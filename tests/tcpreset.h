#pragma once

#include <QTcpSocket>

// Closes with a reset (RST) rather than a FIN: a linger time of 0, as a peer that crashed
// or a module that restarted mid-connection does (tcpreset_unix.cpp, tcpreset_win.cpp).
void resetConnection(QTcpSocket &socket);
