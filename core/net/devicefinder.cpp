#include "devicefinder.h"

#include "protocol/requestframe.h"
#include "settingportlistener.h"
#include "targetsockets.h"

#include <QNetworkInterface>

namespace s2e {

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
    m_sendTimer.setInterval(m_options.sendIntervalMs);
    connect(&m_sendTimer, &QTimer::timeout, this, &DeviceFinder::sendSearch);
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
    m_ignored = 0;
    m_sent = 0;
    m_running = true;
    m_clock.start();
    m_sockets = new TargetSockets(m_options.targets, m_options.port, this);
    connect(m_sockets, &TargetSockets::datagramReceived, this, &DeviceFinder::handleDatagram);
    m_capTimer.start();
    sendSearch();
    m_sendTimer.start();
}

void DeviceFinder::stop()
{
    m_sendTimer.stop();
    m_quietTimer.stop();
    m_capTimer.stop();
    m_running = false;
    if (m_sockets) {
        // Deferred: stop() may run inside a signal the sockets are emitting.
        m_sockets->disconnect(this);
        m_sockets->deleteLater();
        m_sockets = nullptr;
    }
}

void DeviceFinder::sendSearch()
{
    const QStringList failures = m_sockets->sendToAll(RequestFrame::search().encode());
    // Unreachable targets are reported once, on the first round.
    if (m_sent == 0) {
        for (const QString &failure : failures)
            emit targetFailed(failure);
        if (const QString warning = m_sockets->listener().takeBindWarning(); !warning.isEmpty())
            emit targetFailed(warning);
    }
    if (++m_sent >= m_options.sends) {
        m_sendTimer.stop();
        m_quietTimer.start();
    }
}

void DeviceFinder::handleDatagram(const ReceivedDatagram &datagram)
{
    const auto reply = SearchReply::parse(datagram.data, nullptr);
    if (!reply) {
        // Requests broadcast to the setting port (this search's own among them) are no answer.
        if (!RequestFrame::parse(datagram.data, nullptr))
            ++m_ignored;
        return;
    }
    auto it = m_devices.find(reply->mac());
    if (it != m_devices.end()) {
        if (!datagram.interfaceName.isEmpty() && !it->interfaces.contains(datagram.interfaceName)) {
            it->interfaces << datagram.interfaceName;
            emit deviceUpdated(*it);
        }
        return;
    }
    SettingPortListener::rememberRoute(m_options.port, reply->mac(), datagram.route);
    FoundDevice device { *reply, datagram.sender, {}, datagram.route,
                         localAddressFor(QHostAddress(reply->ipv4()), datagram.interfaceIndex) };
    if (!datagram.interfaceName.isEmpty())
        device.interfaces << datagram.interfaceName;
    m_devices.insert(reply->mac(), device);
    if (m_sent >= m_options.sends)
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
