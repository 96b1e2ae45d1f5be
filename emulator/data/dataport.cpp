#include "dataport.h"

#include "httpdclientlink.h"
#include "serialside.h"
#include "tcplinks.h"
#include "udplinks.h"
#include "virtualmodule.h"

namespace s2e::emu {

namespace {

constexpr int MinimumNoDataRestartSeconds = 60;

QString field(const VirtualModule &module, const char *key)
{
    return FieldDef::toText(*module.runningConfig().value(QString::fromLatin1(key)));
}

// "data,type" of AT+REGUSER / AT+HEARTUSER as bytes.
QByteArray packetData(const QString &setting)
{
    const QString data = setting.section(QLatin1Char(','), 0, -2);
    const bool hex = setting.section(QLatin1Char(','), -1) == QLatin1String("HEX");
    return hex ? QByteArray::fromHex(data.toLatin1()) : data.toLatin1();
}

} // namespace

DataPort::DataPort(VirtualModule &module, SerialSide *serial, int maxClients, QObject *parent)
    : QObject(parent), m_module(module), m_serial(serial), m_maxClients(maxClients)
{
    connect(&m_framer, &SerialFramer::frameReady, this, [this](QByteArray frame) {
        if (m_registrationWhen == u"EVERY" || m_registrationWhen == u"ALL")
            frame.prepend(registration());
        m_counters.toNetwork += frame.size();
        if (m_link)
            m_link->send(frame);
        emit frameSent(frame);
    });
    connect(&m_pacer, &SerialPacer::bytesReady, this, [this](const QByteArray &data) {
        m_counters.toSerial += data.size();
        if (m_serial)
            m_serial->writeData(data);
    });
    if (serial) {
        connect(serial, &SerialSide::dataReceived, this, [this](const QByteArray &data) {
            m_counters.fromSerial += data.size();
            touch();
            if (m_gateway)
                return m_gateway->fromSerial(data);
            m_framer.push(data);
        });
    }
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const QByteArray beat = heartbeat();
        if (beat.isEmpty())
            return;
        if (m_heartbeatToNetwork && m_link) {
            m_counters.toNetwork += beat.size();
            m_link->send(beat);
        } else if (!m_heartbeatToNetwork) {
            m_pacer.push(beat);
        }
    });
    m_rfc2217Release.setSingleShot(true);
    m_rfc2217Release.setInterval(50);
    connect(&m_rfc2217Release, &QTimer::timeout, this, [this] { m_pacer.push(m_rfc2217.flush()); });
    m_noDataRestart.setSingleShot(true);
    connect(&m_noDataRestart, &QTimer::timeout, &m_module, &VirtualModule::restart);
    connect(&module, &VirtualModule::restarted, this, &DataPort::rebuild);
    module.setLinkStateSource([this] { return stateText(); });
}

void DataPort::touch()
{
    if (m_noDataRestart.interval() > 0 && m_noDataRestart.isActive())
        m_noDataRestart.start();
}

void DataPort::rebuild()
{
    delete m_link;
    m_link = nullptr;
    m_sinceRestart.start();
    m_rfc2217.flush();
    const DeviceConfig &config = m_module.runningConfig();
    const QHostAddress address(field(m_module, "ip.address"));
    m_baud = quint32(config.value(u"port1.baud")->toInteger());
    m_format = QStringLiteral("%1%2%3")
                       .arg(field(m_module, "port1.data_bits"))
                       .arg(field(m_module, "port1.parity").left(1).toUpper())
                       .arg(field(m_module, "port1.stop_bits"));
    m_framer.configure(m_baud, int(config.value(u"port1.pack_time")->toInteger()),
                       int(config.value(u"port1.pack_len")->toInteger()));
    m_pacer.setBaud(m_baud);
    m_rfc2217Enabled = config.value(u"port1.rfc2217")->toBool();

    const Endpoint local { address, quint16(config.value(u"port1.local_port")->toInteger()) };
    const QString remoteHost = field(m_module, "port1.remote_host");
    const quint16 remotePort = quint16(config.value(u"port1.remote_port")->toInteger());
    const QString mode = field(m_module, "port1.mode");
    const auto at = [this](const char *name) { return m_module.atSetting(QString::fromLatin1(name)); };
    if (mode == u"tcp-server") {
        // A family that keeps the limit among its parameters (the 302) follows them.
        const auto clients = config.value(u"port1.max_clients");
        m_link = new TcpServerLink(local, clients ? int(clients->toInteger()) : m_maxClients, this);
    } else if (mode == u"tcp-client") {
        const int shortSeconds = at("SOCKSL") == u"ON" ? at("SHORTO").toInt() : 0;
        m_link = new TcpClientLink(local, remoteHost, remotePort, shortSeconds, this);
    } else if (mode == u"udp-server") {
        m_link = UdpLink::server(local, this);
    } else if (mode == u"udp-client") {
        m_link = UdpLink::client(local, { QHostAddress(remoteHost), remotePort }, at("UDPON") == u"ON", this);
    } else if (mode == u"httpd-client") {
        HttpdClientLink::Request request;
        request.host = remoteHost;
        request.port = remotePort;
        request.post = at("HTPTP") == u"POST";
        request.url = at("HTPURL");
        request.header = at("HTPHEAD");
        request.stripHeader = at("HTPCHD") == u"ON";
        m_link = new HttpdClientLink(local, request, this);
    }
    const QString regen = at("REGEN");
    m_registrationWhen = regen == u"OFF" || mode != u"tcp-client" ? QString() : at("REGTCP");
    buildGateway(mode);
    if (m_link) {
        connect(m_link, &NetworkLink::received, this, &DataPort::receiveFromNetwork);
        connect(m_link, &NetworkLink::connected, this, &DataPort::onConnected);
        m_link->start();
    }

    m_heartbeat.stop();
    if (at("HEARTEN") == u"ON") {
        m_heartbeatToNetwork = at("HEARTTP") != u"COM";
        m_heartbeat.start(at("HEARTTM").toInt() * 1000);
    }
    // The M4 families keep it in their basic block; others beside the blocks.
    const auto restartTimeout = config.value(u"restart_timeout");
    const int noData = restartTimeout ? int(restartTimeout->toInteger()) : at("RSTIM").toInt();
    m_noDataRestart.stop();
    m_noDataRestart.setInterval(0);
    if (noData >= MinimumNoDataRestartSeconds) {
        m_noDataRestart.setInterval(noData * 1000);
        m_noDataRestart.start();
    }
}

void DataPort::buildGateway(const QString &mode)
{
    delete m_gateway;
    m_gateway = nullptr;
    if (!m_module.runningConfig().value(u"port1.modbus_tcp")->toBool() || (mode != u"tcp-server" && mode != u"tcp-client"))
        return;
    // AT+MODTO: how long the slave has to answer (manual: 200-9999, 200 by default).
    const int timeoutMs = qMax(200, m_module.atSetting(QStringLiteral("MODTO")).toInt());
    // 3.5 characters of 11 bits end an RTU frame (Modbus over Serial Line §2.5.1.1), 2 ms at least.
    const int gapMs = qMax(2, int(3.5 * 11 * 1000 / qMax<quint32>(m_baud, 1)) + 1);
    m_gateway = new ModbusGateway(timeoutMs, gapMs, this);
    connect(m_gateway, &ModbusGateway::toSerial, this, [this](const QByteArray &frame) { m_pacer.push(frame); });
    connect(m_gateway, &ModbusGateway::toNetwork, this, [this](QObject *master, const QByteArray &adu) {
        m_counters.toNetwork += adu.size();
        if (m_link)
            m_link->sendTo(master, adu);
    });
}

void DataPort::onConnected()
{
    if (m_module.atSetting(QStringLiteral("UARTCLBUF")) == u"ON") {
        m_framer.clear();
        m_link->clearPending();
    }
    if (m_registrationWhen == u"FIRST" || m_registrationWhen == u"ALL") {
        const QByteArray packet = registration();
        m_counters.toNetwork += packet.size();
        m_link->send(packet);
    }
}

QByteArray DataPort::registration() const
{
    const QString type = m_module.atSetting(QStringLiteral("REGEN"));
    if (type == u"MAC")
        return m_module.identity().mac.bytes();
    if (type == u"CLOUD")
        return (field(m_module, "cloud.id") + field(m_module, "cloud.code")).toLatin1();
    const QByteArray user = packetData(m_module.atSetting(QStringLiteral("REGUSER")));
    return user.isEmpty() ? m_module.atSetting(QStringLiteral("REGUSR")).toLatin1() : user;
}

QByteArray DataPort::heartbeat() const
{
    const QByteArray user = packetData(m_module.atSetting(QStringLiteral("HEARTUSER")));
    return user.isEmpty() ? m_module.atSetting(QStringLiteral("HEARTDT")).toLatin1() : user;
}

void DataPort::receiveFromNetwork(const QByteArray &data, QObject *peer)
{
    m_counters.fromNetwork += data.size();
    touch();
    if (m_gateway)
        return m_gateway->fromNetwork(data, peer);
    if (!m_rfc2217Enabled)
        return m_pacer.push(data);
    const Rfc2217Filter::Output out = m_rfc2217.feed(data);
    for (const Rfc2217Packet &packet : out.packets) {
        // In force until the next restart; the stored parameters do not change.
        m_baud = packet.baud();
        m_format = QStringLiteral("%1%2%3")
                           .arg(packet.dataBits())
                           .arg(Rfc2217Packet::parityName(packet.parity()).left(1).toUpper())
                           .arg(packet.stopBits());
        m_framer.configure(m_baud, int(m_module.runningConfig().value(u"port1.pack_time")->toInteger()),
                           int(m_module.runningConfig().value(u"port1.pack_len")->toInteger()));
        m_pacer.setBaud(m_baud);
        emit serialSettingsChanged();
    }
    m_pacer.push(out.data);
    m_rfc2217Release.start();
}

void DataPort::writeFromNetwork(const QByteArray &data)
{
    m_counters.fromNetwork += data.size();
    touch();
    m_pacer.push(data);
}

QString DataPort::stateText() const
{
    return m_link ? m_link->stateText() : QStringLiteral("IDLE");
}

QString DataPort::errorString() const
{
    return m_link ? m_link->errorString() : QString();
}

DataPort::Counters DataPort::counters() const
{
    Counters counters = m_counters;
    counters.dropped = m_framer.dropped() + m_pacer.dropped() + (m_link ? m_link->dropped() : 0)
            + (m_serial ? m_serial->droppedInCommandMode() : 0);
    return counters;
}

} // namespace s2e::emu
