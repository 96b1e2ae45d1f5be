#include "settingportlistener.h"

#include <QHash>
#include <QSet>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QVariant>

namespace s2e {

namespace {
QHash<quint16, std::weak_ptr<SettingPortListener>> &listeners()
{
    static QHash<quint16, std::weak_ptr<SettingPortListener>> byPort;
    return byPort;
}

QHash<quint16, QHash<MacAddress, ReplyRoute>> &routes()
{
    static QHash<quint16, QHash<MacAddress, ReplyRoute>> byPort;
    return byPort;
}
} // namespace

std::shared_ptr<SettingPortListener> SettingPortListener::forPort(quint16 port)
{
    if (auto existing = listeners().value(port).lock())
        return existing;
    std::shared_ptr<SettingPortListener> listener(new SettingPortListener(port));
    listeners().insert(port, listener);
    return listener;
}

SettingPortListener::SettingPortListener(quint16 port) : m_port(port), m_socket(new QUdpSocket(this))
{
    // Shared: the vendor's tool, another s2ectl or a virtual module may listen here too.
    if (m_socket->bind(QHostAddress(QHostAddress::AnyIPv4), port,
                       QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        // Broadcast answers of a whole network arrive at once (the system may cap this).
        m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(1024 * 1024));
        connect(m_socket, &QUdpSocket::readyRead, this, &SettingPortListener::readPending);
    } else
        m_bindError = m_socket->errorString();
}

SettingPortListener::~SettingPortListener()
{
    auto &byPort = listeners();
    if (const auto it = byPort.find(m_port); it != byPort.end() && it->expired())
        byPort.erase(it);
}

QString SettingPortListener::takeBindWarning()
{
    // Once per program and port, however often the listener is made anew.
    static QSet<quint16> warned;
    if (m_bindError.isEmpty() || warned.contains(m_port))
        return QString();
    warned.insert(m_port);
    return tr("cannot listen on UDP port %1 (%2): answers that modules broadcast to that port "
              "are not heard; answers to this program's own port still are")
            .arg(m_port)
            .arg(m_bindError);
}

void SettingPortListener::readPending()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (datagram.isValid())
            emit datagramReceived(receivedDatagram(datagram, true));
    }
}

void SettingPortListener::rememberRoute(quint16 port, const MacAddress &mac, ReplyRoute route)
{
    routes()[port].insert(mac, route);
}

std::optional<ReplyRoute> SettingPortListener::knownRoute(quint16 port, const MacAddress &mac)
{
    const auto byMac = routes().constFind(port);
    if (byMac == routes().cend())
        return std::nullopt;
    const auto route = byMac->constFind(mac);
    return route == byMac->cend() ? std::nullopt : std::optional<ReplyRoute>(*route);
}

void SettingPortListener::requestTurn(QObject *owner, quint8 command, std::function<void()> granted)
{
    Turns &turns = m_turns[command];
    // A holder destroyed without giving the turn up holds nothing.
    if (!turns.holding || (!turns.handingOver && !turns.holder)) {
        turns.holding = true;
        turns.holder = owner;
        granted();
        return;
    }
    turns.queue.append({ owner, std::move(granted) });
}

bool SettingPortListener::hasTurn(const QObject *owner, quint8 command) const
{
    const auto it = m_turns.constFind(command);
    return owner && it != m_turns.cend() && it->holder == owner;
}

void SettingPortListener::endTurn(const QObject *owner)
{
    for (auto it = m_turns.begin(); it != m_turns.end(); ++it) {
        Turns &turns = it.value();
        turns.queue.removeIf([owner](const Waiting &waiting) { return waiting.owner == owner; });
        if (!turns.holding || turns.handingOver || turns.holder != owner)
            continue;
        // Handed over from the event loop: the datagram that ended this turn may still be on
        // its way to the others, and the next holder must not take it.
        turns.holder = nullptr;
        turns.handingOver = true;
        QMetaObject::invokeMethod(this, [this, command = it.key()] { grantNext(command); }, Qt::QueuedConnection);
    }
}

void SettingPortListener::grantNext(quint8 command)
{
    Turns &turns = m_turns[command];
    turns.handingOver = false;
    // Owners destroyed while waiting are skipped.
    while (!turns.queue.isEmpty() && !turns.queue.first().owner)
        turns.queue.removeFirst();
    if (turns.queue.isEmpty()) {
        turns.holding = false;
        return;
    }
    Waiting next = turns.queue.takeFirst();
    turns.holder = next.owner;
    next.granted();
}

} // namespace s2e
