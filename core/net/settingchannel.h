#pragma once

#include "protocol/requestframe.h"
#include "protocol/result.h"
#include "settingtarget.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace s2e {

class TargetSockets;

// Carries one setting-protocol request at a time to a module and waits for the answer
// that belongs to it, resending on timeout.
class SettingChannel : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<SettingTarget> targets = defaultSettingTargets();
        quint16 port = DefaultSettingPort;
        // When set, requests go to this address only instead of to the targets.
        std::optional<QHostAddress> unicast;
        int timeoutMs = 500;
        int attempts = 3;
    };

    // The read reply's bytes for a read, empty for any other command answered 'K'.
    using Callback = std::function<void(Result<QByteArray>)>;

    explicit SettingChannel(Options options, QObject *parent = nullptr);

    // Exactly one callback per request. A request made while another is waiting is refused.
    void request(const RequestFrame &frame, Callback callback);
    void cancel();
    bool isBusy() const { return bool(m_callback); }

    const Options &options() const { return m_options; }
    void setUnicast(std::optional<QHostAddress> address) { m_options.unicast = address; }

private:
    void send();
    void handleDatagram(const QByteArray &datagram);
    void complete(Result<QByteArray> result);

    Options m_options;
    TargetSockets *m_sockets;
    QTimer m_timer;
    std::optional<RequestFrame> m_frame;
    Callback m_callback;
    int m_attempt = 0;
};

} // namespace s2e
