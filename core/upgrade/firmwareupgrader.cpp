#include "firmwareupgrader.h"

#include "privilegedports.h"

#include "net/devicefinder.h"
#include "protocol/upgrade/bootppacket.h"
#include "protocol/upgrade/tftppacket.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace s2e {

namespace {
constexpr int MagicRepeatMs = 1000;
constexpr int FindSendIntervalMs = 250;
constexpr int ReappearMs = 30000;
constexpr quint16 TftpIllegalOperation = 4;
// RFC 1350: access violation.
constexpr quint16 TftpAccessViolation = 2;
} // namespace

FirmwareUpgrader::FirmwareUpgrader(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_magicTimer.setInterval(MagicRepeatMs);
    connect(&m_magicTimer, &QTimer::timeout, this, &FirmwareUpgrader::sendMagic);
    m_blockTimer.setSingleShot(true);
    connect(&m_blockTimer, &QTimer::timeout, this, &FirmwareUpgrader::onBlockTimeout);
    m_overall.setSingleShot(true);
    connect(&m_overall, &QTimer::timeout, this, [this] {
        finish(failure(tr("timed out after %1 s while at: %2").arg(m_options.timeoutMs / 1000).arg(stageName(m_stage))));
    });
}

QString FirmwareUpgrader::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Find:
        return tr("find the module");
    case Stage::Check:
        return tr("check the image");
    case Stage::Listen:
        return tr("open the BOOTP and TFTP ports");
    case Stage::Magic:
        return tr("wake the boot loader");
    case Stage::Bootp:
        return tr("answer BOOTP");
    case Stage::Tftp:
        return tr("send the image by TFTP");
    case Stage::Reappear:
        return tr("wait for the new firmware");
    }
    return QString();
}

QString FirmwareUpgrader::bindAdvice(quint16 port, const QString &error)
{
    return tr("cannot listen on UDP port %1: %2").arg(port).arg(error) + privilegedPortAdvice(port);
}

Failure FirmwareUpgrader::failure(const QString &cause) const
{
    return Failure { tr("%1: upgrade: %2").arg(m_options.mac.toString(), cause) };
}

bool FirmwareUpgrader::enter(Stage stage)
{
    m_stage = stage;
    emit stageStarted(stage);
    // A receiver may have cancelled.
    return bool(m_callback);
}

void FirmwareUpgrader::start(const QByteArray &image, std::function<void(Result<Report>)> callback)
{
    m_callback = std::move(callback);
    m_image = image;
    m_report = Report();
    m_transferred = false;
    if (!enter(Stage::Find))
        return;
    DeviceFinder::Options options;
    options.targets = m_options.targets;
    options.ports = m_options.settingPorts;
    options.adaptive = false; // spaced retries until the one module answers
    options.sendIntervalMs = FindSendIntervalMs;
    options.sends = qMax(1, m_options.findTimeoutMs / FindSendIntervalMs);
    options.quietMs = m_options.findTimeoutMs;
    options.capMs = m_options.findTimeoutMs;
    options.stopAtMac = m_options.mac;
    m_finder = new DeviceFinder(options, this);
    connect(m_finder, &DeviceFinder::finished, this, [this] {
        std::optional<FoundDevice> device;
        for (const FoundDevice &candidate : m_finder->devices()) {
            if (candidate.reply.mac() == m_options.mac)
                device = candidate;
        }
        m_finder->deleteLater();
        m_finder = nullptr;
        found(device);
    });
    m_finder->start();
}

void FirmwareUpgrader::cancel()
{
    if (m_callback)
        finish(failure(tr("cancelled while at: %1").arg(stageName(m_stage))));
}

QHostAddress FirmwareUpgrader::serverAddressFor(const QHostAddress &module) const
{
    if (module.isLoopback())
        return QHostAddress(QHostAddress::LocalHost);
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol
                && module.isInSubnet(entry.ip(), entry.prefixLength()))
                return entry.ip();
        }
    }
    return QHostAddress();
}

void FirmwareUpgrader::found(const std::optional<FoundDevice> &device)
{
    // TI's loader asks with no address of its own: the one it gets is the module's.
    m_report.givenAddress = !m_options.moduleIp.isNull() ? m_options.moduleIp
            : device                                     ? QHostAddress(device->reply.ipv4())
                                                         : QHostAddress();
    if (m_report.givenAddress.isNull())
        return finish(failure(tr("the module did not answer a search within %1 ms, so the address to give "
                                 "its boot loader is unknown; if it waits in its boot loader already, give "
                                 "--module-ip (and --server-ip)")
                                      .arg(m_options.findTimeoutMs)));
    m_report.serverAddress = !m_options.serverIp.isNull() ? m_options.serverIp
            : device && !device->localAddress.isNull()    ? device->localAddress
                                                          : serverAddressFor(m_report.givenAddress);
    if (m_report.serverAddress.isNull())
        return finish(failure(tr("cannot tell which of this machine's addresses the module at %1 reaches; "
                                 "give --server-ip")
                                      .arg(m_report.givenAddress.toString())));
    emit addressesChosen(m_report.givenAddress, m_report.serverAddress);
    if (!m_callback)
        return;
    if (!device) {
        emit noticed(tr("the module did not answer a search (waiting in its boot loader?): its boot loader "
                        "gets %1, and the image is checked as a plain one")
                             .arg(m_report.givenAddress.toString()));
        if (!m_callback)
            return;
    }
    checkAndListen(device ? device->reply.encryption() : 0);
}

void FirmwareUpgrader::checkAndListen(quint16 encryption)
{
    if (!enter(Stage::Check))
        return;
    const auto checked = FirmwareImage::check(m_image, m_options.layout, FirmwareImage::kindFor(encryption));
    if (!checked && !m_options.force)
        return finish(failure(tr("refused: %1 (--force sends it anyway)").arg(checked.error())));
    if (encryption) {
        m_report.checkNote = FirmwareImage::skippedCheckReason(encryption);
        emit noticed(m_report.checkNote);
        if (!m_callback)
            return;
    }

    if (!enter(Stage::Listen))
        return;
    const QHostAddress any(QHostAddress::AnyIPv4);
    m_bootp = new QUdpSocket(this);
    if (!m_bootp->bind(any, m_options.bootpPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return finish(failure(bindAdvice(m_options.bootpPort, m_bootp->errorString())));
    m_tftp = new QUdpSocket(this);
    if (!m_tftp->bind(any, m_options.tftpPort, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return finish(failure(bindAdvice(m_options.tftpPort, m_tftp->errorString())));
    connect(m_bootp, &QUdpSocket::readyRead, this, &FirmwareUpgrader::readBootp);
    connect(m_tftp, &QUdpSocket::readyRead, this, &FirmwareUpgrader::readTftpRequests);
    m_overall.start(m_options.timeoutMs);

    if (!enter(Stage::Magic))
        return;
    sendMagic();
    m_magicTimer.start();
}

void FirmwareUpgrader::sendMagic()
{
    // Repeated until the boot loader asks for its server; a module already in its boot
    // loader ignores it.
    QUdpSocket socket;
    // Bound first: an interface given per datagram needs an open socket.
    socket.bind(QHostAddress(QHostAddress::AnyIPv4), 0);
    const QByteArray packet = magicPacket(m_options.mac);
    for (const SettingTarget &target : std::as_const(m_options.targets)) {
        QNetworkDatagram datagram(packet, target.address, m_options.magicPort);
        datagram.setInterfaceIndex(uint(target.interfaceIndex));
        socket.writeDatagram(datagram);
    }
}

void FirmwareUpgrader::readBootp()
{
    while (m_bootp && m_bootp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_bootp->receiveDatagram();
        const auto request = BootpPacket::parse(datagram.data(), nullptr);
        // Only our module's requests; any other machine's BOOTP is none of our business.
        if (!request || request->op != BootpPacket::Op::Request || request->mac != m_options.mac)
            continue;
        m_magicTimer.stop();
        // A loader asking again has given its transfer up: it will read the image anew.
        if (m_transfer) {
            delete m_transfer;
            m_transfer = nullptr;
            m_blockTimer.stop();
        }
        if (!enter(Stage::Bootp))
            return;
        answerBootp(datagram, request->xid);
    }
}

void FirmwareUpgrader::answerBootp(const QNetworkDatagram &datagram, quint32 xid)
{
    BootpPacket reply;
    reply.op = BootpPacket::Op::Reply;
    reply.xid = xid;
    reply.yourIp = m_report.givenAddress.toIPv4Address();
    reply.serverIp = m_report.serverAddress.toIPv4Address();
    reply.mac = m_options.mac;
    reply.serverName = QStringLiteral("stellaris");
    reply.bootFile = m_options.bootFile;
    const QByteArray bytes = reply.encode();
    // The loader has no address and cannot answer ARP: broadcast, out of the interface its
    // request came in by. A limited broadcast where the targets have one for that interface;
    // the user's own broadcast addresses otherwise (127.255.255.255 on loopback).
    const int arrival = int(datagram.interfaceIndex());
    QList<QHostAddress> destinations;
    for (const SettingTarget &target : std::as_const(m_options.targets)) {
        if (target.interfaceIndex == arrival && arrival != 0 && target.address == QHostAddress(QHostAddress::Broadcast))
            destinations = { target.address };
    }
    if (destinations.isEmpty()) {
        for (const SettingTarget &target : std::as_const(m_options.targets)) {
            if (target.interfaceIndex == 0)
                destinations << target.address;
        }
    }
    if (destinations.isEmpty())
        destinations << QHostAddress(QHostAddress::Broadcast);
    for (const QHostAddress &destination : std::as_const(destinations)) {
        QNetworkDatagram answer(bytes, destination, m_options.bootpClientPort);
        answer.setInterfaceIndex(uint(arrival));
        m_bootp->writeDatagram(answer);
    }
}

void FirmwareUpgrader::readTftpRequests()
{
    while (m_tftp && m_tftp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_tftp->receiveDatagram();
        const auto request = TftpPacket::parse(datagram.data(), nullptr);
        if (!request || request->opcode != TftpPacket::Opcode::ReadRequest || m_stage < Stage::Bootp)
            continue;
        if (request->mode != u"octet") {
            m_tftp->writeDatagram(TftpPacket::error(TftpIllegalOperation, QStringLiteral("octet mode only")).encode(),
                                  datagram.senderAddress(), quint16(datagram.senderPort()));
            continue;
        }
        const quint16 port = quint16(datagram.senderPort());
        // The image goes to the address our BOOTP reply gave the module only: another host's
        // request neither gets it nor restarts the module's transfer.
        if (!m_report.givenAddress.isEqual(datagram.senderAddress(), QHostAddress::ConvertV4MappedToIPv4)) {
            m_tftp->writeDatagram(TftpPacket::error(TftpAccessViolation,
                                                    tr("this server serves %1 only").arg(m_report.givenAddress.toString()))
                                          .encode(),
                                  datagram.senderAddress(), port);
            continue;
        }
        // TI's loader sends its request twice from the same port (protocol.md §6): the second
        // is a duplicate, and starting over would cost the loader a 4 s block timeout.
        if (m_transfer && datagram.senderAddress() == m_moduleAddress && port == m_modulePort)
            continue;
        startTransfer(datagram.senderAddress(), port);
        if (!m_callback)
            return;
    }
}

void FirmwareUpgrader::startTransfer(const QHostAddress &address, quint16 port)
{
    if (m_transferred)
        ++m_report.transferRestarts;
    m_transferred = true;
    delete m_transfer;
    m_transfer = new QUdpSocket(this);
    m_transfer->bind(QHostAddress(QHostAddress::AnyIPv4), 0);
    connect(m_transfer, &QUdpSocket::readyRead, this, &FirmwareUpgrader::readTransfer);
    m_moduleAddress = address;
    m_modulePort = port;
    if (!enter(Stage::Tftp))
        return;
    m_block = 1;
    m_attempt = 1;
    sendBlock();
}

void FirmwareUpgrader::sendBlock()
{
    const QByteArray data = m_image.mid(qsizetype(m_block - 1) * TftpPacket::BlockSize, TftpPacket::BlockSize);
    m_transfer->writeDatagram(TftpPacket::dataBlock(m_block, data).encode(), m_moduleAddress, m_modulePort);
    m_blockTimer.start(m_options.blockTimeoutMs);
}

void FirmwareUpgrader::readTransfer()
{
    while (m_transfer && m_transfer->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_transfer->receiveDatagram();
        if (datagram.senderAddress() != m_moduleAddress || quint16(datagram.senderPort()) != m_modulePort)
            continue;
        const auto packet = TftpPacket::parse(datagram.data(), nullptr);
        if (!packet)
            continue;
        if (packet->opcode == TftpPacket::Opcode::Error)
            return finish(failure(tr("the module stopped the transfer at block %1: %2").arg(m_block).arg(packet->message)));
        if (packet->opcode != TftpPacket::Opcode::Ack || packet->block != m_block)
            continue; // a duplicate acknowledgement of an earlier block
        m_blockTimer.stop();
        const qint64 sent = qMin<qint64>(qint64(m_block) * TftpPacket::BlockSize, m_image.size());
        emit progressChanged(sent, m_image.size());
        if (!m_callback)
            return; // cancelled by a receiver of the signal
        if (qsizetype(m_block) * TftpPacket::BlockSize > m_image.size())
            return waitForNewFirmware();
        ++m_block;
        m_attempt = 1;
        sendBlock();
    }
}

void FirmwareUpgrader::waitForNewFirmware()
{
    if (!enter(Stage::Reappear))
        return;
    DeviceFinder::Options options;
    options.targets = m_options.targets;
    options.ports = m_options.settingPorts;
    options.adaptive = false;
    options.sendIntervalMs = 250;
    options.sends = ReappearMs / options.sendIntervalMs;
    options.quietMs = ReappearMs;
    options.capMs = ReappearMs;
    options.stopAtMac = m_options.mac;
    m_finder = new DeviceFinder(options, this);
    connect(m_finder, &DeviceFinder::finished, this, [this] {
        for (const FoundDevice &device : m_finder->devices()) {
            if (device.reply.mac() != m_options.mac)
                continue;
            m_report.firmware = device.reply.firmware();
            m_report.sha256 = FirmwareImage::sha256(m_image);
            m_report.address = QHostAddress(device.reply.ipv4());
            return finish(m_report);
        }
        finish(failure(tr("the image was sent but the module did not answer a search within %1 s")
                               .arg(ReappearMs / 1000)));
    });
    m_finder->start();
}

void FirmwareUpgrader::onBlockTimeout()
{
    if (m_attempt >= m_options.attempts) {
        // The module may ask again (its boot loader starts over); keep listening for that
        // until the overall timeout rather than give up on one lost transfer.
        delete m_transfer;
        m_transfer = nullptr;
        m_stage = Stage::Bootp;
        return;
    }
    ++m_attempt;
    sendBlock();
}

void FirmwareUpgrader::finish(Result<Report> result)
{
    m_magicTimer.stop();
    m_blockTimer.stop();
    m_overall.stop();
    if (m_finder) {
        m_finder->stop();
        m_finder->deleteLater();
        m_finder = nullptr;
    }
    for (QUdpSocket *socket : { m_bootp, m_tftp, m_transfer }) {
        if (socket)
            socket->deleteLater();
    }
    m_bootp = m_tftp = m_transfer = nullptr;
    if (const auto callback = std::exchange(m_callback, nullptr))
        callback(std::move(result));
}

} // namespace s2e
