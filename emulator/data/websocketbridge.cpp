#include "websocketbridge.h"

#include "dataport.h"
#include "virtualmodule.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace s2e::emu {

WebSocketBridge::WebSocketBridge(VirtualModule &module, DataPort &port, QObject *parent)
    : QObject(parent), m_module(module), m_port(port)
{
    connect(&port, &DataPort::frameSent, this, [this](const QByteArray &frame) {
        for (QWebSocket *client : std::as_const(m_clients))
            client->sendBinaryMessage(frame);
    });
    connect(&module, &VirtualModule::restarted, this, &WebSocketBridge::rebuild);
}

void WebSocketBridge::rebuild()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    delete m_server;
    m_server = new QWebSocketServer(QStringLiteral("s2e-emu"), QWebSocketServer::NonSecureMode, this);
    const QHostAddress address(m_module.runningConfig().value(u"ip.address")->toString());
    const auto port = quint16(m_module.runningConfig().value(u"websocket.port")->toInteger());
    m_error.clear();
    if (port == 0) // off, as the 302 ships
        return;
    if (!m_server->listen(address, port)) {
        m_error = tr("cannot listen for WebSocket on %1:%2: %3")
                          .arg(address.toString())
                          .arg(port)
                          .arg(m_server->errorString());
        return;
    }
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this); // owned here, whatever becomes of the server
            m_clients.append(client);
            connect(client, &QWebSocket::binaryMessageReceived, this,
                    [this](const QByteArray &message) { m_port.writeFromNetwork(message); });
            connect(client, &QWebSocket::textMessageReceived, this,
                    [this](const QString &message) { m_port.writeFromNetwork(message.toUtf8()); });
            connect(client, &QWebSocket::disconnected, this, [this, client] {
                m_clients.removeOne(client);
                client->deleteLater();
            });
        }
    });
}

} // namespace s2e::emu
