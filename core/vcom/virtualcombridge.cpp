#include "virtualcombridge.h"

#include <QNetworkDatagram>
#include <QTcpSocket>
#include <QUdpSocket>

namespace s2e {

namespace {
// Room left in a UDP datagram on an Ethernet link.
constexpr qsizetype MaxDatagram = 1472;
// Bytes from the module read from the socket at most before the terminal takes them.
constexpr qint64 SocketReadBuffer = 64 * 1024;
} // namespace

VirtualComBridge::VirtualComBridge(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &VirtualComBridge::connectToModule);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        onDisconnected(tr("no connection within %1 ms").arg(m_options.connectTimeoutMs));
    });
    connect(&m_settingsTimer, &QTimer::timeout, this, &VirtualComBridge::checkSettings);
}

VirtualComBridge::~VirtualComBridge()
{
    stop();
}

QString VirtualComBridge::stateName(State state)
{
    switch (state) {
    case State::Stopped: return tr("stopped");
    case State::Connecting: return tr("connecting");
    case State::Connected: return tr("connected");
    case State::Waiting: return tr("waiting to reconnect");
    }
    return {};
}

QString VirtualComBridge::moduleText() const
{
    return tr("%1:%2 (%3)")
            .arg(m_options.host)
            .arg(m_options.port)
            .arg(m_options.transport == Transport::Tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"));
}

QString VirtualComBridge::terminalPath() const
{
    if (!m_pty)
        return {};
    return m_options.linkPath.isEmpty() ? m_pty->slavePath() : m_options.linkPath;
}

Result<void> VirtualComBridge::start()
{
    if (m_pty)
        return {};
    if (m_options.host.isEmpty() || m_options.port == 0)
        return Failure { tr("virtual COM: no module address and port given") };
    auto pty = PseudoTerminal::open(this);
    if (!pty)
        return Failure { pty.error() };
    m_pty = std::move(pty).value();
    if (!m_options.linkPath.isEmpty()) {
        if (const auto linked = m_pty->link(m_options.linkPath); !linked) {
            m_pty.reset();
            return linked;
        }
    }
    connect(m_pty.get(), &PseudoTerminal::dataReceived, this, &VirtualComBridge::fromTerminal);
    connect(m_pty.get(), &PseudoTerminal::readyToWrite, this, &VirtualComBridge::flushToTerminal);
    m_pty->setReading(false);
    m_settings = m_pty->settings();
    m_settingsTimer.start(m_options.settingsPollMs);
    m_retryMs = m_options.retryMinMs;
    connectToModule();
    return {};
}

void VirtualComBridge::stop()
{
    m_retryTimer.stop();
    m_connectTimer.stop();
    m_settingsTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_pty.reset();
    m_toTerminal.clear();
    if (m_state != State::Stopped)
        setState(State::Stopped);
}

void VirtualComBridge::setState(State state, const QString &detail)
{
    m_state = state;
    emit stateChanged(state, detail);
}

void VirtualComBridge::connectToModule()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    setState(State::Connecting, moduleText());
    if (m_options.transport == Transport::Udp) {
        auto *udp = new QUdpSocket(this);
        m_socket = udp;
        connect(udp, &QUdpSocket::readyRead, this, &VirtualComBridge::readModule);
        connect(udp, &QUdpSocket::connected, this, &VirtualComBridge::onConnected);
        connect(udp, &QUdpSocket::errorOccurred, this, [this, udp] {
            // ICMP port unreachable while nobody listens: UDP has no connection to lose.
            if (udp->error() != QAbstractSocket::ConnectionRefusedError)
                onDisconnected(udp->errorString());
        });
        // A connected UDP socket takes datagrams from the module only.
        udp->connectToHost(m_options.host, m_options.port);
        return;
    }
    auto *tcp = new QTcpSocket(this);
    m_socket = tcp;
    tcp->setReadBufferSize(SocketReadBuffer);
    connect(tcp, &QTcpSocket::connected, this, &VirtualComBridge::onConnected);
    connect(tcp, &QTcpSocket::readyRead, this, &VirtualComBridge::readModule);
    connect(tcp, &QTcpSocket::bytesWritten, this, &VirtualComBridge::updateTerminalReading);
    connect(tcp, &QTcpSocket::disconnected, this, [this] { onDisconnected(tr("the module closed the connection")); });
    connect(tcp, &QTcpSocket::errorOccurred, this, [this, tcp] {
        if (tcp->error() != QAbstractSocket::RemoteHostClosedError)
            onDisconnected(tcp->errorString());
    });
    m_connectTimer.start(m_options.connectTimeoutMs);
    tcp->connectToHost(m_options.host, m_options.port);
}

void VirtualComBridge::onConnected()
{
    m_connectTimer.stop();
    m_retryMs = m_options.retryMinMs;
    ++m_counters.connects;
    if (m_options.transport == Transport::Tcp)
        qobject_cast<QTcpSocket *>(m_socket.data())->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    setState(State::Connected, moduleText());
    // A module that restarted has forgotten what the program asked for.
    if (m_options.rfc2217 && (m_settingsChanged || m_settingsPending || m_options.format))
        sendSettings();
    updateTerminalReading();
}

void VirtualComBridge::onDisconnected(const QString &reason)
{
    if (m_state == State::Waiting || m_state == State::Stopped)
        return;
    m_connectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    // The program's bytes wait in the terminal meanwhile; its writes block once it is full.
    if (m_pty)
        m_pty->setReading(false);
    setState(State::Waiting, tr("%1; retrying in %2 ms").arg(reason).arg(m_retryMs));
    m_retryTimer.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, m_options.retryMaxMs);
}

void VirtualComBridge::updateTerminalReading()
{
    if (!m_pty)
        return;
    const bool room = m_state == State::Connected && m_socket
            && m_socket->bytesToWrite() < m_options.maxInFlight;
    if (room != m_pty->isReading())
        m_pty->setReading(room);
}

void VirtualComBridge::fromTerminal(const QByteArray &data)
{
    // Settings first, so that bytes the program wrote after changing them follow the packet.
    checkSettings();
    if (!m_socket || m_state != State::Connected)
        return; // not reading while disconnected: only a race brings us here
    if (m_options.transport == Transport::Udp) {
        for (qsizetype at = 0; at < data.size(); at += MaxDatagram)
            m_socket->write(data.mid(at, MaxDatagram));
    } else {
        m_socket->write(data);
    }
    m_counters.toModule += data.size();
    updateTerminalReading();
}

void VirtualComBridge::readModule()
{
    if (!m_socket)
        return;
    // Only as much as the terminal takes: the rest stays in the socket, and TCP's window
    // slows the module down.
    if (!m_toTerminal.isEmpty())
        return;
    if (auto *udp = qobject_cast<QUdpSocket *>(m_socket.data())) {
        while (udp->hasPendingDatagrams() && m_toTerminal.isEmpty()) {
            const QByteArray datagram = udp->receiveDatagram().data();
            m_counters.fromModule += datagram.size();
            const qsizetype written = m_pty->writeSome(datagram);
            m_toTerminal = datagram.mid(written);
        }
        return;
    }
    while (m_socket->bytesAvailable() > 0 && m_toTerminal.isEmpty()) {
        const QByteArray chunk = m_socket->read(SocketReadBuffer);
        m_counters.fromModule += chunk.size();
        const qsizetype written = m_pty->writeSome(chunk);
        m_toTerminal = chunk.mid(written);
    }
}

void VirtualComBridge::flushToTerminal()
{
    if (!m_pty || m_toTerminal.isEmpty())
        return;
    const qsizetype written = m_pty->writeSome(m_toTerminal);
    m_toTerminal.remove(0, written);
    if (m_toTerminal.isEmpty())
        readModule();
}

void VirtualComBridge::checkSettings()
{
    if (!m_pty)
        return;
    const auto now = m_pty->settings();
    if (!now || now == m_settings)
        return;
    m_settings = now;
    m_settingsChanged = true;
    if (!m_options.rfc2217)
        return;
    if (m_state == State::Connected)
        sendSettings();
    else
        m_settingsPending = true;
}

SerialSettings VirtualComBridge::effectiveSettings() const
{
    SerialSettings settings = m_settings.value_or(SerialSettings());
    if (m_options.format) {
        settings.dataBits = m_options.format->dataBits;
        settings.parity = m_options.format->parity;
        settings.stopBits = m_options.format->stopBits;
    }
    return settings;
}

void VirtualComBridge::sendSettings()
{
    m_settingsPending = false;
    if (!m_settings || !m_socket)
        return;
    const SerialSettings settings = effectiveSettings();
    const auto packet = settings.toPacket(m_options.checksumForm);
    if (!packet)
        return emit settingsRefused(tr("%1: serial settings %2 not sent: %3")
                                            .arg(moduleText(), settings.toString(), packet.error()));
    const QByteArray bytes = packet->encode();
    m_socket->write(bytes);
    ++m_counters.settingsSent;
    emit settingsSent(settings, bytes);
}

} // namespace s2e
