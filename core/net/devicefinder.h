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
// family's: 1901, and 1500 for the 302) in rounds, reports each module once as its first
// reply arrives (however it travels: protocol.md §1), and finishes once late answers have
// had their time, or at a hard cap.
//
// A lost datagram hides a module for a round; a lost broadcast hides every module for one.
// So the rounds are adaptive: they go on while a module that missed every round so far is
// still likely, judged by how often known modules miss a round (with no loss, three rounds);
// a round, and the wait after the last, last a few times the slowest answer seen.
class DeviceFinder : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<SettingTarget> targets = defaultSettingTargets();
        SettingPorts ports = defaultSettingPorts();
        // Adaptive: between minSends and sends rounds, as the answers say. Fixed: `sends`
        // rounds sendIntervalMs apart, then quietMs (waiting for one module to come back).
        bool adaptive = true;
        int minSends = 2; // one round would trust one broadcast
        int sends = 12;
        int sendIntervalMs = 100; // the longest round
        // After the last round, this long without a new module ends the search; adaptive,
        // it is the most it waits (when nothing answered), and 4× the slowest answer
        // otherwise, but not less than minQuietMs (a user's wait for a slow network).
        int quietMs = 500;
        int minQuietMs = 0;
        int capMs = 3000;
        // Adaptive rounds end once the expected number of modules missed by every round
        // is below this.
        double missRisk = 0.001;
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
    void roundEnded();
    // The expected number of modules that missed every round so far.
    double missedEstimate() const;
    int answerWaitMs(int floorMs, int ceilingMs) const;
    void handleDatagram(const ReceivedDatagram &datagram, const SettingPort &port);
    void finish();

    Options m_options;
    // One set per setting port.
    QList<TargetSockets *> m_sockets;
    QMap<MacAddress, FoundDevice> m_devices;
    // Per module, the first round it answered and a bit for each round it answered.
    struct Answers
    {
        int firstRound = 0;
        quint64 rounds = 0;
    };
    QMap<MacAddress, Answers> m_answers;
    qint64 m_lastSendMs = 0;
    qint64 m_slowestMs = -1; // the slowest answer to a round, from its send
    QTimer m_sendTimer;
    QTimer m_quietTimer;
    QTimer m_capTimer;
    QElapsedTimer m_clock;
    int m_sent = 0;
    int m_ignored = 0;
    bool m_running = false;
};

} // namespace s2e
