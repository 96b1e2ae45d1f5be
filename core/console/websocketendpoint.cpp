#include "websocketendpoint.h"

#include <QWebSocket>

namespace s2e {

WebSocketEndpoint::WebSocketEndpoint(const QUrl &url, bool text, QObject *parent)
    : Endpoint(parent), m_url(url), m_text(text), m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    connect(m_socket, &QWebSocket::bytesWritten, this, &Endpoint::bytesWritten);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        setState(State::Open, tr("connected to %1").arg(m_url.toString()));
        emit peersChanged();
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        emit peersChanged();
        // Closed already by close() or by an error, or never connected (the error says why).
        if (state() != State::Open)
            return;
        const QString reason = m_socket->closeReason();
        setState(State::Closed, reason.isEmpty() ? tr("%1 closed the connection").arg(m_url.toString())
                                                 : tr("%1 closed: %2").arg(m_url.toString(), reason));
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { reportReceived(message, m_url.toString()); });
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { reportReceived(message.toUtf8(), m_url.toString()); });
    // Qt 6.4 names the signal error(); 6.5 added errorOccurred().
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) {
                // The peer going away without a close frame ends here or in disconnected: once.
                if (state() == State::Closed || (error == QAbstractSocket::RemoteHostClosedError && state() == State::Open))
                    return;
                fail(tr("%1: %2").arg(description(), m_socket->errorString()));
                m_socket->abort();
            });
}

WebSocketEndpoint::~WebSocketEndpoint()
{
    m_socket->disconnect(this);
}

void WebSocketEndpoint::open()
{
    if (!m_url.isValid() || (m_url.scheme() != u"ws" && m_url.scheme() != u"wss")) {
        return fail(tr("\"%1\" is not a ws:// or wss:// address").arg(m_url.toString()));
    }
    setState(State::Opening, tr("connecting to %1").arg(m_url.toString()));
    m_socket->open(m_url);
}

void WebSocketEndpoint::close()
{
    setState(State::Closed);
    m_socket->close();
}

bool WebSocketEndpoint::send(const QByteArray &data)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        reportError(tr("%1: not connected").arg(description()));
        return false;
    }
    if (m_text)
        m_socket->sendTextMessage(QString::fromUtf8(data));
    else
        m_socket->sendBinaryMessage(data);
    reportSent(data, m_url.toString());
    return true;
}

QStringList WebSocketEndpoint::peers() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState ? QStringList { m_url.toString() } : QStringList();
}

qint64 WebSocketEndpoint::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QString WebSocketEndpoint::description() const
{
    return tr("WebSocket %1 (%2)").arg(m_url.toString(), m_text ? tr("text") : tr("binary"));
}

} // namespace s2e
