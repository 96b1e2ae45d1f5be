#pragma once

#include "protocol/at/atreply.h"
#include "protocol/at/atrequest.h"
#include "protocol/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QIODevice;

namespace s2e {

// AT command mode over a serial line (manual §5.3.2). Entering follows the manual's timing
// exactly: the line quiet, "+++" in one write, 'a' back, 'a' answered, "+ok". Nothing else
// is ever written while the module may be in transparent mode, since it would reach the
// network. Bytes the module sends meanwhile are passed on as transparent data.
class AtSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int quietMs = 50; // at least the module's packing interval
        int handshakeMs = 1000; // for 'a' after "+++" and "+ok" after 'a'
        int commandTimeoutMs = 1000;
    };
    enum class Mode { Transparent, Entering, Command };
    Q_ENUM(Mode)

    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    AtSession(QIODevice *device, const Options &options, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Set when "+++" showed the module already in command mode (it echoed or answered it).
    bool wasAlreadyInCommandMode() const { return m_wasInCommandMode; }

    void enterCommandMode(Callback<void> callback);
    // One command at a time: a command given while another runs waits for it.
    void execute(const at::AtRequest &request, Callback<at::AtReply> callback);
    // AT+ENTM, back to transparent mode.
    void exit(Callback<void> callback);

signals:
    void transparentDataReceived(const QByteArray &data);
    void modeChanged(s2e::AtSession::Mode mode);

private:
    enum class Stage { Idle, Quiet, WaitA, WaitOk, Resync, WaitReply };

    void onReadyRead();
    void onTimeout();
    void setMode(Mode mode);
    void finishEnter(Result<void> result);
    void finishCommand(Result<at::AtReply> result);
    void runNext();
    void startCommand();

    QPointer<QIODevice> m_device;
    Options m_options;
    Mode m_mode = Mode::Transparent;
    Stage m_stage = Stage::Idle;
    QTimer m_timer;
    at::AtReplyParser m_parser;
    QByteArray m_handshake;
    bool m_wasInCommandMode = false;
    Callback<void> m_enterCallback;
    struct Pending
    {
        at::AtRequest request;
        Callback<at::AtReply> callback;
    };
    QList<Pending> m_queue;
    std::optional<Pending> m_current;
};

} // namespace s2e
