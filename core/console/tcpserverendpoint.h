#pragma once

#include "endpoint.h"

#include <QHostAddress>
#include <QList>

class QTcpServer;
class QTcpSocket;

namespace s2e {

// Listens and takes any number of clients; send() goes to all of them, sendTo() to one.
class TcpServerEndpoint : public Endpoint
{
    Q_OBJECT

public:
    TcpServerEndpoint(const QHostAddress &address, quint16 port, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool send(const QByteArray &data) override;
    bool sendTo(const QString &peer, const QByteArray &data) override;
    QStringList peers() const override;
    void closePeer(const QString &peer) override;
    qint64 bytesToWrite() const override;
    QString description() const override;
    quint16 listeningPort() const;

private:
    static QString peerName(const QTcpSocket *socket);
    QTcpSocket *find(const QString &peer) const;
    void accept();

    QHostAddress m_address;
    quint16 m_port;
    QTcpServer *m_server;
    QList<QTcpSocket *> m_clients;
};

} // namespace s2e
