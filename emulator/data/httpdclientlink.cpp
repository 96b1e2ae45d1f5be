#include "httpdclientlink.h"

#include <QTcpSocket>

namespace s2e::emu {

namespace {
constexpr int MaxQueuedRequests = 16;
}

HttpdClientLink::HttpdClientLink(const Endpoint &local, const Request &request, QObject *parent)
    : NetworkLink(parent), m_local(local), m_request(request)
{
}

QByteArray HttpdClientLink::buildRequest(const Request &request, const QByteArray &data)
{
    QByteArray head;
    if (request.post)
        head = "POST " + request.url.toLatin1() + " HTTP/1.1\r\n";
    else
        head = "GET " + request.url.toLatin1() + data + " HTTP/1.1\r\n";
    head += "Host: " + request.host.toLatin1() + "\r\n";
    QByteArray extra = request.header.toLatin1().replace("<<CRLF>>", "\r\n");
    if (!extra.isEmpty() && !extra.endsWith("\r\n"))
        extra += "\r\n";
    head += extra;
    if (request.post)
        head += "Content-Length: " + QByteArray::number(data.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    return request.post ? head + data : head;
}

void HttpdClientLink::send(const QByteArray &data)
{
    if (m_queue.size() >= MaxQueuedRequests) {
        countDropped(data.size());
        return;
    }
    m_queue.append(data);
    if (!m_socket)
        next();
}

void HttpdClientLink::next()
{
    if (m_queue.isEmpty())
        return;
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    m_response.clear();
    socket->bind(m_local.address, 0);
    const QByteArray request = buildRequest(m_request, m_queue.takeFirst());
    connect(socket, &QTcpSocket::connected, this, [this, socket, request] {
        emit connected();
        socket->write(request);
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_response += socket->readAll(); });
    // Whichever of disconnected and errorOccurred comes first ends this request.
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (m_socket != socket)
            return;
        QByteArray body = m_response;
        const qsizetype end = m_response.indexOf("\r\n\r\n");
        if (m_request.stripHeader && end >= 0)
            body = m_response.mid(end + 4);
        if (!body.isEmpty())
            emit received(body);
        m_socket->deleteLater();
        m_socket = nullptr;
        next();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (m_socket != socket || error == QAbstractSocket::RemoteHostClosedError)
            return; // the end of the response is handled by disconnected()
        setError(m_socket->errorString());
        m_socket->deleteLater();
        m_socket = nullptr;
        next();
    });
    socket->connectToHost(m_request.host, m_request.port);
}

QString HttpdClientLink::stateText() const
{
    if (m_socket)
        return m_socket->state() == QAbstractSocket::ConnectedState ? QStringLiteral("CONNECTED")
                                                                   : QStringLiteral("CONNECTING");
    return errorString().isEmpty() ? QStringLiteral("IDLE") : QStringLiteral("ERROR");
}

} // namespace s2e::emu
