#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QUdpSocket;

namespace s2e::emu {

class VirtualModule;

// The device side of a firmware upgrade (TI's Ethernet boot loader, protocol.md §6): once a
// magic packet has put the module here, it asks by BOOTP for its server until answered,
// downloads the image by TFTP, checks it and, when sound, "writes" it and restarts into it.
// A transfer that stops half way leaves the module here, asking again: never bricked.
class BootLoader : public QObject
{
    Q_OBJECT

public:
    struct Ports
    {
        quint16 bootpServer = 67;
        quint16 bootpClient = 68;
        quint16 tftp = 69;
        QHostAddress bootpTarget = QHostAddress(QStringLiteral("127.255.255.255"));
    };

    BootLoader(VirtualModule &module, const Ports &ports, QObject *parent = nullptr);

    QString lastResult() const { return m_lastResult; }
    int bootpRequestsSent() const { return m_requests; }

signals:
    void resultChanged(const QString &message);

private:
    void start();
    void sendRequest();
    void readBootp();
    void readTftp();
    void abandonTransfer(const QString &why);
    void report(const QString &message);

    VirtualModule &m_module;
    Ports m_ports;
    QUdpSocket *m_bootp = nullptr;
    QUdpSocket *m_tftp = nullptr;
    QTimer m_requestTimer;
    QTimer m_transferTimer;
    quint32 m_xid = 0;
    QHostAddress m_server;
    quint16 m_serverPort = 0;
    quint16 m_expected = 1;
    QByteArray m_image;
    QString m_lastResult;
    int m_requests = 0;
};

} // namespace s2e::emu
