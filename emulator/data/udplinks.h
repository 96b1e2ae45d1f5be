#pragma once

#include "networklink.h"

class QUdpSocket;

namespace s2e::emu {

// UDP server: data from any peer goes to serial; serial data goes to the last peer that sent.
// UDP client: serial data goes to the fixed remote; data from the remote (from anyone with
// `anyPeer`, AT+UDPON) goes to serial.
class UdpLink : public NetworkLink
{
    Q_OBJECT

public:
    static UdpLink *server(const Endpoint &local, QObject *parent = nullptr);
    static UdpLink *client(const Endpoint &local, const Endpoint &remote, bool anyPeer,
                           QObject *parent = nullptr);

    void start() override;
    void send(const QByteArray &data) override;
    QString stateText() const override;

private:
    UdpLink(const Endpoint &local, QObject *parent);
    void readDatagrams();

    Endpoint m_local;
    Endpoint m_peer;
    bool m_server = true;
    bool m_anyPeer = false;
    QUdpSocket *m_socket;
};

} // namespace s2e::emu
