#pragma once

#include "endpoint.h"
#include "protocol/result.h"
#include "serialendpoint.h"
#include "udpendpoint.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace s2e {

// Which endpoint to open, as the CLI's options and the GUI's settings describe it; the
// one place that turns them into an Endpoint.
struct EndpointSpec
{
    Q_DECLARE_TR_FUNCTIONS(EndpointSpec)

public:
    enum class Kind { TcpClient, TcpServer, Udp, Serial, WebSocket };

    Kind kind = Kind::TcpClient;
    QString host; // TCP client
    quint16 port = 0; // TCP client: remote; TCP server: local
    UdpEndpoint::Options udp;
    SerialEndpoint::Options serial;
    QUrl url; // WebSocket
    bool text = false; // WebSocket text messages

    // "HOST:PORT"
    static Result<EndpointSpec> tcpClient(const QString &hostPort);
    static Result<EndpointSpec> tcpServer(const QString &port);
    // "LOCAL:PORT" or "PORT", optionally ",REMOTE:PORT"
    static Result<EndpointSpec> udpSocket(const QString &text, bool allowBroadcast);
    static EndpointSpec serialPort(const SerialEndpoint::Options &options);
    static Result<EndpointSpec> webSocket(const QString &url, bool text);
    // One text for any of them, as a command line names an endpoint: "tcp://HOST:PORT",
    // "listen:PORT", "udp:LOCAL:PORT[,REMOTE:PORT]", "serial:PATH[@BAUD]", "ws://…", "wss://…".
    static Result<EndpointSpec> parse(const QString &text);

    std::unique_ptr<Endpoint> create(QObject *parent = nullptr) const;
};

} // namespace s2e
