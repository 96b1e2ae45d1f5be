#pragma once

#include "endpoint.h"

class QTcpSocket;

namespace s2e {

class TcpClientEndpoint : public Endpoint
{
    Q_OBJECT

public:
    TcpClientEndpoint(const QString &host, quint16 port, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool send(const QByteArray &data) override;
    QStringList peers() const override;
    qint64 bytesToWrite() const override;
    QString description() const override;

private:
    void readSocket();
    void readFailed();

    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket;
    QString m_peer; // "address:port" while connected
};

} // namespace s2e
