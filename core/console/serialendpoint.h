#pragma once

#include "endpoint.h"

#include <QSerialPort>

namespace s2e {

class SerialEndpoint : public Endpoint
{
    Q_OBJECT

public:
    struct Options
    {
        QString port; // name or path
        qint32 baud = 115200; // any rate the driver takes, custom ones included
        QSerialPort::DataBits dataBits = QSerialPort::Data8;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
        QSerialPort::FlowControl flow = QSerialPort::NoFlowControl;
    };

    explicit SerialEndpoint(const Options &options, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool send(const QByteArray &data) override;
    QStringList peers() const override;
    qint64 bytesToWrite() const override;
    QString description() const override;

    // The modem control lines; they only take effect while open.
    void setRts(bool on);
    void setDtr(bool on);
    QSerialPort *port() const { return m_port; }

private:
    Options m_options;
    QSerialPort *m_port;
};

} // namespace s2e
