#include "linelost.h"

#include <QCoreApplication>

namespace s2e {

bool isLineLost(QSerialPort::SerialPortError error)
{
    return error == QSerialPort::ReadError || error == QSerialPort::ResourceError;
}

QString lineLostText(QSerialPort::SerialPortError error)
{
    return error == QSerialPort::ResourceError ? QCoreApplication::translate("LineLost", "the device went away")
                                               : QCoreApplication::translate("LineLost", "the line hung up");
}

} // namespace s2e
