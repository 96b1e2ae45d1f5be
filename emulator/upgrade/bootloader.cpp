#include "bootloader.h"

#include "protocol/upgrade/bootppacket.h"
#include "protocol/upgrade/firmwareimage.h"
#include "protocol/upgrade/tftppacket.h"
#include "virtualmodule.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

namespace s2e::emu {

namespace {
constexpr int LongestRequestDelayMs = 8000;
} // namespace

BootLoader::BootLoader(VirtualModule &module, const Ports &ports, QObject *parent)
    : QObject(parent), m_module(module), m_ports(ports)
{
    m_requestTimer.setSingleShot(true);
    connect(&m_requestTimer, &QTimer::timeout, this, &BootLoader::sendRequest);
    m_blockTimer.setSingleShot(true);
    connect(&m_blockTimer, &QTimer::timeout, this, &BootLoader::onBlockTimeout);
    connect(&module, &VirtualModule::bootLoaderEntered, this, &BootLoader::start);
}

void BootLoader::report(const QString &message)
{
    m_lastResult = message;
    emit resultChanged(message);
}

QHostAddress BootLoader::requestTarget() const
{
    if (!m_ports.bootpTarget.isNull())
        return m_ports.bootpTarget;
    if (m_module.identity().address.isLoopback())
        return QHostAddress(QStringLiteral("127.255.255.255"));
    return QHostAddress(QHostAddress::Broadcast);
}

void BootLoader::start(int interfaceIndex)
{
    m_interfaceIndex = interfaceIndex;
    delete m_bootp;
    m_bootp = new QUdpSocket(this);
    // No address of its own: every module's loader hears the broadcast replies and keeps its own.
    if (!m_bootp->bind(QHostAddress(QHostAddress::AnyIPv4), m_ports.bootpClient,
                       QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        report(tr("boot loader cannot listen on UDP port %1: %2").arg(m_ports.bootpClient).arg(m_bootp->errorString()));
        return;
    }
    connect(m_bootp, &QUdpSocket::readyRead, this, &BootLoader::readBootp);
    report(tr("in boot loader, asking for a BOOTP server"));
    m_requestDelayMs = m_ports.firstRequestMs;
    sendRequest();
}

void BootLoader::sendRequest()
{
    BootpPacket request; // zero-filled but for xid and chaddr, as bl_emac.c sends it
    m_xid = QRandomGenerator::global()->generate();
    request.xid = m_xid;
    request.mac = m_module.identity().mac;
    m_address.clear();
    QNetworkDatagram datagram(request.encode(), requestTarget(), m_ports.bootpServer);
    datagram.setInterfaceIndex(uint(m_interfaceIndex));
    m_bootp->writeDatagram(datagram);
    ++m_requests;
    m_requestTimer.start(m_requestDelayMs);
    m_requestDelayMs = qMin(m_requestDelayMs * 2, LongestRequestDelayMs);
}

void BootLoader::readBootp()
{
    while (m_bootp && m_bootp->hasPendingDatagrams()) {
        const auto reply = BootpPacket::parse(m_bootp->receiveDatagram().data(), nullptr);
        if (!reply || reply->op != BootpPacket::Op::Reply || reply->mac != m_module.identity().mac
            || reply->xid != m_xid || m_tftp)
            continue;
        m_requestTimer.stop();
        m_address = QHostAddress(reply->yourIp);
        m_server = QHostAddress(reply->serverIp);
        m_bootFile = reply->bootFile;
        m_serverPort = 0;
        m_expected = 1;
        m_retries = 0;
        m_image.clear();
        m_tftp = new QUdpSocket(this);
        // The address BOOTP gave, where this machine has it (loopback, a namespace's own).
        if (!m_tftp->bind(m_address, m_ports.tftpClient, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)
            && !m_tftp->bind(QHostAddress(QHostAddress::AnyIPv4), m_ports.tftpClient, QUdpSocket::ShareAddress)
            && !m_tftp->bind(QHostAddress(QHostAddress::AnyIPv4), 0)) {
            const QString error = m_tftp->errorString();
            delete m_tftp;
            m_tftp = nullptr;
            return abandonTransfer(tr("cannot open the TFTP port: %1").arg(error));
        }
        connect(m_tftp, &QUdpSocket::readyRead, this, &BootLoader::readTftp);
        report(tr("given address %1, downloading %2 from %3").arg(m_address.toString(), m_bootFile, m_server.toString()));
        sendReadRequest();
        // uIP turns the first packet to an unknown host into an ARP request, so TI's loader
        // sends the request twice, back to back.
        sendReadRequest();
        m_blockTimer.start(m_ports.blockTimeoutMs);
    }
}

void BootLoader::sendReadRequest()
{
    m_tftp->writeDatagram(TftpPacket::readRequest(m_bootFile).encode(), m_server, m_ports.tftp);
    ++m_readRequests;
}

void BootLoader::acknowledge(quint16 block)
{
    m_tftp->writeDatagram(TftpPacket::ack(block).encode(), m_server, m_serverPort);
}

void BootLoader::readTftp()
{
    while (m_tftp && m_tftp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_tftp->receiveDatagram();
        if (datagram.senderAddress() != m_server)
            continue;
        // Like uIP's loader, blocks are taken from any port of the server, and each ACK goes
        // back to the port its block came from.
        m_serverPort = quint16(datagram.senderPort());
        const auto packet = TftpPacket::parse(datagram.data(), nullptr);
        if (!packet)
            continue;
        if (packet->opcode == TftpPacket::Opcode::Error)
            return abandonTransfer(tr("the server refused: %1").arg(packet->message));
        if (packet->opcode != TftpPacket::Opcode::Data)
            continue;
        if (packet->block != m_expected) {
            // A repeat or a block out of turn: say again which block came last.
            if (m_expected > 1)
                acknowledge(quint16(m_expected - 1));
            continue;
        }
        m_image += packet->data;
        acknowledge(packet->block);
        ++m_expected;
        m_retries = 0;
        m_blockTimer.start(m_ports.blockTimeoutMs);
        if (packet->data.size() == TftpPacket::BlockSize)
            continue;
        m_blockTimer.stop();
        const QByteArray image = std::exchange(m_image, QByteArray());
        m_tftp->deleteLater();
        m_tftp = nullptr;
        const quint16 encryption = m_module.identity().encryption;
        // An encrypted image would be decrypted block by block here (BL_DECRYPT_FN_HOOK); the
        // virtual module takes it as it comes.
        if (const auto checked = FirmwareImage::check(image, {}, FirmwareImage::kindFor(encryption)); !checked)
            return abandonTransfer(tr("image refused: %1").arg(checked.error()));
        const auto version = FirmwareImage::version(image);
        const QByteArray sha = FirmwareImage::sha256(image);
        m_bootp->deleteLater();
        m_bootp = nullptr;
        report(tr("firmware written: version %1, sha256 %2, %3 transfer restart(s), %4 read request(s)")
                       .arg(version ? QString::number(*version) : tr("unchanged"), QString::fromLatin1(sha))
                       .arg(m_restarts)
                       .arg(m_readRequests));
        m_module.installFirmware(version, sha);
        return;
    }
}

void BootLoader::onBlockTimeout()
{
    if (++m_retries > m_ports.blockRetries)
        return abandonTransfer(tr("no block %1 after %2 tries").arg(m_expected).arg(m_retries));
    if (m_expected == 1)
        sendReadRequest();
    else
        acknowledge(quint16(m_expected - 1));
    m_blockTimer.start(m_ports.blockTimeoutMs);
}

void BootLoader::abandonTransfer(const QString &why)
{
    m_blockTimer.stop();
    if (m_tftp) {
        m_tftp->deleteLater();
        m_tftp = nullptr;
    }
    m_image.clear();
    ++m_restarts;
    report(tr("%1; still in boot loader, asking again").arg(why));
    m_requestDelayMs = m_ports.firstRequestMs;
    sendRequest();
}

} // namespace s2e::emu
