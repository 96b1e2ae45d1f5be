#pragma once

#include "endpoint.h"

#include <QHostAddress>
#include <optional>

class QUdpSocket;

namespace s2e {

// A UDP socket bound to a local port. Datagrams go to the remote target (or to a peer that
// sent one); every received datagram names its sender. A broadcast target is refused unless
// broadcasting was chosen explicitly.
class UdpEndpoint : public Endpoint
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress localAddress = QHostAddress(QHostAddress::AnyIPv4);
        quint16 localPort = 0;
        std::optional<QHostAddress> remoteAddress;
        quint16 remotePort = 0;
        bool allowBroadcast = false;
    };

    explicit UdpEndpoint(const Options &options, QObject *parent = nullptr);

    void open() override;
    void close() override;
    bool send(const QByteArray &data) override;
    bool sendTo(const QString &peer, const QByteArray &data) override;
    QStringList peers() const override;
    QString description() const override;
    quint16 localPort() const;

    static bool isBroadcast(const QHostAddress &address);

private:
    bool sendDatagram(const QByteArray &data, const QHostAddress &address, quint16 port);

    Options m_options;
    QUdpSocket *m_socket;
    QStringList m_senders; // who has sent to us, most recent last
};

} // namespace s2e
