#include "netatclient.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace s2e {

using at::AtReply;
using at::AtReplyParser;
using at::AtRequest;

NetAtClient::NetAtClient(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_socket(new QUdpSocket(this))
{
    if (options.module)
        m_module = *options.module;
    m_socket->bind(QHostAddress(QHostAddress::AnyIPv4), 0);
    connect(m_socket, &QUdpSocket::readyRead, this, &NetAtClient::readDatagrams);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetAtClient::onTimeout);
}

void NetAtClient::sendKeyword()
{
    const QByteArray keyword = m_options.keyword.toLatin1();
    if (m_options.module || !m_module.isNull()) {
        m_socket->writeDatagram(keyword, m_module.isNull() ? *m_options.module : m_module, m_options.port);
        return;
    }
    for (const SettingTarget &target : std::as_const(m_options.targets)) {
        QNetworkDatagram datagram(keyword, target.address, m_options.port);
        datagram.setInterfaceIndex(uint(target.interfaceIndex));
        m_socket->writeDatagram(datagram);
    }
}

void NetAtClient::discover(Callback<QList<NetAtDevice>> callback)
{
    if (m_stage != Stage::Idle)
        return callback(Failure { tr("net AT: another exchange is in progress") });
    m_found.clear();
    m_discoverCallback = std::move(callback);
    m_stage = Stage::Discover;
    m_attempt = 1;
    sendKeyword();
    m_timer.start(m_options.timeoutMs);
}

void NetAtClient::execute(const AtRequest &request, Callback<AtReply> callback)
{
    if (m_stage != Stage::Idle || m_request)
        return m_queue.append({ request, std::move(callback) });
    if (m_module.isNull())
        return callback(Failure { tr("net AT: no module chosen") });
    m_request = request;
    m_commandCallback = std::move(callback);
    m_attempt = 0;
    m_reentered = false;
    // Past the module's idle exit, its net AT mode is gone: knock again first.
    if (!m_lastExchange.isValid() || m_lastExchange.elapsed() > m_options.idleExitMs) {
        m_stage = Stage::Reenter;
        m_reentered = true;
        sendKeyword();
        m_timer.start(m_options.timeoutMs);
        return;
    }
    sendCommand();
}

void NetAtClient::sendCommand()
{
    m_stage = Stage::Command;
    ++m_attempt;
    m_socket->writeDatagram(m_request->encode(), m_module, m_options.port);
    m_timer.start(m_options.timeoutMs);
}

void NetAtClient::readDatagrams()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        const QByteArray data = datagram.data();
        switch (m_stage) {
        case Stage::Idle:
            break;
        case Stage::Discover:
        case Stage::Reenter: {
            const auto device = NetAtDevice::parse(data);
            if (!device)
                break;
            // Modules of the WIFI232 lineage take commands only once the host has answered
            // the discovery reply so; the others ignore it (protocol.md §2).
            m_socket->writeDatagram(QByteArrayLiteral("+ok"), datagram.senderAddress(), quint16(datagram.senderPort()));
            m_lastExchange.start();
            if (m_stage == Stage::Reenter) {
                if (device->address == m_module || datagram.senderAddress() == m_module) {
                    m_timer.stop();
                    m_attempt = 0;
                    sendCommand();
                }
                break;
            }
            if (std::none_of(m_found.begin(), m_found.end(),
                             [&](const NetAtDevice &d) { return d.mac == device->mac; }))
                m_found << *device;
            if (m_options.module) {
                m_timer.stop();
                onTimeout();
            }
            break;
        }
        case Stage::Command: {
            if (datagram.senderAddress() != m_module)
                break;
            AtReplyParser parser;
            QList<AtReply> replies = parser.feed(data);
            if (replies.isEmpty()) {
                if (const auto reply = parser.flush())
                    replies << *reply;
            }
            if (!replies.isEmpty()) {
                m_lastExchange.start();
                finishCommand(replies.first());
            }
            break;
        }
        }
    }
}

void NetAtClient::onTimeout()
{
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::Discover:
        if (m_found.isEmpty() && m_attempt < m_options.attempts) {
            ++m_attempt;
            sendKeyword();
            m_timer.start(m_options.timeoutMs);
            return;
        }
        m_stage = Stage::Idle;
        if (m_found.size() == 1 && m_module.isNull())
            m_module = m_found.first().address;
        if (m_options.module && !m_found.isEmpty())
            m_module = *m_options.module;
        std::exchange(m_discoverCallback, nullptr)(m_found);
        return;
    case Stage::Reenter:
        if (++m_attempt < m_options.attempts) {
            sendKeyword();
            m_timer.start(m_options.timeoutMs);
            return;
        }
        return finishCommand(Failure { tr("%1: the module at %2 does not answer the net AT keyword")
                                               .arg(m_request->text(), m_module.toString()) });
    case Stage::Command:
        if (m_attempt < m_options.attempts)
            return sendCommand();
        // The module may have left net AT mode: knock once more before giving up.
        if (!m_reentered) {
            m_reentered = true;
            m_attempt = 0;
            m_stage = Stage::Reenter;
            sendKeyword();
            m_timer.start(m_options.timeoutMs);
            return;
        }
        return finishCommand(Failure { tr("%1: no answer from %2 after %n attempt(s)", nullptr, m_attempt)
                                               .arg(m_request->text(), m_module.toString()) });
    }
}

void NetAtClient::finishCommand(Result<AtReply> result)
{
    m_timer.stop();
    m_stage = Stage::Idle;
    m_request.reset();
    std::exchange(m_commandCallback, nullptr)(std::move(result));
    if (!m_queue.isEmpty() && m_stage == Stage::Idle && !m_request) {
        auto [request, callback] = m_queue.takeFirst();
        execute(request, std::move(callback));
    }
}

} // namespace s2e
