#pragma once

#include <QSerialPort>
#include <QString>

namespace s2e {

// A read error on an open port is a hang-up (the other side of a pseudo-terminal closed, a
// modem dropped carrier), a resource error a device gone (a USB adapter pulled). The port
// never recovers from either, and Qt's read notifier fires again at once, so whoever holds
// the port must close it: otherwise the event loop spins on the error.
bool isLineLost(QSerialPort::SerialPortError error);
// "the line hung up", "the device went away": errorString() names whatever errno was last.
QString lineLostText(QSerialPort::SerialPortError error);

} // namespace s2e
