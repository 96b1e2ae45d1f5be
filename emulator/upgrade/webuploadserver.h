#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace s2e::emu {

class VirtualModule;

// The device side of the web page upload (protocol.md §5) on the module's upload port: the
// handshake, 512-byte blocks acknowledged one by one (a repeated block is acknowledged
// again, not stored twice), a short block ending it; a sound image replaces the module's
// pages, anything else leaves them as they were.
class WebUploadServer : public QObject
{
    Q_OBJECT

public:
    WebUploadServer(VirtualModule &module, quint16 port, QObject *parent = nullptr);

    void rebuild();
    QString errorString() const { return m_error; }
    QString lastResult() const { return m_lastResult; }

signals:
    void uploadFinished(bool ok, const QString &message);

private:
    struct Upload;
    void takeBlocks(QTcpSocket *client, Upload &upload, bool final);

    VirtualModule &m_module;
    quint16 m_port;
    QTcpServer *m_server = nullptr;
    QString m_error;
    QString m_lastResult;
};

} // namespace s2e::emu
