#pragma once

#include "networklink.h"

#include <QList>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace s2e::emu {

// TCP server: serial data to every client, any client's data to serial; over the client
// limit the oldest client is closed.
class TcpServerLink : public NetworkLink
{
    Q_OBJECT

public:
    TcpServerLink(const Endpoint &local, int maxClients, QObject *parent = nullptr);

    void start() override;
    void send(const QByteArray &data) override;
    void sendTo(QObject *peer, const QByteArray &data) override;
    QString stateText() const override;
    int clientCount() const { return int(m_clients.size()); }

private:
    void accept();

    Endpoint m_local;
    int m_maxClients;
    QTcpServer *m_server;
    QList<QTcpSocket *> m_clients;
};

// TCP client: connects to the remote, reconnects with back-off, keeps the connection alive;
// with a short-connection time it connects only when there is data and closes when idle.
class TcpClientLink : public NetworkLink
{
    Q_OBJECT

public:
    TcpClientLink(const Endpoint &local, const QString &remoteHost, quint16 remotePort,
                  int shortConnectionSeconds, QObject *parent = nullptr);

    void start() override;
    void send(const QByteArray &data) override;
    QString stateText() const override;
    void clearPending() override { m_waiting.clear(); }

private:
    void connectNow();
    void scheduleReconnect();

    Endpoint m_local;
    QString m_remoteHost;
    quint16 m_remotePort;
    int m_shortSeconds;
    QTcpSocket *m_socket = nullptr;
    QTimer m_reconnect;
    QTimer m_idle;
    int m_backoffMs = 250;
    QByteArray m_waiting; // data for a connection still being made
    bool m_failed = false;
};

} // namespace s2e::emu
