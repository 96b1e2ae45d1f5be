#pragma once

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

// A TCP server on its own thread that sends `total` bytes to the first client, at
// `bytesPerSecond` (0: as fast as the socket takes them), so that the measured side's event
// loop does not also have to produce the load.
class FloodPeer : public QThread
{
public:
    FloodPeer(qint64 total, qint64 bytesPerSecond) : m_total(total), m_rate(bytesPerSecond) { }

    quint16 port() const { return m_port.load(); }
    // What the socket has taken so far.
    qint64 sent() const { return m_sent.load(); }
    // Blocks until the server listens.
    void startAndWait()
    {
        start();
        while (m_port.load() == 0)
            QThread::msleep(1);
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        m_port.store(server.serverPort());
        server.waitForNewConnection(-1);
        QTcpSocket *client = server.nextPendingConnection();
        const QByteArray block(64 * 1024, 'x');
        qint64 sent = 0;
        QElapsedTimer clock;
        clock.start();
        while (sent < m_total && client->state() == QAbstractSocket::ConnectedState) {
            const qint64 allowed = m_rate > 0 ? clock.elapsed() * m_rate / 1000 - sent : block.size();
            if (allowed <= 0 || client->bytesToWrite() > 4 * block.size()) {
                client->waitForBytesWritten(5);
                if (m_rate > 0)
                    QThread::msleep(1);
                continue;
            }
            const qint64 piece = std::min({ allowed, qint64(block.size()), m_total - sent });
            client->write(block.constData(), piece);
            sent += piece;
            m_sent.store(sent);
        }
        while (client->bytesToWrite() > 0 && client->waitForBytesWritten(1000)) {
        }
        client->disconnectFromHost();
        if (client->state() != QAbstractSocket::UnconnectedState)
            client->waitForDisconnected(1000);
    }

private:
    qint64 m_total;
    qint64 m_rate;
    std::atomic<quint16> m_port { 0 };
    std::atomic<qint64> m_sent { 0 };
};
