#pragma once

#include "atengine.h"
#include "modbus/rtuslave.h"
#include "serial/pseudoterminal.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace s2e::emu {

class VirtualModule;

// The serial port of a virtual module, on a pseudo-terminal. In transparent mode bytes are
// data; "+++" enters command mode only with the manual's timing (§5.3.2): the line idle
// first, the three '+' within 300 ms of each other and alone, then 'a' within 3 s.
class SerialSide : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Transparent, WaitingForA, Command };

    SerialSide(VirtualModule &module, std::unique_ptr<PseudoTerminal> pty, QObject *parent = nullptr);

    PseudoTerminal &pty() { return *m_pty; }
    Mode mode() const { return m_mode; }
    // Transparent bytes received from the host.
    qint64 transparentBytes() const { return m_transparentBytes; }
    // To the host, in transparent mode; bytes arriving in command mode are dropped and counted.
    void writeData(const QByteArray &data);
    qint64 droppedInCommandMode() const { return m_droppedInCommandMode; }

    // Idle time the line needs before "+++": the packing interval, at least 10 ms.
    int guardMs() const;

    // A Modbus RTU slave on the line's far side (s2e-emu --modbus-slave): it hears what the
    // module sends and answers as a device there would, beside whatever program has the
    // terminal open.
    void attachModbusSlave(quint8 address);
    const RtuSlave *modbusSlave() const { return m_slave.get(); }

signals:
    // Transparent data from the host, in order, once it is certain not to be "+++".
    void dataReceived(const QByteArray &data);

private:
    void receive(const QByteArray &data);
    void receiveTransparent(const QByteArray &data, qint64 now);
    void receiveCommand(char c);
    void releasePluses();
    void emitData(const QByteArray &data);

    VirtualModule &m_module;
    std::unique_ptr<PseudoTerminal> m_pty;
    AtEngine m_engine;
    Mode m_mode = Mode::Transparent;
    QElapsedTimer m_clock;
    qint64 m_lastByteMs = -1000000;
    qint64 m_lastPlusMs = 0;
    int m_pluses = 0;
    QTimer m_waitForA;
    QTimer m_plusTimeout;
    QByteArray m_line;
    qint64 m_transparentBytes = 0;
    qint64 m_droppedInCommandMode = 0;
    std::unique_ptr<RtuSlave> m_slave;
    QByteArray m_slaveLine;
    QTimer m_slaveGap;
};

} // namespace s2e::emu
