#pragma once

#include <QList>
#include <QObject>

class QWebSocket;
class QWebSocketServer;

namespace s2e::emu {

class DataPort;
class VirtualModule;

// The module's web-to-serial WebSocket (manual 4.2.9) on its WebSocket port: text or
// binary messages go to serial, serial data goes to every client as binary messages.
class WebSocketBridge : public QObject
{
    Q_OBJECT

public:
    WebSocketBridge(VirtualModule &module, DataPort &port, QObject *parent = nullptr);

    void rebuild();
    QString errorString() const { return m_error; }
    int clientCount() const { return int(m_clients.size()); }

private:
    VirtualModule &m_module;
    DataPort &m_port;
    QWebSocketServer *m_server = nullptr;
    QList<QWebSocket *> m_clients;
    QString m_error;
};

} // namespace s2e::emu
