#include "emulator.h"

#include "boundaddress.h"

#include "protocol/upgrade/bootppacket.h"

#include <QDir>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

namespace s2e::emu {

QString replyModeName(ReplyMode mode)
{
    switch (mode) {
    case ReplyMode::Peer:
        return QStringLiteral("peer");
    case ReplyMode::Broadcast:
        return QStringLiteral("broadcast");
    case ReplyMode::BroadcastPort:
        return QStringLiteral("broadcast-port");
    }
    return QString();
}

std::optional<ReplyMode> replyModeFromName(QStringView name)
{
    for (ReplyMode mode : { ReplyMode::Peer, ReplyMode::Broadcast, ReplyMode::BroadcastPort }) {
        if (name == replyModeName(mode))
            return mode;
    }
    return std::nullopt;
}

MacAddress virtualModuleMac(int index)
{
    const int number = index + 1;
    QByteArray bytes = QByteArray::fromHex("025553520000");
    bytes[4] = char((number >> 8) & 0xFF);
    bytes[5] = char(number & 0xFF);
    return *MacAddress::fromBytes(bytes);
}

Emulator::Emulator(const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_netAt(nullptr),
      m_faults(options.faults),
      m_magic(new QUdpSocket(this))
{
    const quint32 first = options.firstAddress.toIPv4Address();
    for (int i = 0; i < options.devices; ++i) {
        ModuleIdentity identity;
        identity.mac = virtualModuleMac(options.firstNumber - 1 + i);
        identity.address = QHostAddress(first + quint32(i));
        identity.model = options.models.value(i % qMax(1, options.models.size()), &ModelTable::all().front());
        // Short enough for every family's name field (the 302 keeps 14 characters).
        identity.name = QStringLiteral("USR-%1-%2")
                                .arg(QString::fromLatin1(identity.model->key).toUpper())
                                .arg(options.firstNumber + i, 3, 10, QLatin1Char('0'));
        identity.firmware = options.firmware;
        identity.encryption = options.encryption;
        const QString stateFile = options.stateDir.isEmpty()
                ? QString()
                : QDir(options.stateDir)
                          .filePath(identity.mac.toString().remove(QLatin1Char(':')) + QStringLiteral(".bin"));
        auto *module = new VirtualModule(identity, stateFile, this);
        module->setRebootDelay(options.rebootMs);
        module->setDropFirstRequests(options.dropFirstRequests);
        module->setStoreAnswer(options.storeAnswer);
        m_modules.append(module);
    }
    m_netAt = new NetAtServer(m_modules, this);
    m_netAt->setRequireOk(options.netAtRequiresOk);
}

Result<void> Emulator::start()
{
    if (!m_options.stateDir.isEmpty() && !QDir().mkpath(m_options.stateDir))
        return Failure { tr("cannot create the state folder %1").arg(m_options.stateDir) };
    for (const VirtualModule *module : std::as_const(m_modules)) {
        const ModelDef &model = *module->identity().model;
        if (m_sockets.contains(model.settingPort))
            continue;
        auto *socket = new QUdpSocket(this);
        const quint16 wanted = m_options.settingPortOf(model);
        if (!socket->bind(m_options.bind, wanted, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
            return Failure { tr("cannot listen on UDP %1:%2: %3")
                                     .arg(m_options.bind.toString())
                                     .arg(wanted)
                                     .arg(socket->errorString()) };
        connect(socket, &QUdpSocket::readyRead, this, [this, socket] { readDatagrams(socket, -1); });
        m_sockets.insert(model.settingPort, socket);
    }
    for (int i = 0; i < m_modules.size(); ++i) {
        m_moduleSockets << nullptr;
        bindModule(i);
        // A restart may have given the module another address.
        connect(m_modules[i], &VirtualModule::restarted, this, [this, i] { bindModule(i); });
    }
    if (!m_netAt->listen(m_options.bind, m_options.atPort))
        return Failure { tr("cannot listen for net AT on UDP %1:%2: %3")
                                 .arg(m_options.bind.toString())
                                 .arg(m_options.atPort)
                                 .arg(m_netAt->errorString()) };
    if (!m_options.ptyLinkDir.isEmpty() && !QDir().mkpath(m_options.ptyLinkDir))
        return Failure { tr("cannot create the folder %1").arg(m_options.ptyLinkDir) };
    // Without pseudo-terminals (Windows) the modules have no serial side; the rest works.
    if (m_options.serial && !PseudoTerminal::supported()) {
        m_warnings << tr("the modules have no serial port: %1").arg(PseudoTerminal::unsupportedReason());
        m_options.serial = false;
    }
    for (int i = 0; i < m_modules.size(); ++i) {
        SerialSide *serial = nullptr;
        if (m_options.serial) {
            auto pty = PseudoTerminal::open();
            if (!pty)
                return Failure { pty.error() };
            if (!m_options.ptyLinkDir.isEmpty()) {
                const QString link = QDir(m_options.ptyLinkDir).filePath(QStringLiteral("ttyS2E%1").arg(i + 1));
                if (const auto linked = (*pty)->link(link); !linked)
                    return linked;
            }
            serial = new SerialSide(*m_modules[i], std::move(pty).value(), this);
            if (m_options.modbusSlave > 0)
                serial->attachModbusSlave(quint8(m_options.modbusSlave));
            m_serialSides << serial;
        }
        const int clientsMax = m_modules[i]->identity().model->tcpClientsMax;
        auto *port = new DataPort(*m_modules[i], serial, qBound(1, m_options.maxClients, clientsMax), this);
        m_dataPorts << port;
        m_webSockets << new WebSocketBridge(*m_modules[i], *port, this);
        m_webServers << new WebStatusServer(*m_modules[i], *port, this);
        m_uploadServers << new WebUploadServer(*m_modules[i], m_options.uploadPortOf(*m_modules[i]->identity().model),
                                               this);
        m_bootLoaders << new BootLoader(*m_modules[i], m_options.bootLoader, this);
        port->rebuild();
        m_webSockets.last()->rebuild();
        m_webServers.last()->rebuild();
        m_uploadServers.last()->rebuild();
    }
    // Without the magic port the modules still work; only firmware upgrades cannot reach them.
    if (m_magic->bind(m_options.bind, m_options.magicPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        connect(m_magic, &QUdpSocket::readyRead, this, &Emulator::readMagicPackets);
    else
        m_magicError = tr("cannot listen for magic packets on UDP %1:%2: %3")
                               .arg(m_options.bind.toString())
                               .arg(m_options.magicPort)
                               .arg(m_magic->errorString());
    return {};
}

quint16 Emulator::magicPort() const
{
    return m_magic->localPort();
}

void Emulator::readMagicPackets()
{
    while (m_magic->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_magic->receiveDatagram();
        const auto mac = parseMagicPacket(datagram.data());
        if (!mac)
            continue;
        for (VirtualModule *module : std::as_const(m_modules)) {
            if (module->identity().mac == *mac)
                module->enterBootLoader(int(datagram.interfaceIndex()));
        }
    }
}

QStringList Emulator::dataPlaneErrors() const
{
    QStringList errors;
    for (int i = 0; i < m_dataPorts.size(); ++i) {
        const QString mac = m_modules[i]->identity().mac.toString();
        for (const QString &error : { m_dataPorts[i]->errorString(), m_webSockets[i]->errorString(),
                                      m_webServers[i]->errorString(), m_uploadServers[i]->errorString() }) {
            if (!error.isEmpty())
                errors << QStringLiteral("%1: %2").arg(mac, error);
        }
    }
    if (!m_magicError.isEmpty())
        errors << m_magicError;
    return errors;
}

quint16 Emulator::atPort() const
{
    return m_netAt->port();
}

SerialSide *Emulator::serialSide(int index) const
{
    return m_serialSides.value(index);
}

quint16 Emulator::port() const
{
    return port(ModelTable::all().front());
}

quint16 Emulator::port(const ModelDef &model) const
{
    const QUdpSocket *socket = settingSocket(model);
    return socket ? socket->localPort() : m_options.settingPortOf(model);
}

QUdpSocket *Emulator::settingSocket(const ModelDef &model) const
{
    return m_sockets.value(model.settingPort);
}

void Emulator::readDatagrams(QUdpSocket *socket, int moduleIndex)
{
    while (socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = socket->receiveDatagram();
        if (!datagram.isValid() || m_faults.dropIncoming())
            continue;
        if (moduleIndex >= 0 && !sentToBoundAddress(datagram, *socket))
            continue;
        if (T24Reply::isRequest(datagram.data())) {
            answerT24Search(socket, moduleIndex, datagram);
            continue;
        }
        const auto frame = RequestFrame::parse(datagram.data(), nullptr);
        if (!frame) {
            // The modules' own broadcast answers come back here, as other modules' do on a LAN.
            if (quint16(datagram.senderPort()) != socket->localPort())
                ++m_ignored;
            continue;
        }
        if (frame->command() != Command::Search)
            ++m_commands;
        const int addressee = moduleAt(datagram.destinationAddress());
        for (int i = 0; i < m_modules.size(); ++i) {
            if (hears(i, socket, moduleIndex, addressee)) {
                if (const auto reply = m_modules[i]->handle(*frame))
                    sendReply(i, *reply, datagram);
            }
        }
    }
}

bool Emulator::hears(int index, const QUdpSocket *socket, int moduleIndex, int addressee) const
{
    // A request to a module's own socket reaches that module only; a module hears its
    // family's setting port only, and not a unicast request to another module's address. A
    // unicast to a module with a socket of its own is that socket's (Windows hands it to both).
    if (moduleIndex >= 0)
        return index == moduleIndex;
    return settingSocket(*m_modules[index]->identity().model) == socket
            && (addressee < 0 || (addressee == index && !m_moduleSockets.value(index)));
}

int Emulator::moduleAt(const QHostAddress &address) const
{
    if (address.isNull() || address.isBroadcast())
        return -1;
    for (int i = 0; i < m_modules.size(); ++i) {
        if (m_moduleSockets.value(i) ? m_moduleSockets[i]->localAddress() == address
                                     : m_modules[i]->identity().address == address)
            return i;
    }
    return -1;
}

void Emulator::answerT24Search(QUdpSocket *socket, int moduleIndex, const QNetworkDatagram &request)
{
    if (m_faults.dropIncoming())
        return;
    const int addressee = moduleAt(request.destinationAddress());
    for (int i = 0; i < m_modules.size(); ++i) {
        const VirtualModule &module = *m_modules[i];
        if (module.identity().model->answersT24Search && !module.isRebooting() && hears(i, socket, moduleIndex, addressee))
            sendReply(i, module.t24Reply().encode(), request);
    }
}

void Emulator::bindModule(int index)
{
    const VirtualModule *module = m_modules[index];
    const QHostAddress address(module->runningConfig().value(u"ip.address")->toString());
    QUdpSocket *&socket = m_moduleSockets[index];
    if (socket && socket->localAddress() == address)
        return;
    delete socket;
    socket = nullptr;
    if (address == m_options.bind)
        return;
    auto *bound = new QUdpSocket(this);
    if (!bound->bind(address, port(*module->identity().model), QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        m_warnings << tr("%1: answers from %2 instead of the module's address %3 (%4)")
                              .arg(module->identity().mac.toString(), m_options.bind.toString(), address.toString(),
                                   bound->errorString());
        delete bound;
        return;
    }
    connect(bound, &QUdpSocket::readyRead, this, [this, bound, index] { readDatagrams(bound, index); });
    socket = bound;
}

QHostAddress Emulator::replyBroadcast(int moduleIndex) const
{
    if (!m_options.replyBroadcast.isNull())
        return m_options.replyBroadcast;
    if (m_modules[moduleIndex]->identity().address.isLoopback())
        return QHostAddress(QStringLiteral("127.255.255.255"));
    return QHostAddress(QHostAddress::Broadcast);
}

void Emulator::sendReply(int moduleIndex, const QByteArray &reply, const QNetworkDatagram &request)
{
    const ModelDef &model = *m_modules[moduleIndex]->identity().model;
    QUdpSocket *socket = m_moduleSockets.value(moduleIndex) ? m_moduleSockets[moduleIndex] : settingSocket(model);
    QNetworkDatagram answer;
    const ReplyMode mode = m_options.reply;
    switch (mode) {
    case ReplyMode::Peer:
        answer.setDestination(request.senderAddress(), quint16(request.senderPort()));
        break;
    case ReplyMode::Broadcast:
        answer.setDestination(replyBroadcast(moduleIndex), quint16(request.senderPort()));
        break;
    case ReplyMode::BroadcastPort:
        answer.setDestination(replyBroadcast(moduleIndex), port(model));
        break;
    }
    // Out of the interface the request came in by, as a module with one interface does. From
    // the module's own socket its address picks that interface, even for a limited broadcast;
    // naming the interface too would make Linux choose the source by route (Qt's IP_PKTINFO
    // leaves ipi_spec_dst empty): 127.0.0.1 for every module on loopback, which a client
    // that drops its own addresses' datagrams loses.
    if (mode != ReplyMode::Peer && socket == settingSocket(model))
        answer.setInterfaceIndex(request.interfaceIndex());
    for (const QByteArray &copy : m_faults.outgoing(reply)) {
        // A family that splits its read sends it in pieces, maybe apart and out of order.
        int delayMs = m_faults.options().delayMs;
        for (const QByteArray &piece : m_faults.pieces(copy, model.readDatagrams)) {
            answer.setData(piece);
            if (delayMs <= 0)
                socket->writeDatagram(answer);
            else
                QTimer::singleShot(delayMs, socket, [socket, answer] { socket->writeDatagram(answer); });
            delayMs += m_faults.options().pieceGapMs;
        }
    }
}

} // namespace s2e::emu
