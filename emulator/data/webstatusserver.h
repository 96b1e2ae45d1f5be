#pragma once

#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace s2e::emu {

class DataPort;
class VirtualModule;

// The module's web server on its HTTP port, behind basic authentication with the module's
// user name and password: a status page with name, firmware, address, MAC, run time,
// TX/RX counts and connection state (manual 4.1.4).
class WebStatusServer : public QObject
{
    Q_OBJECT

public:
    WebStatusServer(VirtualModule &module, DataPort &port, QObject *parent = nullptr);

    void rebuild();
    QString errorString() const { return m_error; }
    // The page's HTML, for a request that passed authentication.
    QByteArray statusPage() const;

private:
    void serve(QTcpSocket *client);

    VirtualModule &m_module;
    DataPort &m_port;
    QTcpServer *m_server = nullptr;
    QString m_error;
};

} // namespace s2e::emu
