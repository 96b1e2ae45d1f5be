#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QNetworkDatagram;
class QUdpSocket;

namespace s2e::emu {

class VirtualModule;

// The device side of a firmware upgrade, as TI's Ethernet boot loader does it (protocol.md
// §6, TivaWare boot_loader/bl_emac.c): once a magic packet has put the module here, it has
// no address; it broadcasts a zero-filled BOOTP request (ciaddr 0, empty sname, a random
// xid) with a doubling delay until a reply with its xid and MAC names its address and its
// server; it then sends the TFTP read request twice from a fixed port, takes the blocks in
// order from the server (a wrong block number is answered with the last good block's
// ACK, to the port that block came from), waits about
// 4 s per block with retries, and when a short block ends a sound image, "writes" it and
// restarts into it. A transfer given up leaves the module here asking again: never bricked.
//
// On loopback and in a namespace with an address, the request's source address is the
// one the kernel picks, not 0.0.0.0 (that needs a raw socket); its payload is what TI's
// loader sends, and nothing may rely on either.
class BootLoader : public QObject
{
    Q_OBJECT

public:
    struct Ports
    {
        quint16 bootpServer = 67;
        quint16 bootpClient = 68;
        quint16 tftp = 69;
        quint16 tftpClient = 13633; // TI's fixed local port for the transfer
        // Where requests are broadcast; null: 127.255.255.255 for a module on loopback,
        // 255.255.255.255 otherwise.
        QHostAddress bootpTarget;
        int firstRequestMs = 1000; // then doubling, up to 8 s
        int blockTimeoutMs = 4000;
        int blockRetries = 3;
    };

    BootLoader(VirtualModule &module, const Ports &ports, QObject *parent = nullptr);

    QString lastResult() const { return m_lastResult; }
    int bootpRequestsSent() const { return m_requests; }
    int readRequestsSent() const { return m_readRequests; }
    // Downloads begun again after one was given up (or a server that started over).
    int transferRestarts() const { return m_restarts; }

signals:
    void resultChanged(const QString &message);

private:
    void start(int interfaceIndex);
    void sendRequest();
    void readBootp();
    void sendReadRequest();
    void readTftp();
    void onBlockTimeout();
    void acknowledge(quint16 block);
    void abandonTransfer(const QString &why);
    void report(const QString &message);
    QHostAddress requestTarget() const;

    VirtualModule &m_module;
    Ports m_ports;
    int m_interfaceIndex = 0;
    QUdpSocket *m_bootp = nullptr;
    QUdpSocket *m_tftp = nullptr;
    QTimer m_requestTimer;
    QTimer m_blockTimer;
    int m_requestDelayMs = 0;
    quint32 m_xid = 0;
    QHostAddress m_address; // from the BOOTP reply (yiaddr)
    QHostAddress m_server;
    QString m_bootFile;
    quint16 m_serverPort = 0;
    quint16 m_expected = 1;
    int m_retries = 0;
    QByteArray m_image;
    QString m_lastResult;
    int m_requests = 0;
    int m_readRequests = 0;
    int m_restarts = 0;
};

} // namespace s2e::emu
