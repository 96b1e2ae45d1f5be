#include "webuploadserver.h"

#include "protocol/upgrade/fsimage.h"
#include "protocol/upgrade/tftppacket.h"
#include "virtualmodule.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace s2e::emu {

namespace {

constexpr int LastBlockSettleMs = 50;
constexpr int FullBlock = 4 + TftpPacket::BlockSize;

} // namespace

// What one connection has uploaded so far.
struct WebUploadServer::Upload
{
    bool greeted = false;
    int expected = 0;
    QByteArray buffer;
    QByteArray image;
};

WebUploadServer::WebUploadServer(VirtualModule &module, quint16 port, QObject *parent)
    : QObject(parent), m_module(module), m_port(port)
{
    connect(&module, &VirtualModule::restarted, this, &WebUploadServer::rebuild);
}

void WebUploadServer::rebuild()
{
    delete m_server;
    m_server = new QTcpServer(this);
    const QHostAddress address(m_module.runningConfig().value(u"ip.address")->toString());
    m_error.clear();
    if (!m_server->listen(address, m_port)) {
        m_error = tr("cannot take web page uploads on %1:%2: %3").arg(address.toString()).arg(m_port).arg(m_server->errorString());
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto upload = std::make_shared<Upload>();
            auto *settle = new QTimer(client);
            settle->setSingleShot(true);
            settle->setInterval(LastBlockSettleMs);
            connect(client, &QTcpSocket::disconnected, client, [client, upload] { client->deleteLater(); });
            connect(client, &QTcpSocket::readyRead, this, [this, client, upload, settle] {
                upload->buffer += client->readAll();
                if (!upload->greeted) {
                    if (upload->buffer.size() < 6)
                        return;
                    if (!upload->buffer.startsWith(QByteArray(6, char(0xFF))))
                        return client->abort();
                    upload->buffer.remove(0, 6);
                    upload->greeted = true;
                    client->write(QByteArray(4, char(0xAA)));
                }
                takeBlocks(client, *upload, false);
                // A block shorter than 512 is the last; it has come whole once nothing follows.
                settle->start();
            });
            connect(settle, &QTimer::timeout, this, [this, client, upload] { takeBlocks(client, *upload, true); });
        }
    });
}

void WebUploadServer::takeBlocks(QTcpSocket *client, Upload &upload, bool final)
{
    while (upload.buffer.size() >= FullBlock || (final && upload.buffer.size() >= 4)) {
        const qsizetype length = qMin<qsizetype>(upload.buffer.size(), FullBlock);
        const auto block = TftpPacket::parse(upload.buffer.left(length), nullptr);
        upload.buffer.remove(0, length);
        if (!block || block->opcode != TftpPacket::Opcode::Data)
            return client->abort();
        if (block->block == quint16(upload.expected - 1)) {
            client->write(TftpPacket::ack(block->block).encode()); // a resend: its ack was lost
            continue;
        }
        if (block->block != quint16(upload.expected))
            return client->abort();
        upload.image += block->data;
        ++upload.expected;
        client->write(TftpPacket::ack(block->block).encode());
        if (block->data.size() < TftpPacket::BlockSize) {
            QString error;
            const auto files = FsImage::parse(upload.image, FsImageLayout::m4(), &error);
            if (!files) {
                m_lastResult = tr("upload refused: %1").arg(error);
                emit uploadFinished(false, m_lastResult);
            } else {
                QHash<QString, QByteArray> pages;
                for (const FsImage::File &file : *files)
                    pages.insert(file.path, file.data);
                m_module.setWebPages(pages);
                m_lastResult = tr("%n web page file(s) installed", nullptr, int(files->size()));
                emit uploadFinished(true, m_lastResult);
            }
            upload.greeted = false;
            upload.expected = 0;
            upload.image.clear();
            return;
        }
    }
}

} // namespace s2e::emu
