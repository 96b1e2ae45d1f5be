#include "atsession.h"

#include <QIODevice>

namespace s2e {

using at::AtReply;
using at::AtRequest;

AtSession::AtSession(QIODevice *device, const Options &options, QObject *parent)
    : QObject(parent), m_device(device), m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AtSession::onTimeout);
    connect(device, &QIODevice::readyRead, this, &AtSession::onReadyRead);
}

void AtSession::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void AtSession::enterCommandMode(Callback<void> callback)
{
    if (m_mode == Mode::Command)
        return callback({});
    if (m_enterCallback)
        return callback(Failure { tr("already entering command mode") });
    m_enterCallback = std::move(callback);
    m_wasInCommandMode = false;
    m_handshake.clear();
    setMode(Mode::Entering);
    // "+++" counts only after a quiet line; every byte received restarts the wait.
    m_stage = Stage::Quiet;
    m_timer.start(m_options.quietMs);
}

void AtSession::finishEnter(Result<void> result)
{
    m_timer.stop();
    m_stage = Stage::Idle;
    m_parser.reset();
    setMode(result ? Mode::Command : Mode::Transparent);
    const auto callback = std::exchange(m_enterCallback, nullptr);
    callback(std::move(result));
    runNext();
}

void AtSession::execute(const AtRequest &request, Callback<AtReply> callback)
{
    m_queue.append({ request, std::move(callback) });
    runNext();
}

void AtSession::exit(Callback<void> callback)
{
    const auto request = AtRequest::parse(u"AT+ENTM");
    execute(*request, [callback](Result<AtReply> reply) {
        if (!reply)
            return callback(Failure { reply.error() });
        if (!reply->ok)
            return callback(Failure { tr("AT+ENTM: %1").arg(reply->errorText()) });
        callback({});
    });
}

void AtSession::runNext()
{
    if (m_current || m_enterCallback || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    if (m_mode != Mode::Command) {
        finishCommand(Failure { tr("%1: the module is not in command mode")
                                        .arg(m_current->request.text()) });
        return;
    }
    startCommand();
}

void AtSession::startCommand()
{
    m_parser.reset();
    m_stage = Stage::WaitReply;
    m_device->write(m_current->request.encode());
    m_timer.start(m_options.commandTimeoutMs);
}

void AtSession::finishCommand(Result<AtReply> result)
{
    m_timer.stop();
    m_stage = Stage::Idle;
    const Pending done = std::move(*m_current);
    m_current.reset();
    if (result && result->ok) {
        const QLatin1String name(done.request.command().name);
        // The module leaves command mode after these.
        if (name == QLatin1String("ENTM") || name == QLatin1String("Z"))
            setMode(Mode::Transparent);
    }
    done.callback(std::move(result));
    runNext();
}

void AtSession::onReadyRead()
{
    const QByteArray data = m_device->readAll();
    switch (m_stage) {
    case Stage::Idle:
        if (m_mode != Mode::Command)
            emit transparentDataReceived(data);
        return;
    case Stage::Quiet:
        emit transparentDataReceived(data);
        m_timer.start(m_options.quietMs);
        return;
    case Stage::WaitA: {
        m_handshake += data;
        // In command mode the module echoes "+++" or answers it: resynchronise with a line end,
        // which is safe only now that command mode is certain.
        if (m_handshake.startsWith("+++") || !m_parser.feed(data).isEmpty()) {
            m_wasInCommandMode = true;
            m_stage = Stage::Resync;
            m_parser.reset();
            m_device->write("\r");
            m_timer.start(m_options.commandTimeoutMs);
            return;
        }
        // The module's 'a' comes alone; what arrives before it is transparent data.
        if (!m_handshake.endsWith('a')) {
            if (!m_handshake.startsWith('+'))
                emit transparentDataReceived(std::exchange(m_handshake, QByteArray()));
            return;
        }
        if (m_handshake.size() > 1)
            emit transparentDataReceived(m_handshake.chopped(1));
        m_handshake.clear();
        m_parser.reset();
        m_device->write("a");
        m_stage = Stage::WaitOk;
        m_timer.start(m_options.handshakeMs);
        return;
    }
    case Stage::WaitOk:
        for (const AtReply &reply : m_parser.feed(data)) {
            if (reply.ok)
                return finishEnter({});
            return finishEnter(Failure { tr("the module answered %1 instead of +ok").arg(reply.errorText()) });
        }
        return;
    case Stage::Resync:
        // The stray "+++" line draws an error answer; then the module is ready.
        if (!m_parser.feed(data).isEmpty())
            finishEnter({});
        return;
    case Stage::WaitReply: {
        const QList<AtReply> replies = m_parser.feed(data);
        if (!replies.isEmpty())
            finishCommand(replies.first());
        return;
    }
    }
}

void AtSession::onTimeout()
{
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::Quiet:
        m_stage = Stage::WaitA;
        m_handshake.clear();
        m_parser.reset();
        m_device->write("+++");
        m_timer.start(m_options.handshakeMs);
        return;
    case Stage::WaitA:
        return finishEnter(Failure {
                tr("no answer to +++ within %1 ms (is the baud rate right? a module already in "
                   "command mode with echo off does not answer it either)")
                        .arg(m_options.handshakeMs) });
    case Stage::WaitOk:
        if (const auto reply = m_parser.flush(); reply && reply->ok)
            return finishEnter({});
        return finishEnter(Failure { tr("no +ok within %1 ms after answering a").arg(m_options.handshakeMs) });
    case Stage::Resync:
        return finishEnter({});
    case Stage::WaitReply:
        if (const auto reply = m_parser.flush())
            return finishCommand(*reply);
        return finishCommand(Failure { tr("%1: no answer within %2 ms")
                                               .arg(m_current->request.text())
                                               .arg(m_options.commandTimeoutMs) });
    }
}

} // namespace s2e
