#pragma once

#include "protocol/at/atreply.h"
#include "protocol/at/atrequest.h"
#include "protocol/at/netatdevice.h"
#include "protocol/result.h"
#include "settingtarget.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <functional>
#include <optional>

class QUdpSocket;

namespace s2e {

// AT commands over UDP (protocol.md §2): the keyword puts the module in net AT mode for this
// host, then each command is a datagram to the module and each answer a datagram back. The
// module drops out after 30 s without a command; the client sends the keyword again first.
class NetAtClient : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 48899;

    struct Options
    {
        QList<SettingTarget> targets = defaultSettingTargets();
        // When set, the keyword goes to this module only.
        std::optional<QHostAddress> module;
        quint16 port = DefaultPort;
        QString keyword = QStringLiteral("www.usr.cn");
        int timeoutMs = 1000;
        int attempts = 3;
        int idleExitMs = 25000; // below the module's 30 s
    };

    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit NetAtClient(const Options &options, QObject *parent = nullptr);

    // Sends the keyword and collects the modules that answer within the timeout. With a
    // module address set, the first answer from it ends the wait.
    void discover(Callback<QList<NetAtDevice>> callback);
    // The module commands go to; discover() picks it when exactly one answered.
    void setModule(const QHostAddress &address) { m_module = address; }
    // Sends one command (keyword first when the module may have left net AT mode). One at a
    // time: a command given while another runs waits for it.
    void execute(const at::AtRequest &request, Callback<at::AtReply> callback);

private:
    void sendKeyword();
    void readDatagrams();
    void onTimeout();
    void sendCommand();
    void finishCommand(Result<at::AtReply> result);

    enum class Stage { Idle, Discover, Reenter, Command };

    Options m_options;
    QUdpSocket *m_socket;
    QTimer m_timer;
    Stage m_stage = Stage::Idle;
    int m_attempt = 0;
    bool m_reentered = false;
    QHostAddress m_module;
    QElapsedTimer m_lastExchange;
    QList<NetAtDevice> m_found;
    Callback<QList<NetAtDevice>> m_discoverCallback;
    std::optional<at::AtRequest> m_request;
    Callback<at::AtReply> m_commandCallback;
    QList<QPair<at::AtRequest, Callback<at::AtReply>>> m_queue;
};

} // namespace s2e
