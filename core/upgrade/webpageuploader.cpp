#include "webpageuploader.h"

#include "protocol/upgrade/tftppacket.h"

#include <QTcpSocket>

namespace s2e {

namespace {
const QByteArray Hello(6, char(0xFF));
const QByteArray Welcome(4, char(0xAA));
} // namespace

WebPageUploader::WebPageUploader(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &WebPageUploader::onTimeout);
}

int WebPageUploader::blockCount() const
{
    // Blocks of 512 and a last, shorter one (zero-length when the size divides evenly).
    return int(m_image.size() / TftpPacket::BlockSize) + 1;
}

QString WebPageUploader::where() const
{
    return QStringLiteral("%1:%2").arg(m_options.address.toString()).arg(m_options.port);
}

void WebPageUploader::start(const QByteArray &image, std::function<void(Result<void>)> callback)
{
    if (m_stage != Stage::Idle)
        return callback(Failure { tr("an upload is already running") });
    m_image = image;
    m_callback = std::move(callback);
    m_block = 0;
    m_attempt = 0;
    m_received.clear();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_stage = Stage::Hello;
        m_attempt = 1;
        m_socket->write(Hello);
        m_timer.start(m_options.timeoutMs);
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &WebPageUploader::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_stage == Stage::Connecting)
            finish(Failure { tr("%1: cannot connect: %2").arg(where(), m_socket->errorString()) });
        else if (m_stage == Stage::Hello)
            finish(Failure { tr("%1: the connection closed before the handshake").arg(where()) });
        else if (m_stage == Stage::Blocks)
            finish(Failure { tr("%1: connection lost at block %2 of %3: %4")
                                     .arg(where())
                                     .arg(m_block + 1)
                                     .arg(blockCount())
                                     .arg(m_socket->errorString()) });
    });
    m_stage = Stage::Connecting;
    m_socket->connectToHost(m_options.address, m_options.port);
    m_timer.start(m_options.timeoutMs);
    emit progressChanged(0, m_image.size());
}

void WebPageUploader::cancel()
{
    if (m_stage != Stage::Idle)
        finish(Failure { tr("%1: upload cancelled at block %2 of %3").arg(where()).arg(m_block + 1).arg(blockCount()) });
}

void WebPageUploader::sendBlock()
{
    const QByteArray data = m_image.mid(qsizetype(m_block) * TftpPacket::BlockSize, TftpPacket::BlockSize);
    m_received.clear();
    m_socket->write(TftpPacket::dataBlock(quint16(m_block), data).encode());
    m_timer.start(m_options.timeoutMs);
}

void WebPageUploader::onReadyRead()
{
    m_received += m_socket->readAll();
    if (m_stage == Stage::Hello) {
        if (m_received.size() < Welcome.size())
            return;
        if (!m_received.startsWith(Welcome))
            return finish(Failure { tr("%1: no upload handshake (answered %2 instead of AA AA AA AA)")
                                            .arg(where(), QString::fromLatin1(m_received.left(8).toHex(' '))) });
        m_stage = Stage::Blocks;
        m_attempt = 1;
        return sendBlock();
    }
    if (m_stage != Stage::Blocks || m_received.size() < 4)
        return;
    const auto ack = TftpPacket::parse(m_received.left(4), nullptr);
    if (!ack || ack->opcode != TftpPacket::Opcode::Ack || ack->block != quint16(m_block))
        return finish(Failure { tr("%1: wrong acknowledgement for block %2 of %3: %4")
                                        .arg(where())
                                        .arg(m_block + 1)
                                        .arg(blockCount())
                                        .arg(QString::fromLatin1(m_received.left(4).toHex(' '))) });
    m_timer.stop();
    const qint64 sent = qMin<qint64>(qint64(m_block + 1) * TftpPacket::BlockSize, m_image.size());
    emit progressChanged(sent, m_image.size());
    if (m_stage == Stage::Idle)
        return; // cancelled by a receiver of the signal
    if (++m_block >= blockCount())
        return finish({});
    m_attempt = 1;
    sendBlock();
}

void WebPageUploader::onTimeout()
{
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::Connecting:
        return finish(Failure { tr("%1: no connection within %2 ms").arg(where()).arg(m_options.timeoutMs) });
    case Stage::Hello:
        return finish(Failure { tr("%1: no upload handshake within %2 ms").arg(where()).arg(m_options.timeoutMs) });
    case Stage::Blocks:
        if (m_attempt >= m_options.attempts)
            return finish(Failure { tr("%1: no acknowledgement for block %2 of %3 after %4 attempts")
                                            .arg(where())
                                            .arg(m_block + 1)
                                            .arg(blockCount())
                                            .arg(m_attempt) });
        ++m_attempt;
        return sendBlock();
    }
}

void WebPageUploader::finish(Result<void> result)
{
    m_timer.stop();
    m_stage = Stage::Idle;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (const auto callback = std::exchange(m_callback, nullptr))
        callback(std::move(result));
}

} // namespace s2e
