#pragma once

#include "networklink.h"

#include <QList>

class QTcpSocket;

namespace s2e::emu {

// HTTPD client: each serial frame becomes one HTTP request to the remote (GET with the data
// after the URL, or POST with the data as body), with the configured header lines; the
// response, its header stripped when configured, goes to serial.
class HttpdClientLink : public NetworkLink
{
    Q_OBJECT

public:
    struct Request
    {
        QString host;
        quint16 port = 80;
        bool post = false;
        QString url = QStringLiteral("/");
        QString header; // lines joined by <<CRLF>>, as AT+HTPHEAD takes them
        bool stripHeader = true;
    };

    HttpdClientLink(const Endpoint &local, const Request &request, QObject *parent = nullptr);

    void start() override { }
    void send(const QByteArray &data) override;
    QString stateText() const override;

    // The bytes of the HTTP request for one frame.
    static QByteArray buildRequest(const Request &request, const QByteArray &data);

private:
    void next();

    Endpoint m_local;
    Request m_request;
    QList<QByteArray> m_queue;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_response;
};

} // namespace s2e::emu
