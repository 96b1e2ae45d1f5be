#include "devicefinder.h"

#include "knownmodules.h"
#include "protocol/requestframe.h"
#include "protocol/t24reply.h"
#include "settingportlistener.h"
#include "targetsockets.h"

#include <QNetworkInterface>

#include <cmath>

namespace s2e {

namespace {
// A round and the final wait last this many times the slowest answer seen, at least MinRoundMs.
constexpr int AnswerWaitFactor = 4;
constexpr int MinRoundMs = 20;
// A search nothing answers gives up after this many rounds.
constexpr int EmptySends = 3;
constexpr int MaxTrackedRounds = 64;
// The family a module answering on this port is of: the port's only one, or what a read
// has told.
const ModelDef *modelOnPort(const SettingPort &port, const MacAddress &mac)
{
    const QList<const ModelDef *> onPort = ModelTable::onPort(port.standard);
    return onPort.size() == 1 ? onPort.first() : KnownModules::model(mac);
}

} // namespace

QHostAddress localAddressFor(const QHostAddress &module, int interfaceIndex)
{
    const QNetworkInterface iface = QNetworkInterface::interfaceFromIndex(interfaceIndex);
    QHostAddress first;
    for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
        if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        if (module.isInSubnet(entry.ip(), entry.prefixLength()))
            return entry.ip();
        if (first.isNull())
            first = entry.ip();
    }
    return first;
}

DeviceFinder::DeviceFinder(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &DeviceFinder::roundEnded);
    m_quietTimer.setSingleShot(true);
    m_quietTimer.setInterval(m_options.quietMs);
    connect(&m_quietTimer, &QTimer::timeout, this, &DeviceFinder::finish);
    m_capTimer.setSingleShot(true);
    m_capTimer.setInterval(m_options.capMs);
    connect(&m_capTimer, &QTimer::timeout, this, &DeviceFinder::finish);
}

void DeviceFinder::start()
{
    stop();
    m_devices.clear();
    m_answers.clear();
    m_slowestMs = -1;
    m_ignored = 0;
    m_sent = 0;
    m_running = true;
    m_clock.start();
    for (const SettingPort &port : std::as_const(m_options.ports)) {
        auto *sockets = new TargetSockets(m_options.targets, port.number, this);
        connect(sockets, &TargetSockets::datagramReceived, this,
                [this, port](const ReceivedDatagram &datagram) { handleDatagram(datagram, port); });
        m_sockets << sockets;
    }
    m_capTimer.start();
    sendSearch();
}

void DeviceFinder::stop()
{
    m_sendTimer.stop();
    m_quietTimer.stop();
    m_capTimer.stop();
    m_running = false;
    // Deferred: stop() may run inside a signal the sockets are emitting.
    for (TargetSockets *sockets : std::as_const(m_sockets)) {
        sockets->disconnect(this);
        sockets->deleteLater();
    }
    m_sockets.clear();
}

void DeviceFinder::sendSearch()
{
    QStringList failures;
    for (qsizetype i = 0; i < m_sockets.size(); ++i) {
        const QStringList sendFailures = m_sockets[i]->sendToAll(RequestFrame::search().encode());
        // The older T24 modules answer only their own search, on the 302's port.
        if (m_options.ports.value(i).standard == ModelTable::t24().settingPort)
            m_sockets[i]->sendToAll(T24Reply::request());
        for (const QString &failure : sendFailures) {
            if (!failures.contains(failure))
                failures << failure;
        }
    }
    // Unreachable targets are reported once, on the first round.
    if (m_sent == 0) {
        for (const QString &failure : std::as_const(failures))
            emit targetFailed(failure);
        for (TargetSockets *sockets : std::as_const(m_sockets)) {
            if (const QString warning = sockets->listener().takeBindWarning(); !warning.isEmpty())
                emit targetFailed(warning);
        }
    }
    ++m_sent;
    m_lastSendMs = m_clock.elapsed();
    m_sendTimer.start(m_options.adaptive ? answerWaitMs(MinRoundMs, m_options.sendIntervalMs) : m_options.sendIntervalMs);
}

int DeviceFinder::answerWaitMs(int floorMs, int ceilingMs) const
{
    if (m_slowestMs < 0)
        return ceilingMs;
    return int(qBound<qint64>(qMin(floorMs, ceilingMs), AnswerWaitFactor * m_slowestMs, qint64(ceilingMs)));
}

double DeviceFinder::missedEstimate() const
{
    // How often a known module missed a round after its first answer, with one miss and
    // one answer assumed beforehand so that a few rounds of few modules are not taken as
    // proof of a loss-free network.
    qint64 chances = 0;
    qint64 misses = 0;
    const int rounds = qMin(m_sent, MaxTrackedRounds);
    for (const Answers &answers : m_answers) {
        for (int round = answers.firstRound + 1; round < rounds; ++round) {
            ++chances;
            if (!(answers.rounds & (quint64(1) << round)))
                ++misses;
        }
    }
    const double missRate = double(misses + 1) / double(chances + 2);
    return double(m_answers.size() + 1) * std::pow(missRate, m_sent);
}

void DeviceFinder::roundEnded()
{
    bool more = m_sent < m_options.sends;
    if (m_options.adaptive && m_sent >= m_options.minSends) {
        if (m_devices.isEmpty())
            more = more && m_sent < EmptySends;
        else
            more = more && missedEstimate() >= m_options.missRisk;
    }
    if (more)
        return sendSearch();
    // Late answers to the last round still count.
    int quietMs = m_options.quietMs;
    if (m_options.adaptive) {
        const int sinceSend = int(m_clock.elapsed() - m_lastSendMs);
        quietMs = qMax(answerWaitMs(MinRoundMs, m_options.quietMs), m_options.minQuietMs) - sinceSend;
    }
    m_quietTimer.start(qMax(0, quietMs));
}

void DeviceFinder::handleDatagram(const ReceivedDatagram &datagram, const SettingPort &port)
{
    std::optional<T24Reply> t24;
    auto reply = SearchReply::parse(datagram.data, nullptr);
    if (!reply && port.standard == ModelTable::t24().settingPort && (t24 = T24Reply::parse(datagram.data, nullptr))) {
        reply = SearchReply();
        reply->setMac(t24->mac());
        reply->setIpv4(t24->parameters().ipv4);
        reply->setFirmware(t24->version());
    }
    if (!reply) {
        // Requests broadcast to the setting port (this search's own among them) are no answer.
        if (!RequestFrame::parse(datagram.data, nullptr) && !T24Reply::isRequest(datagram.data))
            ++m_ignored;
        return;
    }
    if (m_sent > 0) {
        const int round = m_sent - 1;
        m_slowestMs = qMax(m_slowestMs, m_clock.elapsed() - m_lastSendMs);
        Answers &answers = m_answers[reply->mac()];
        if (answers.rounds == 0)
            answers.firstRound = round;
        if (round < MaxTrackedRounds)
            answers.rounds |= quint64(1) << round;
    }
    auto it = m_devices.find(reply->mac());
    if (it != m_devices.end()) {
        // A 302 answers both searches: its own answer says more than the T24 one.
        if (it->t24 && !t24) {
            it->reply = *reply;
            it->t24.reset();
            it->model = modelOnPort(port, reply->mac());
            if (it->model)
                KnownModules::rememberModel(reply->mac(), *it->model);
            emit deviceUpdated(*it);
        }
        if (!datagram.interfaceName.isEmpty() && !it->interfaces.contains(datagram.interfaceName)) {
            it->interfaces << datagram.interfaceName;
            emit deviceUpdated(*it);
        }
        return;
    }
    SettingPortListener::rememberRoute(port.number, reply->mac(), datagram.route);
    KnownModules::rememberSettingPort(reply->mac(), port);
    FoundDevice device;
    device.reply = *reply;
    device.sender = datagram.sender;
    device.route = datagram.route;
    device.localAddress = localAddressFor(QHostAddress(reply->ipv4()), datagram.interfaceIndex);
    device.settingPort = port;
    device.model = modelOnPort(port, reply->mac());
    if (t24) {
        device.model = &ModelTable::t24();
        device.t24 = t24;
        KnownModules::rememberModel(reply->mac(), *device.model);
    }
    if (!datagram.interfaceName.isEmpty())
        device.interfaces << datagram.interfaceName;
    m_devices.insert(reply->mac(), device);
    if (m_quietTimer.isActive())
        m_quietTimer.start();
    emit deviceFound(device);
    if (m_running && !m_options.stopAtMac.isNull() && reply->mac() == m_options.stopAtMac)
        finish();
}

void DeviceFinder::finish()
{
    if (!m_running)
        return;
    stop();
    emit finished();
}

} // namespace s2e
