#pragma once

#include "serial/pseudoterminal.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTest>

// What tests do differently per system (testplatform_unix.cpp, testplatform_win.cpp).

// Closes with a reset (RST) rather than a FIN: a linger time of 0, as a peer that crashed
// or a module that restarted mid-connection does.
void resetConnection(QTcpSocket &socket);

// Ctrl+C for a child process (SIGINT). False where a test cannot send it: on Windows a console
// event reaches only the processes sharing the sender's console, this test among them.
bool sendInterrupt(QProcess &process);
inline const char *noInterruptReason()
{
    return "Ctrl+C cannot be sent to one child process here (GenerateConsoleCtrlEvent reaches every process "
           "on the console)";
}

// Skips a test that needs a pseudo-terminal where the system has none (Windows), saying why.
#define S2E_REQUIRE_PTY()                                                                                   \
    do {                                                                                                    \
        if (!s2e::PseudoTerminal::supported())                                                             \
            QSKIP(qPrintable(s2e::PseudoTerminal::unsupportedReason()));                                   \
    } while (false)
