#pragma once

#include "protocol/result.h"
#include "serial/pseudoterminal.h"
#include "serial/serialsettings.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace s2e {

// A virtual serial port for programs that only know serial ports (manual 4.2.7, the
// vendor's USR-VCOM): a pseudo-terminal, reachable through a stable link path, bridged to a
// module's data port over TCP (or UDP). Bytes pass unchanged both ways with back-pressure
// instead of unbounded buffers. When the module goes away the bridge reconnects with
// back-off and keeps the terminal open, so the program does not notice. With similar
// RFC2217 on, a change of speed or format made by the program is sent to the module as the
// 8-byte packet (manual 4.3.4); with it off, never.
class VirtualComBridge : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Connecting, Connected, Waiting };
    Q_ENUM(State)
    enum class Transport { Tcp, Udp };

    struct Options
    {
        QString host;
        quint16 port = 0;
        Transport transport = Transport::Tcp;
        QString linkPath; // e.g. /tmp/ttyK7; empty: only the terminal's own path
        bool rfc2217 = false;
        // Data bits, parity and stop bits to send with the followed speed, in place of the
        // program's: Linux pseudo-terminals cannot carry data bits and parity.
        std::optional<SerialSettings> format;
        // The K7's sum unless the module wants the N520/N540 form, bit 7 cleared.
        Rfc2217Packet::ChecksumForm checksumForm = Rfc2217Packet::ChecksumForm::Full;
        int connectTimeoutMs = 5000;
        int retryMinMs = 250;
        int retryMaxMs = 8000;
        int settingsPollMs = 100;
        // Bytes on their way to the module beyond which the terminal is no longer read.
        qint64 maxInFlight = 256 * 1024;
    };

    struct Counters
    {
        qint64 toModule = 0; // bytes from the program, sent on
        qint64 fromModule = 0; // bytes from the module, given to the program
        int connects = 0;
        int settingsSent = 0; // similar-RFC2217 packets
    };

    explicit VirtualComBridge(const Options &options, QObject *parent = nullptr);
    ~VirtualComBridge() override;

    // Opens the terminal and its link, then connects; the error names what failed.
    Result<void> start();
    void stop();

    const Options &options() const { return m_options; }
    State state() const { return m_state; }
    QString terminalPath() const;
    Counters counters() const { return m_counters; }
    // "127.0.0.2:8234 (TCP)"
    QString moduleText() const;
    static QString stateName(State state);

signals:
    // `detail` says why (the socket's error) or what next (the retry delay).
    void stateChanged(s2e::VirtualComBridge::State state, const QString &detail);
    void settingsSent(const s2e::SerialSettings &settings, const QByteArray &packet);
    // The program chose settings the packet cannot carry: nothing was sent.
    void settingsRefused(const QString &why);

private:
    void connectToModule();
    void onConnected();
    void onDisconnected(const QString &reason);
    void setState(State state, const QString &detail = QString());
    void fromTerminal(const QByteArray &data);
    void readModule();
    void flushToTerminal();
    void updateTerminalReading();
    void checkSettings();
    void sendSettings();
    SerialSettings effectiveSettings() const;

    Options m_options;
    std::unique_ptr<PseudoTerminal> m_pty;
    QPointer<QAbstractSocket> m_socket;
    State m_state = State::Stopped;
    Counters m_counters;
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_settingsTimer;
    int m_retryMs = 0;
    QByteArray m_toTerminal; // from the module, waiting for room in the terminal
    std::optional<SerialSettings> m_settings; // as last seen on the terminal
    bool m_settingsChanged = false; // the program changed them at least once
    bool m_settingsPending = false; // changed while no module was connected
};

} // namespace s2e
