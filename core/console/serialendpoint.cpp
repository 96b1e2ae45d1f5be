#include "serialendpoint.h"

#include "serial/linelost.h"
#include "serial/serialnames.h"

#include <QSignalBlocker>

namespace s2e {

SerialEndpoint::SerialEndpoint(const Options &options, QObject *parent)
    : Endpoint(parent), m_options(options), m_port(new QSerialPort(this))
{
    connect(m_port, &QSerialPort::bytesWritten, this, &Endpoint::bytesWritten);
    connect(m_port, &QSerialPort::readyRead, this, [this] { reportReceived(m_port->readAll(), m_options.port); });
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // A closed port's errors are open()'s, which says them once.
        if (error == QSerialPort::NoError || !m_port->isOpen())
            return;
        if (isLineLost(error)) {
            m_port->close();
            return fail(tr("%1: %2").arg(description(), lineLostText(error)));
        }
        reportError(tr("%1: %2").arg(description(), m_port->errorString()));
    });
}

void SerialEndpoint::open()
{
    close();
    m_port->setPortName(m_options.port);
    // Failures here are said once, below, not also by errorOccurred.
    const QSignalBlocker quiet(m_port);
    if (!m_port->open(QIODevice::ReadWrite))
        return fail(tr("%1: %2").arg(description(), m_port->errorString()));
    // Settings after open: a custom rate is only accepted by an open port on some systems.
    const bool configured = m_port->setBaudRate(m_options.baud) && m_port->setDataBits(m_options.dataBits)
            && m_port->setParity(m_options.parity) && m_port->setStopBits(m_options.stopBits)
            && m_port->setFlowControl(m_options.flow);
    if (!configured) {
        const QString error = m_port->errorString();
        m_port->close();
        return fail(tr("%1: the port refused its settings: %2").arg(description(), error));
    }
    setState(State::Open, tr("%1 open").arg(m_options.port));
}

void SerialEndpoint::close()
{
    if (m_port->isOpen())
        m_port->close();
    setState(State::Closed);
}

bool SerialEndpoint::send(const QByteArray &data)
{
    if (!m_port->isOpen()) {
        reportError(tr("%1: not open").arg(description()));
        return false;
    }
    if (m_port->write(data) != data.size()) {
        reportError(tr("%1: %2").arg(description(), m_port->errorString()));
        return false;
    }
    reportSent(data, m_options.port);
    return true;
}

QStringList SerialEndpoint::peers() const
{
    return m_port->isOpen() ? QStringList { m_options.port } : QStringList();
}

qint64 SerialEndpoint::bytesToWrite() const
{
    return m_port->bytesToWrite();
}

QString SerialEndpoint::description() const
{
    return tr("serial %1 at %2 %3%4%5")
            .arg(m_options.port)
            .arg(m_options.baud)
            .arg(int(m_options.dataBits))
            .arg(QLatin1Char(SerialNames::parityLetter(m_options.parity)))
            .arg(m_options.stopBits == QSerialPort::TwoStop ? 2 : 1);
}

void SerialEndpoint::setRts(bool on)
{
    if (m_port->isOpen())
        m_port->setRequestToSend(on);
}

void SerialEndpoint::setDtr(bool on)
{
    if (m_port->isOpen())
        m_port->setDataTerminalReady(on);
}

} // namespace s2e
