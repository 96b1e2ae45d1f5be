#include "settingchannel.h"

#include "devicefinder.h"
#include "knownmodules.h"
#include "protocol/deviceconfig.h"
#include "protocol/modeltable.h"
#include "protocol/searchreply.h"
#include "protocol/shortreply.h"
#include "settingportlistener.h"
#include "targetsockets.h"

namespace s2e {

SettingChannel::SettingChannel(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SettingChannel::send);
    m_assemblyTimer.setSingleShot(true);
    connect(&m_assemblyTimer, &QTimer::timeout, this, &SettingChannel::readAssembled);
    if (m_options.ports.size() == 1)
        usePort(m_options.ports.first());
}

SettingChannel::~SettingChannel()
{
    if (m_sockets)
        m_sockets->listener().endTurn(this);
}

void SettingChannel::usePort(const SettingPort &port)
{
    if (m_sockets && m_port == port)
        return;
    if (m_sockets) {
        m_sockets->listener().endTurn(this);
        m_sockets->disconnect(this);
        m_sockets->deleteLater();
    }
    m_port = port;
    const QList<const ModelDef *> families = ModelTable::onPort(port.standard);
    m_assembler.setExpected(families.size() == 1 ? families.first() : nullptr);
    m_sockets = new TargetSockets(m_options.targets, port.number, this);
    connect(m_sockets, &TargetSockets::datagramReceived, this, &SettingChannel::handleDatagram);
}

void SettingChannel::resolvePort()
{
    const MacAddress mac = m_frame->mac();
    const auto known = KnownModules::settingPort(mac);
    if (known && m_options.ports.contains(*known))
        usePort(*known);
    if (m_sockets && (m_options.ports.size() == 1 || (known && m_port == known)))
        return start();
    // Which port the module listens on is not known yet: a search says.
    DeviceFinder::Options search;
    search.targets = m_options.unicast ? customSettingTargets({ *m_options.unicast }) : m_options.targets;
    search.ports = m_options.ports;
    search.adaptive = false; // spaced retries until the one module answers
    search.sends = m_options.attempts;
    search.sendIntervalMs = qMax(50, m_options.timeoutMs / 2);
    search.quietMs = m_options.timeoutMs;
    search.capMs = m_options.timeoutMs * m_options.attempts;
    search.stopAtMac = mac;
    m_finder = new DeviceFinder(search, this);
    connect(m_finder, &DeviceFinder::finished, this, [this, mac] {
        const QList<FoundDevice> devices = m_finder->devices();
        m_finder->deleteLater();
        m_finder = nullptr;
        if (!m_callback)
            return;
        for (const FoundDevice &device : devices) {
            if (device.reply.mac() == mac) {
                usePort(device.settingPort);
                return start();
            }
        }
        complete(Failure { tr("the module did not answer a search on UDP port %1")
                                   .arg(settingPortsText(m_options.ports)),
                           ErrorCode::NotFound });
    });
    m_finder->start();
}

void SettingChannel::start()
{
    m_sockets->discardPending();
    if (!needsTurn())
        return send();
    // Once granted, the turn is kept through every resend until the request completes.
    m_sockets->listener().requestTurn(this, quint8(m_frame->command()), [this] { send(); });
}

bool SettingChannel::needsTurn() const
{
    // Answers only this channel's own port hears (as this program has seen the module answer),
    // or none heard on the setting port at all.
    const auto route = SettingPortListener::knownRoute(m_port->number, m_frame->mac());
    const bool ownPort = route && *route != ReplyRoute::SettingPort;
    return !ownPort && m_sockets->listener().isListening();
}

void SettingChannel::request(const RequestFrame &frame, Callback callback)
{
    if (m_callback) {
        callback(Failure { tr("another request is still waiting for its answer"), ErrorCode::Busy });
        return;
    }
    m_frame = frame;
    m_callback = std::move(callback);
    m_attempt = 0;
    m_ignored.clear();
    m_assembler.clear();
    resolvePort();
}

void SettingChannel::cancel()
{
    m_timer.stop();
    m_assemblyTimer.stop();
    m_frame.reset();
    m_callback = nullptr;
    if (m_finder) {
        m_finder->disconnect(this);
        m_finder->deleteLater();
        m_finder = nullptr;
    }
    if (m_sockets)
        m_sockets->listener().endTurn(this);
}

void SettingChannel::send()
{
    if (!m_callback)
        return;
    if (m_attempt >= m_options.attempts) {
        QString message = tr("no answer after %n attempt(s) of %1 ms", nullptr, m_attempt).arg(m_options.timeoutMs);
        if (!m_ignored.isEmpty())
            message += tr("; ignored: %1").arg(m_ignored.join(QStringLiteral(", ")));
        complete(Failure { message, ErrorCode::Timeout });
        return;
    }
    ++m_attempt;
    m_assembler.clear();
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
        complete(Failure { tr("cannot send: %1").arg(failures.join(QStringLiteral("; "))), ErrorCode::Io });
        return;
    }
    m_timer.start(m_options.timeoutMs);
}

void SettingChannel::handleDatagram(const ReceivedDatagram &datagram)
{
    // Nothing is an answer before the request has gone out (a late one to the request before
    // may arrive while this one waits for its turn).
    if (!m_callback || m_attempt == 0)
        return;
    // An answer broadcast to the setting port is this channel's only while it has the turn of
    // its command; answers to other commands there are other requests' business.
    const bool settingPort = datagram.route == ReplyRoute::SettingPort;
    if (settingPort && !m_sockets->listener().hasTurn(this, quint8(m_frame->command())))
        return;
    // Requests broadcast to the setting port (this program's own among them) and search
    // replies are no answer to a command.
    if (RequestFrame::parse(datagram.data, nullptr) || SearchReply::parse(datagram.data, nullptr))
        return;
    if (const auto reply = ShortReply::parse(datagram.data, nullptr)) {
        if (settingPort && reply->commandByte() != quint8(m_frame->command()))
            return;
        return handleShortReply(datagram);
    }
    if (m_frame->command() != Command::Read) {
        if (!settingPort)
            ignore(tr("%n unexpected byte(s)", nullptr, int(datagram.data.size())));
        return;
    }
    m_assemblyRoute = datagram.route;
    switch (m_assembler.add(datagram.data)) {
    case ReadReplyAssembler::State::Complete:
        return readAssembled();
    case ReadReplyAssembler::State::MaybeComplete:
    case ReadReplyAssembler::State::Incomplete:
        // The rest decides, not a resend that would start the reply over.
        m_timer.stop();
        m_assemblyTimer.start(m_options.assemblyQuietMs);
        return;
    case ReadReplyAssembler::State::Empty:
    case ReadReplyAssembler::State::Overflow:
        ignore(tr("a read reply too long to be one (%1)").arg(m_assembler.describe()));
        m_assembler.clear();
        m_assemblyTimer.stop();
        if (!m_timer.isActive())
            m_timer.start(m_options.timeoutMs);
        return;
    }
}

void SettingChannel::handleShortReply(const ReceivedDatagram &datagram)
{
    const auto reply = ShortReply::parse(datagram.data, nullptr);
    if (reply->commandByte() != quint8(m_frame->command())) {
        return ignore(reply->command() ? tr("a reply to %1").arg(commandName(*reply->command()))
                                       : tr("a reply to unknown command 0x%1")
                                                 .arg(reply->commandByte(), 2, 16, QLatin1Char('0')));
    }
    learnRoute(datagram.route);
    switch (reply->status()) {
    case ShortReply::Status::Ok:
        if (m_frame->command() == Command::Read)
            return complete(Failure { tr("module acknowledged the read but sent no parameters") });
        return complete(QByteArray());
    case ShortReply::Status::Auth:
        return complete(Failure { reply->text(), ErrorCode::Credentials });
    case ShortReply::Status::Error:
        // The request's checksum is right by construction: some firmware (410S, N540) answers
        // a wrong login so.
        return complete(Failure { tr("%1; some modules answer so to a wrong user name or password")
                                          .arg(reply->text()),
                                  ErrorCode::Rejected });
    }
}

void SettingChannel::readAssembled()
{
    m_assemblyTimer.stop();
    if (!m_callback || m_assembler.state() == ReadReplyAssembler::State::Empty)
        return;
    if (m_assembler.state() == ReadReplyAssembler::State::Incomplete) {
        ignore(tr("an incomplete read reply (%1)").arg(m_assembler.describe()));
        return send();
    }
    QString error;
    if (!DeviceConfig::parse(m_assembler.bytes(), &error)) {
        const QString what = m_assembler.describe();
        m_assembler.clear();
        return complete(Failure { tr("%1 (%2)").arg(error, what) });
    }
    learnRoute(m_assemblyRoute);
    complete(m_assembler.bytes());
}

void SettingChannel::ignore(const QString &what)
{
    // A few name the trouble; a flood of junk must not grow without end.
    constexpr int MaxNamed = 5;
    if (m_ignored.size() < MaxNamed && !m_ignored.contains(what))
        m_ignored << what;
}

void SettingChannel::learnRoute(ReplyRoute route)
{
    SettingPortListener::rememberRoute(m_port->number, m_frame->mac(), route);
}

void SettingChannel::complete(Result<QByteArray> result)
{
    m_timer.stop();
    m_assemblyTimer.stop();
    m_frame.reset();
    if (m_sockets)
        m_sockets->listener().endTurn(this);
    // Taken out first: the callback may start the next request.
    const Callback callback = std::exchange(m_callback, nullptr);
    callback(std::move(result));
}

} // namespace s2e
