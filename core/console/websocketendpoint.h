#pragma once

#include "endpoint.h"

#include <QUrl>

class QWebSocket;

namespace s2e {

// A WebSocket client (a module's web-to-serial port, ws://): each message is a frame; sent
// as binary messages, or as text when asked.
class WebSocketEndpoint : public Endpoint
{
    Q_OBJECT

public:
    WebSocketEndpoint(const QUrl &url, bool text, QObject *parent = nullptr);
    ~WebSocketEndpoint() override;

    void open() override;
    void close() override;
    bool send(const QByteArray &data) override;
    QStringList peers() const override;
    qint64 bytesToWrite() const override;
    QString description() const override;

private:
    QUrl m_url;
    bool m_text;
    QWebSocket *m_socket;
};

} // namespace s2e
