#pragma once

#include "endpoint.h"

class QTcpSocket;
class QTimer;

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
    void readAvailable();
    void readOnTick();
    // What one wake-up read: a few chunks at most, so the event loop keeps its turn.
    qint64 readSocket();
    void readFailed();
    void setFlooded(bool flooded);

    QString m_host;
    quint16 m_port;
    QTcpSocket *m_socket;
    QTimer *m_floodTick;
    bool m_flooded = false;
    QString m_peer; // "address:port" while connected
};

} // namespace s2e
