#include "endpointspec.h"

#include "tcpclientendpoint.h"
#include "tcpserverendpoint.h"
#include "websocketendpoint.h"

namespace s2e {

namespace {

Result<quint16> portNumber(const QString &text, const QString &what)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return Failure { EndpointSpec::tr("%1: \"%2\" is not a port number (0-65535)").arg(what, text) };
    return quint16(port);
}

// "HOST:PORT" → host and port; the port may not be 0 where `needPort`.
Result<std::pair<QString, quint16>> hostPort(const QString &text, const QString &what, bool needPort)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return Failure { EndpointSpec::tr("%1: expected HOST:PORT, got \"%2\"").arg(what, text) };
    const auto port = portNumber(text.mid(colon + 1), what);
    if (!port)
        return Failure { port.error() };
    if (needPort && *port == 0)
        return Failure { EndpointSpec::tr("%1: port 0 cannot be reached").arg(what) };
    return std::pair { text.left(colon), *port };
}

} // namespace

Result<EndpointSpec> EndpointSpec::tcpClient(const QString &text)
{
    const auto target = hostPort(text, tr("TCP client"), true);
    if (!target)
        return Failure { target.error() };
    EndpointSpec spec;
    spec.kind = Kind::TcpClient;
    spec.host = target->first;
    spec.port = target->second;
    return spec;
}

Result<EndpointSpec> EndpointSpec::tcpServer(const QString &text)
{
    const auto port = portNumber(text, tr("TCP server"));
    if (!port)
        return Failure { port.error() };
    EndpointSpec spec;
    spec.kind = Kind::TcpServer;
    spec.port = *port;
    return spec;
}

Result<EndpointSpec> EndpointSpec::udpSocket(const QString &text, bool allowBroadcast)
{
    EndpointSpec spec;
    spec.kind = Kind::Udp;
    spec.udp.allowBroadcast = allowBroadcast;
    const QStringList parts = text.split(u',');
    if (parts.size() > 2)
        return Failure { tr("UDP: expected LOCAL:PORT[,REMOTE:PORT], got \"%1\"").arg(text) };
    if (parts.first().contains(u':')) {
        const auto local = hostPort(parts.first(), tr("UDP local"), false);
        if (!local)
            return Failure { local.error() };
        spec.udp.localAddress = QHostAddress(local->first);
        if (spec.udp.localAddress.isNull())
            return Failure { tr("UDP local: \"%1\" is not an address").arg(local->first) };
        spec.udp.localPort = local->second;
    } else {
        const auto port = portNumber(parts.first(), tr("UDP local"));
        if (!port)
            return Failure { port.error() };
        spec.udp.localPort = *port;
    }
    if (parts.size() == 2) {
        const auto remote = hostPort(parts.at(1), tr("UDP remote"), true);
        if (!remote)
            return Failure { remote.error() };
        const QHostAddress address(remote->first);
        if (address.isNull())
            return Failure { tr("UDP remote: \"%1\" is not an address").arg(remote->first) };
        spec.udp.remoteAddress = address;
        spec.udp.remotePort = remote->second;
    }
    return spec;
}

EndpointSpec EndpointSpec::serialPort(const SerialEndpoint::Options &options)
{
    EndpointSpec spec;
    spec.kind = Kind::Serial;
    spec.serial = options;
    return spec;
}

Result<EndpointSpec> EndpointSpec::webSocket(const QString &text, bool asText)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty())
        return Failure { tr("WebSocket: \"%1\" is not a ws:// address").arg(text) };
    EndpointSpec spec;
    spec.kind = Kind::WebSocket;
    spec.url = url;
    spec.text = asText;
    return spec;
}

Result<EndpointSpec> EndpointSpec::parse(const QString &text)
{
    const auto after = [&text](QLatin1StringView prefix) { return text.mid(prefix.size()); };
    if (text.startsWith(QLatin1StringView("tcp://")))
        return tcpClient(after(QLatin1StringView("tcp://")));
    if (text.startsWith(QLatin1StringView("listen:")))
        return tcpServer(after(QLatin1StringView("listen:")));
    if (text.startsWith(QLatin1StringView("udp:")))
        return udpSocket(after(QLatin1StringView("udp:")), false);
    if (text.startsWith(QLatin1StringView("ws://")) || text.startsWith(QLatin1StringView("wss://")))
        return webSocket(text, false);
    if (text.startsWith(QLatin1StringView("serial:"))) {
        const QString rest = after(QLatin1StringView("serial:"));
        SerialEndpoint::Options options;
        options.port = rest.section(u'@', 0, 0);
        if (rest.contains(u'@')) {
            bool ok = false;
            options.baud = rest.section(u'@', 1).toInt(&ok);
            if (!ok || options.baud <= 0)
                return Failure { tr("\"%1\": the baud rate after @ is not a number").arg(text), ErrorCode::RefusedInput };
        }
        if (options.port.isEmpty())
            return Failure { tr("\"%1\": no serial port").arg(text), ErrorCode::RefusedInput };
        return serialPort(options);
    }
    return Failure { tr("\"%1\" is not tcp://HOST:PORT, listen:PORT, udp:PORT, serial:PATH or ws://URL").arg(text),
                     ErrorCode::RefusedInput };
}

std::unique_ptr<Endpoint> EndpointSpec::create(QObject *parent) const
{
    switch (kind) {
    case Kind::TcpClient: return std::make_unique<TcpClientEndpoint>(host, port, parent);
    case Kind::TcpServer: return std::make_unique<TcpServerEndpoint>(QHostAddress(QHostAddress::AnyIPv4), port, parent);
    case Kind::Udp: return std::make_unique<UdpEndpoint>(udp, parent);
    case Kind::Serial: return std::make_unique<SerialEndpoint>(serial, parent);
    case Kind::WebSocket: return std::make_unique<WebSocketEndpoint>(url, text, parent);
    }
    return nullptr;
}

} // namespace s2e
