#pragma once

#include "founddevice.h"
#include "settingtarget.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace s2e {

class TargetSockets;

// This machine's address on the interface (by index), in the module's subnet when one is.
QHostAddress localAddressFor(const QHostAddress &module, int interfaceIndex);

// Finds modules: sends the search command to every target on every setting port (each
// family's: 1901, and 1500 for the 302) a few times, reports each
// module once as its first reply arrives (however it travels: protocol.md §1), and
// finishes after a quiet period or a hard cap.
class DeviceFinder : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<SettingTarget> targets = defaultSettingTargets();
        SettingPorts ports = defaultSettingPorts();
        int sends = 3; // the search is repeated to survive loss
        int sendIntervalMs = 100;
        int quietMs = 500; // after the last send, this long without a new module ends it
        int capMs = 3000;
        // When set, the search ends as soon as this module has answered.
        MacAddress stopAtMac;
    };

    explicit DeviceFinder(Options options, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    QList<FoundDevice> devices() const { return m_devices.values(); }
    // Datagrams that were not a well-formed search reply.
    int ignoredDatagrams() const { return m_ignored; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

signals:
    void deviceFound(const s2e::FoundDevice &device);
    // Also for a module already reported, when it answers on another interface.
    void deviceUpdated(const s2e::FoundDevice &device);
    void targetFailed(const QString &message);
    void finished();

private:
    void sendSearch();
    void handleDatagram(const ReceivedDatagram &datagram, const SettingPort &port);
    void finish();

    Options m_options;
    // One set per setting port.
    QList<TargetSockets *> m_sockets;
    QMap<MacAddress, FoundDevice> m_devices;
    QTimer m_sendTimer;
    QTimer m_quietTimer;
    QTimer m_capTimer;
    QElapsedTimer m_clock;
    int m_sent = 0;
    int m_ignored = 0;
    bool m_running = false;
};

} // namespace s2e
