#include "webstatusserver.h"

#include "dataport.h"
#include "virtualmodule.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace s2e::emu {

namespace {

constexpr qsizetype MaxRequest = 8192;

QByteArray response(const QByteArray &status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.0 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n" + body;
}

} // namespace

WebStatusServer::WebStatusServer(VirtualModule &module, DataPort &port, QObject *parent)
    : QObject(parent), m_module(module), m_port(port)
{
    connect(&module, &VirtualModule::restarted, this, &WebStatusServer::rebuild);
}

void WebStatusServer::rebuild()
{
    delete m_server;
    m_server = new QTcpServer(this);
    const QHostAddress address(m_module.runningConfig().value(u"ip.address")->toString());
    const auto port = quint16(m_module.runningConfig().value(u"web.port")->toInteger());
    m_error.clear();
    if (!m_server->listen(address, port)) {
        m_error = tr("cannot serve the web page on %1:%2: %3")
                          .arg(address.toString())
                          .arg(port)
                          .arg(m_server->errorString());
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QTcpSocket::readyRead, this, [this, client] { serve(client); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

void WebStatusServer::serve(QTcpSocket *client)
{
    // What has come so far, kept on the connection until the header is complete.
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    if (buffer.size() > MaxRequest) {
        client->write(response("413 Request Entity Too Large", {}));
        client->disconnectFromHost();
        return;
    }
    client->setProperty("buffer", buffer);
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    QByteArray authorization;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    const QByteArray expected = "Basic "
            + (m_module.runningConfig().value(u"user")->toString() + QLatin1Char(':')
               + m_module.runningConfig().value(u"password")->toString())
                      .toLatin1()
                      .toBase64();
    if (authorization != expected) {
        client->write(response("401 Unauthorized", "<h1>401 Unauthorized</h1>",
                               "WWW-Authenticate: Basic realm=\"USR-K7\"\r\n"));
    } else {
        // Uploaded pages first; the status page at / when they have no index.
        const QString path = requestLine.size() >= 2 ? QString::fromLatin1(requestLine.at(1)).section(QLatin1Char('?'), 0, 0)
                                                     : QString();
        const auto &pages = m_module.webPages();
        const QString page = path == u"/" && pages.contains(QStringLiteral("/index.html")) ? QStringLiteral("/index.html") : path;
        if (requestLine.value(0) != "GET")
            client->write(response("405 Method Not Allowed", "<h1>405 Method Not Allowed</h1>"));
        else if (pages.contains(page))
            client->write(response("200 OK", pages.value(page), "X-Content-Source: uploaded\r\n"));
        else if (path == u"/" || path == u"/status")
            client->write(response("200 OK", statusPage()));
        else
            client->write(response("404 Not Found", "<h1>404 Not Found</h1>"));
    }
    client->disconnectFromHost();
}

QByteArray WebStatusServer::statusPage() const
{
    const DeviceConfig &config = m_module.runningConfig();
    const DataPort::Counters counters = m_port.counters();
    const qint64 seconds = m_port.runTimeMs() / 1000;
    const auto row = [](const char *name, const QString &value) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                .arg(QLatin1String(name), value.toHtmlEscaped());
    };
    QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><title>%1</title></head><body>\n"
                                  "<h1>%1</h1>\n<table>\n")
                           .arg(config.value(u"name")->toString().toHtmlEscaped());
    page += row("Module name", config.value(u"name")->toString());
    page += row("Firmware", QStringLiteral("V%1").arg(m_module.identity().firmware));
    page += row("IP address", config.value(u"ip.address")->toString());
    page += row("MAC address", m_module.identity().mac.toString());
    page += row("Run time", QStringLiteral("%1:%2:%3")
                                    .arg(seconds / 3600)
                                    .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                    .arg(seconds % 60, 2, 10, QLatin1Char('0')));
    page += row("Port 1 TX/RX", QStringLiteral("%1/%2").arg(counters.toNetwork).arg(counters.fromNetwork));
    page += row("Port 1 state", m_port.stateText());
    page += QStringLiteral("</table>\n</body></html>\n");
    return page.toUtf8();
}

} // namespace s2e::emu
