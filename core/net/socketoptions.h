#pragma once

#include <QtGlobal>

namespace s2e {

// TCP socket options Qt does not offer, per system (socketoptions_unix.cpp, _win.cpp).

// How many bytes must wait before the socket reads as readable (SO_RCVLOWAT). Windows has no
// such option: there it does nothing and returns false, and a caller's timer does the work.
bool setReceiveLowWater(qintptr socket, int bytes);
// Keep-alive probes after this many idle seconds, and then every as many seconds.
bool setKeepAliveInterval(qintptr socket, int seconds);

} // namespace s2e
