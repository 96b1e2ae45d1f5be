#pragma once

#include "atengine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QNetworkDatagram;
class QUdpSocket;

namespace s2e::emu {

class VirtualModule;

// Net AT for every virtual module (protocol.md §2): a module that hears its keyword answers
// "IP,MAC,MODULE" and takes AT commands from that host until 30 s pass without one. One
// socket hears broadcasts; each module also listens on its own address, so that it answers
// from that address as a real module does.
class NetAtServer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIdleExitMs = 30000;

    NetAtServer(const QList<VirtualModule *> &modules, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    void setIdleExitMs(int ms) { m_idleExitMs = ms; }
    // As modules of the WIFI232 lineage: commands count only after the host has answered the
    // discovery reply with "+ok" (protocol.md §2). Otherwise "+ok" is ignored.
    void setRequireOk(bool on) { m_requireOk = on; }

private:
    void bindModule(VirtualModule *module);
    void handle(const QNetworkDatagram &datagram, VirtualModule *addressed);
    void reply(VirtualModule *module, const QByteArray &data, const QNetworkDatagram &request);

    QList<VirtualModule *> m_modules;
    struct Session
    {
        QElapsedTimer lastCommand;
        bool confirmed = false; // "+ok" came after the discovery reply
    };

    int m_idleExitMs = DefaultIdleExitMs;
    bool m_requireOk = false;
    QUdpSocket *m_socket;
    QHash<VirtualModule *, QUdpSocket *> m_moduleSockets;
    // Modules in net AT mode, by the host (address:port) that knocked, with the time of
    // their last command.
    QHash<QString, QHash<VirtualModule *, Session>> m_sessions;
};

} // namespace s2e::emu
