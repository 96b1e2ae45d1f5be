#include "settingchannel.h"

#include "protocol/deviceconfig.h"
#include "protocol/shortreply.h"
#include "targetsockets.h"

namespace s2e {

SettingChannel::SettingChannel(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_sockets(new TargetSockets(m_options.targets, m_options.port, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SettingChannel::send);
    connect(m_sockets, &TargetSockets::datagramReceived, this,
            [this](const QByteArray &datagram) { handleDatagram(datagram); });
}

void SettingChannel::request(const RequestFrame &frame, Callback callback)
{
    if (m_callback) {
        callback(Failure { tr("another request is still waiting for its answer") });
        return;
    }
    m_frame = frame;
    m_callback = std::move(callback);
    m_attempt = 0;
    m_sockets->discardPending();
    send();
}

void SettingChannel::cancel()
{
    m_timer.stop();
    m_frame.reset();
    m_callback = nullptr;
}

void SettingChannel::send()
{
    if (m_attempt >= m_options.attempts) {
        complete(Failure { tr("no answer after %n attempt(s) of %1 ms", nullptr, m_attempt)
                                   .arg(m_options.timeoutMs) });
        return;
    }
    ++m_attempt;
    const QByteArray datagram = m_frame->encode();
    QStringList failures;
    if (m_options.unicast) {
        const QString failure = m_sockets->sendTo(datagram, *m_options.unicast);
        if (!failure.isEmpty())
            failures << failure;
    } else {
        failures = m_sockets->sendToAll(datagram);
    }
    const qsizetype targetCount = m_options.unicast ? 1 : m_options.targets.size();
    if (failures.size() >= targetCount) {
        complete(Failure { tr("cannot send: %1").arg(failures.join(QStringLiteral("; "))) });
        return;
    }
    m_timer.start(m_options.timeoutMs);
}

void SettingChannel::handleDatagram(const QByteArray &datagram)
{
    if (!m_callback)
        return;
    const Command command = m_frame->command();
    if (const auto reply = ShortReply::parse(datagram, nullptr); reply && reply->command() == command) {
        if (reply->status() != ShortReply::Status::Ok)
            complete(Failure { ShortReply::statusText(reply->status()) });
        else if (command == Command::Read)
            complete(Failure { tr("module acknowledged the read but sent no parameters") });
        else
            complete(QByteArray());
        return;
    }
    if (command == Command::Read && DeviceConfig::parse(datagram, nullptr))
        complete(datagram);
    // Anything else is another module's business or a late answer: keep waiting.
}

void SettingChannel::complete(Result<QByteArray> result)
{
    m_timer.stop();
    m_frame.reset();
    // Taken out first: the callback may start the next request.
    const Callback callback = std::exchange(m_callback, nullptr);
    callback(std::move(result));
}

} // namespace s2e
