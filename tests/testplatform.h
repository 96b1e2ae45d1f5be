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

// Whether this Windows program runs under Wine (false on Windows and Linux). Wine binds a UDP
// socket meant for one address to the whole interface (to give Windows' broadcast semantics),
// so what it sends leaves from the interface's first address (127.0.0.1 on loopback).
bool runningUnderWine();
// Before comparing where a datagram came from: under Wine that is expected to differ.
#define S2E_EXPECT_SOURCE_ADDRESS_UNDER_WINE()                                                                 \
    do {                                                                                                    \
        if (runningUnderWine())                                                                             \
            QEXPECT_FAIL("", "Wine sends from the interface's first address, not the socket's", Continue); \
    } while (false)

// Skips a test that needs a pseudo-terminal where the system has none (Windows), saying why.
#define S2E_REQUIRE_PTY()                                                                                   \
    do {                                                                                                    \
        if (!s2e::PseudoTerminal::supported())                                                             \
            QSKIP(qPrintable(s2e::PseudoTerminal::unsupportedReason()));                                   \
    } while (false)
