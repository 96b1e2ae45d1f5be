#pragma once

#include "protocol/readreplyassembler.h"
#include "protocol/requestframe.h"
#include "protocol/result.h"
#include "receiveddatagram.h"
#include "settingtarget.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace s2e {

class DeviceFinder;
class TargetSockets;

// Carries one setting-protocol request at a time to a module and waits for the answer
// that belongs to it, resending on timeout. Answers are taken however the module sends
// them (protocol.md §1): to this channel's own port, unicast or broadcast, or broadcast to
// the setting port, where a channel takes them only while it has the port's turn.
class SettingChannel : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<SettingTarget> targets = defaultSettingTargets();
        // Where the module may listen. With several, the port a search of this program saw
        // it answer on is used, or a search finds it first.
        SettingPorts ports = defaultSettingPorts();
        // When set, requests go to this address only instead of to the targets.
        std::optional<QHostAddress> unicast;
        int timeoutMs = 500;
        int attempts = 3;
        // A read reply that may go on in another datagram waits this long for it.
        int assemblyQuietMs = 150;
    };

    // The read reply's bytes for a read, empty for any other command answered 'K'.
    using Callback = std::function<void(Result<QByteArray>)>;

    explicit SettingChannel(Options options, QObject *parent = nullptr);
    ~SettingChannel() override;

    // Exactly one callback per request. A request made while another is waiting is refused.
    void request(const RequestFrame &frame, Callback callback);
    void cancel();
    bool isBusy() const { return bool(m_callback); }

    const Options &options() const { return m_options; }
    // The port requests go to, once known.
    std::optional<SettingPort> port() const { return m_port; }
    void setUnicast(std::optional<QHostAddress> address) { m_options.unicast = address; }

private:
    void resolvePort();
    void usePort(const SettingPort &port);
    void start();
    bool needsTurn() const;
    void send();
    void handleDatagram(const ReceivedDatagram &datagram);
    void handleShortReply(const ReceivedDatagram &datagram);
    void readAssembled();
    void ignore(const QString &what);
    void learnRoute(ReplyRoute route);
    void complete(Result<QByteArray> result);

    Options m_options;
    TargetSockets *m_sockets = nullptr;
    std::optional<SettingPort> m_port;
    DeviceFinder *m_finder = nullptr;
    QTimer m_timer;
    QTimer m_assemblyTimer;
    std::optional<RequestFrame> m_frame;
    Callback m_callback;
    ReadReplyAssembler m_assembler;
    ReplyRoute m_assemblyRoute = ReplyRoute::Unicast;
    // Replies that belonged to no request, named in a timeout's message.
    QStringList m_ignored;
    int m_attempt = 0;
};

} // namespace s2e
