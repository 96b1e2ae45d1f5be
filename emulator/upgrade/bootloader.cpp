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
constexpr int RequestEveryMs = 1000;
constexpr int TransferTimeoutMs = 3000;
} // namespace

BootLoader::BootLoader(VirtualModule &module, const Ports &ports, QObject *parent)
    : QObject(parent), m_module(module), m_ports(ports)
{
    m_requestTimer.setInterval(RequestEveryMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &BootLoader::sendRequest);
    m_transferTimer.setSingleShot(true);
    m_transferTimer.setInterval(TransferTimeoutMs);
    connect(&m_transferTimer, &QTimer::timeout, this,
            [this] { abandonTransfer(tr("the TFTP transfer stopped at block %1").arg(m_expected)); });
    connect(&module, &VirtualModule::bootLoaderEntered, this, &BootLoader::start);
}

void BootLoader::report(const QString &message)
{
    m_lastResult = message;
    emit resultChanged(message);
}

void BootLoader::start()
{
    const QHostAddress address(m_module.runningConfig().value(u"ip.address")->toString());
    delete m_bootp;
    m_bootp = new QUdpSocket(this);
    if (!m_bootp->bind(address, m_ports.bootpClient, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        report(tr("boot loader cannot listen on %1:%2: %3").arg(address.toString()).arg(m_ports.bootpClient).arg(m_bootp->errorString()));
        return;
    }
    connect(m_bootp, &QUdpSocket::readyRead, this, &BootLoader::readBootp);
    report(tr("in boot loader, asking for a BOOTP server"));
    sendRequest();
    m_requestTimer.start();
}

void BootLoader::sendRequest()
{
    BootpPacket request;
    m_xid = QRandomGenerator::global()->generate();
    request.xid = m_xid;
    request.clientIp = QHostAddress(m_module.runningConfig().value(u"ip.address")->toString()).toIPv4Address();
    request.mac = m_module.identity().mac;
    m_bootp->writeDatagram(request.encode(), m_ports.bootpTarget, m_ports.bootpServer);
    ++m_requests;
}

void BootLoader::readBootp()
{
    while (m_bootp->hasPendingDatagrams()) {
        const auto reply = BootpPacket::parse(m_bootp->receiveDatagram().data(), nullptr);
        if (!reply || reply->op != BootpPacket::Op::Reply || reply->mac != m_module.identity().mac
            || reply->xid != m_xid || m_tftp)
            continue;
        m_requestTimer.stop();
        m_server = QHostAddress(reply->serverIp);
        m_serverPort = 0;
        m_expected = 1;
        m_image.clear();
        m_tftp = new QUdpSocket(this);
        m_tftp->bind(m_bootp->localAddress(), 0);
        connect(m_tftp, &QUdpSocket::readyRead, this, &BootLoader::readTftp);
        m_tftp->writeDatagram(TftpPacket::readRequest(reply->bootFile).encode(), m_server, m_ports.tftp);
        m_transferTimer.start();
        report(tr("downloading %1 from %2").arg(reply->bootFile, m_server.toString()));
    }
}

void BootLoader::readTftp()
{
    while (m_tftp && m_tftp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_tftp->receiveDatagram();
        if (datagram.senderAddress() != m_server)
            continue;
        // The server's transfer port is the one its first block comes from.
        if (m_serverPort == 0)
            m_serverPort = quint16(datagram.senderPort());
        if (quint16(datagram.senderPort()) != m_serverPort)
            continue;
        const auto packet = TftpPacket::parse(datagram.data(), nullptr);
        if (!packet)
            continue;
        if (packet->opcode == TftpPacket::Opcode::Error)
            return abandonTransfer(tr("the server refused: %1").arg(packet->message));
        if (packet->opcode != TftpPacket::Opcode::Data)
            continue;
        if (packet->block == quint16(m_expected - 1)) {
            m_tftp->writeDatagram(TftpPacket::ack(packet->block).encode(), m_server, m_serverPort);
            continue;
        }
        if (packet->block != m_expected)
            continue;
        m_image += packet->data;
        m_tftp->writeDatagram(TftpPacket::ack(packet->block).encode(), m_server, m_serverPort);
        ++m_expected;
        m_transferTimer.start();
        if (packet->data.size() == TftpPacket::BlockSize)
            continue;
        m_transferTimer.stop();
        const QByteArray image = std::exchange(m_image, QByteArray());
        m_tftp->deleteLater();
        m_tftp = nullptr;
        if (const auto checked = FirmwareImage::check(image); !checked)
            return abandonTransfer(tr("image refused: %1").arg(checked.error()));
        const auto version = FirmwareImage::version(image);
        const QByteArray sha = FirmwareImage::sha256(image);
        m_bootp->deleteLater();
        m_bootp = nullptr;
        report(tr("firmware written: version %1, sha256 %2")
                       .arg(version ? QString::number(*version) : tr("unchanged"), QString::fromLatin1(sha)));
        m_module.installFirmware(version, sha);
        return;
    }
}

void BootLoader::abandonTransfer(const QString &why)
{
    m_transferTimer.stop();
    if (m_tftp) {
        m_tftp->deleteLater();
        m_tftp = nullptr;
    }
    m_image.clear();
    report(tr("%1; still in boot loader, asking again").arg(why));
    sendRequest();
    m_requestTimer.start();
}

} // namespace s2e::emu
