#pragma once

#include "modbus/modbusgateway.h"
#include "networklink.h"
#include "rfc2217filter.h"
#include "serialframer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace s2e::emu {

class SerialSide;
class VirtualModule;

// Carries a virtual module's serial port 1 to the network in its work mode, as manual
// chapter 4 describes: framing, pacing, registration and heartbeat packets, short
// connections, clearing the serial buffer on connect, similar-RFC2217 packets and restart
// after no data. Rebuilt from the running parameters whenever the module restarts.
class DataPort : public QObject
{
    Q_OBJECT

public:
    struct Counters
    {
        qint64 fromSerial = 0; // bytes the host wrote to the serial port
        qint64 toNetwork = 0;
        qint64 fromNetwork = 0;
        qint64 toSerial = 0;
        qint64 dropped = 0;
    };

    DataPort(VirtualModule &module, SerialSide *serial, int maxClients, QObject *parent = nullptr);

    void rebuild();
    QString stateText() const;
    QString errorString() const;
    Counters counters() const;
    qint64 runTimeMs() const { return m_sinceRestart.elapsed(); }
    // The serial settings now in force; similar-RFC2217 packets change them until restart.
    quint32 serialBaud() const { return m_baud; }
    QString serialFormat() const { return m_format; }

    // Data from another network path (the WebSocket bridge) on its way to serial.
    void writeFromNetwork(const QByteArray &data);
    // The Modbus TCP gateway while port1.modbus_tcp is on in a TCP mode, or nullptr.
    const ModbusGateway *modbusGateway() const { return m_gateway; }

signals:
    // Serial data as it goes out, for the WebSocket clients too.
    void frameSent(const QByteArray &frame);
    void serialSettingsChanged();

private:
    QByteArray registration() const;
    QByteArray heartbeat() const;
    void touch();
    void receiveFromNetwork(const QByteArray &data, QObject *peer);
    void buildGateway(const QString &mode);
    void onConnected();

    VirtualModule &m_module;
    QPointer<SerialSide> m_serial;
    int m_maxClients;
    NetworkLink *m_link = nullptr;
    ModbusGateway *m_gateway = nullptr;
    SerialFramer m_framer;
    SerialPacer m_pacer;
    Rfc2217Filter m_rfc2217;
    bool m_rfc2217Enabled = false;
    QTimer m_rfc2217Release; // bytes held as a possible packet start go on if nothing follows
    QTimer m_heartbeat;
    bool m_heartbeatToNetwork = true;
    QTimer m_noDataRestart;
    QElapsedTimer m_sinceRestart;
    Counters m_counters;
    QString m_registrationWhen; // FIRST, EVERY or ALL; empty when off
    quint32 m_baud = 115200;
    QString m_format;
};

} // namespace s2e::emu
