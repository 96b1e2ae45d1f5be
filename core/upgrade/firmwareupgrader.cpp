#include "firmwareupgrader.h"

#include "net/devicefinder.h"
#include "protocol/upgrade/bootppacket.h"
#include "protocol/upgrade/tftppacket.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace s2e {

namespace {
constexpr int MagicRepeatMs = 1000;
constexpr int ReappearMs = 30000;
constexpr quint16 TftpIllegalOperation = 4;
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
    QString advice = tr("cannot listen on UDP port %1: %2").arg(port).arg(error);
    if (port < 1024)
        advice += tr(". Ports below 1024 need privileges: allow this program once with "
                     "'sudo setcap cap_net_bind_service=+ep <path of the program>', or run it as "
                     "administrator");
    return advice;
}

Failure FirmwareUpgrader::failure(const QString &cause) const
{
    return Failure { tr("%1: upgrade: %2").arg(m_options.mac.toString(), cause) };
}

void FirmwareUpgrader::start(const QByteArray &image, std::function<void(Result<Report>)> callback)
{
    m_callback = std::move(callback);
    m_image = image;
    m_stage = Stage::Check;
    emit stageStarted(m_stage);
    if (!m_callback)
        return;
    if (const auto checked = FirmwareImage::check(image, m_options.layout); !checked && !m_options.force)
        return finish(failure(tr("refused: %1 (--force sends it anyway)").arg(checked.error())));

    m_stage = Stage::Listen;
    emit stageStarted(m_stage);
    if (!m_callback)
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

    m_stage = Stage::Magic;
    emit stageStarted(m_stage);
    if (!m_callback)
        return;
    sendMagic();
    m_magicTimer.start();
}

void FirmwareUpgrader::cancel()
{
    if (m_callback)
        finish(failure(tr("cancelled while at: %1").arg(stageName(m_stage))));
}

void FirmwareUpgrader::sendMagic()
{
    // Repeated until the boot loader asks for its server; a module already in its boot
    // loader ignores it.
    QUdpSocket socket;
    const QByteArray packet = magicPacket(m_options.mac);
    for (const SettingTarget &target : std::as_const(m_options.targets))
        socket.writeDatagram(packet, target.address, m_options.magicPort);
}

QHostAddress FirmwareUpgrader::serverAddressFor(const QHostAddress &module) const
{
    if (!m_options.serverIp.isNull())
        return m_options.serverIp;
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

void FirmwareUpgrader::readBootp()
{
    while (m_bootp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_bootp->receiveDatagram();
        const auto request = BootpPacket::parse(datagram.data(), nullptr);
        // Only our module's requests; any other machine's BOOTP is none of our business.
        if (!request || request->op != BootpPacket::Op::Request || request->mac != m_options.mac)
            continue;
        m_magicTimer.stop();
        const QHostAddress module = request->clientIp ? QHostAddress(request->clientIp) : datagram.senderAddress();
        const QHostAddress server = serverAddressFor(module);
        if (server.isNull() || module.isNull() || module.toIPv4Address() == 0)
            return finish(failure(tr("cannot tell which of this machine's addresses the module "
                                     "reaches; give --server-ip")));
        m_stage = Stage::Bootp;
        emit stageStarted(m_stage);
        if (!m_callback)
            return;
        BootpPacket reply;
        reply.op = BootpPacket::Op::Reply;
        reply.xid = request->xid;
        reply.yourIp = module.toIPv4Address();
        reply.serverIp = server.toIPv4Address();
        reply.mac = m_options.mac;
        reply.serverName = QStringLiteral("stellaris");
        reply.bootFile = m_options.bootFile;
        const bool unicast = datagram.senderAddress().toIPv4Address() != 0;
        if (unicast) {
            m_bootp->writeDatagram(reply.encode(), datagram.senderAddress(), quint16(datagram.senderPort()));
        } else {
            for (const SettingTarget &target : std::as_const(m_options.targets))
                m_bootp->writeDatagram(reply.encode(), target.address, m_options.bootpClientPort);
        }
    }
}

void FirmwareUpgrader::readTftpRequests()
{
    while (m_tftp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_tftp->receiveDatagram();
        const auto request = TftpPacket::parse(datagram.data(), nullptr);
        if (!request || request->opcode != TftpPacket::Opcode::ReadRequest || m_stage < Stage::Bootp)
            continue;
        if (request->mode != u"octet") {
            m_tftp->writeDatagram(TftpPacket::error(TftpIllegalOperation, QStringLiteral("octet mode only")).encode(),
                                  datagram.senderAddress(), quint16(datagram.senderPort()));
            continue;
        }
        // A new request (a retry after an interruption) starts the transfer over.
        delete m_transfer;
        m_transfer = new QUdpSocket(this);
        m_transfer->bind(QHostAddress(QHostAddress::AnyIPv4), 0);
        connect(m_transfer, &QUdpSocket::readyRead, this, &FirmwareUpgrader::readTransfer);
        m_moduleAddress = datagram.senderAddress();
        m_modulePort = quint16(datagram.senderPort());
        m_stage = Stage::Tftp;
        emit stageStarted(m_stage);
        if (!m_callback)
            return;
        m_block = 1;
        m_attempt = 1;
        sendBlock();
    }
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
        const bool last = qsizetype(m_block) * TftpPacket::BlockSize > m_image.size();
        if (last) {
            m_stage = Stage::Reappear;
            emit stageStarted(m_stage);
            if (!m_callback)
                return;
            DeviceFinder::Options options;
            options.targets = m_options.targets;
            options.port = m_options.settingPort;
            options.sendIntervalMs = 250;
            options.sends = ReappearMs / options.sendIntervalMs;
            options.quietMs = ReappearMs;
            options.capMs = ReappearMs;
            options.stopAtMac = m_options.mac;
            m_finder = new DeviceFinder(options, this);
            connect(m_finder, &DeviceFinder::finished, this, [this] {
                for (const FoundDevice &device : m_finder->devices()) {
                    if (device.reply.mac() == m_options.mac)
                        return finish(Report { device.reply.firmware(), FirmwareImage::sha256(m_image),
                                               QHostAddress(device.reply.ipv4()) });
                }
                finish(failure(tr("the image was sent but the module did not answer a search within %1 s")
                                       .arg(ReappearMs / 1000)));
            });
            m_finder->start();
            return;
        }
        ++m_block;
        m_attempt = 1;
        sendBlock();
    }
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
