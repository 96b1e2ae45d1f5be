#pragma once

#include <QString>

namespace s2e {

// What to do when a port the upgrade needs (BOOTP 67, TFTP 69) cannot be opened, per system
// (privilegedports_unix.cpp, _win.cpp): appended to the bind error.
QString privilegedPortAdvice(quint16 port);

} // namespace s2e
