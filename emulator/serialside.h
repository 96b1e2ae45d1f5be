#pragma once

#include "atengine.h"
#include "pseudoterminal.h"

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
    // Transparent bytes received; the data plane does not carry them yet.
    qint64 transparentBytes() const { return m_transparentBytes; }
    // Idle time the line needs before "+++": the packing interval, at least 10 ms.
    int guardMs() const;

private:
    void receive(const QByteArray &data);
    void receiveTransparent(const QByteArray &data, qint64 now);
    void receiveCommand(char c);
    void dropPluses();

    VirtualModule &m_module;
    std::unique_ptr<PseudoTerminal> m_pty;
    AtEngine m_engine;
    Mode m_mode = Mode::Transparent;
    QElapsedTimer m_clock;
    qint64 m_lastByteMs = -1000000;
    qint64 m_lastPlusMs = 0;
    int m_pluses = 0;
    QTimer m_waitForA;
    QByteArray m_line;
    qint64 m_transparentBytes = 0;
};

} // namespace s2e::emu
