#pragma once

#include "protocol/result.h"
#include "bootloader.h"
#include "dataport.h"
#include "webuploadserver.h"
#include "netatserver.h"
#include "websocketbridge.h"
#include "webstatusserver.h"
#include "serialside.h"
#include "faultinjector.h"
#include "virtualmodule.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>

class QNetworkDatagram;
class QUdpSocket;

namespace s2e::emu {

// How a module's answers to the setting protocol travel; the documents disagree (protocol.md
// §1), and a client must take all three. Every mode sends from the module's own address and
// its setting port.
enum class ReplyMode : quint8 {
    Peer, // unicast to the request's address and port (TivaWare's locator)
    // Broadcast to the request's source port: the TCP232-302 manual, and what real modules did
    // for every independent client found (they listen on their own source port only).
    Broadcast,
    BroadcastPort, // broadcast to the setting port (the vendor's E45/M4 protocol V1.4)
};

// "peer", "broadcast", "broadcast-port".
QString replyModeName(ReplyMode mode);
std::optional<ReplyMode> replyModeFromName(QStringView name);

// Runs virtual modules in this process and answers the setting protocol for all of them on
// one UDP port. A request naming no module's MAC is ignored, as a module ignores it.
class Emulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int devices = 1;
        int firstNumber = 1; // module i is number firstNumber + i: its MAC and name
        // Setting and upload ports of the M4 families (1901, 1902) and of the M0 (1500, 1501).
        quint16 port = 1901;
        quint16 m0Port = 1500;
        // Where the setting port listens: AnyIPv4 also hears broadcasts to 127.255.255.255.
        QHostAddress bind = QHostAddress(QHostAddress::AnyIPv4);
        // The first module's address; module i gets firstAddress + i.
        QHostAddress firstAddress = QHostAddress(QStringLiteral("127.0.0.2"));
        QString stateDir; // empty: parameters live in memory only
        int rebootMs = 1000;
        int dropFirstRequests = 0;
        quint16 firmware = 4017;
        // Module i is of family models[i % size]: "--devices 3 --model k7,302" is a K7 and two 302s.
        QList<const ModelDef *> models = { &ModelTable::all().front() };
        quint16 atPort = 48899; // net AT; 0 picks a free one
        bool serial = true; // a pseudo-terminal per module
        QString ptyLinkDir; // when set, DIR/ttyS2E1, DIR/ttyS2E2, … link to the terminals
        int maxClients = 4; // TCP server clients per port, at most 16
        int modbusSlave = 0; // 1-247: a Modbus RTU slave of this address on each serial line
        quint16 uploadPort = 1902; // web page upload
        quint16 m0UploadPort = 1501;
        quint16 magicPort = 9; // firmware upgrade: magic packet (0 picks a free one)
        BootLoader::Ports bootLoader;
        FaultOptions faults; // on the setting protocol
        ReplyMode reply = ReplyMode::Broadcast;
        StoreAnswer storeAnswer = StoreAnswer::Done; // of the families that take a store
        // Where broadcast answers go; null: 127.255.255.255 for modules on loopback (nothing
        // leaves the machine), 255.255.255.255 otherwise.
        QHostAddress replyBroadcast;
        quint16 encryption = 0; // the search reply's "encryption version"
        bool netAtRequiresOk = false; // net AT commands only after "+ok" (WIFI232 lineage)

        quint16 settingPortOf(const ModelDef &model) const { return model.layout == M0Layout ? m0Port : port; }
        quint16 uploadPortOf(const ModelDef &model) const
        {
            return model.layout == M0Layout ? m0UploadPort : uploadPort;
        }
    };

    explicit Emulator(const Options &options, QObject *parent = nullptr);

    // Binds the setting and net AT ports and opens the terminals; the error names what
    // failed and why.
    Result<void> start();
    // The M4 families' setting port, or the one a family listens on.
    quint16 port() const;
    quint16 port(const ModelDef &model) const;
    quint16 atPort() const;
    // The serial side of module i, or nullptr without terminals.
    SerialSide *serialSide(int index) const;
    NetAtServer *netAtServer() const { return m_netAt; }
    DataPort *dataPort(int index) const { return m_dataPorts.value(index); }
    BootLoader *bootLoader(int index) const { return m_bootLoaders.value(index); }
    WebUploadServer *uploadServer(int index) const { return m_uploadServers.value(index); }
    quint16 magicPort() const;
    // Problems of the data plane (ports that could not be opened), one line each.
    QStringList dataPlaneErrors() const;
    const QList<VirtualModule *> &modules() const { return m_modules; }
    // Datagrams that were not a well-formed request (other modules' answers aside).
    int ignoredDatagrams() const { return m_ignored; }
    // Problems that do not stop the modules (a module address that is not this machine's).
    QStringList warnings() const { return m_warnings; }
    // Well-formed requests other than search, whichever module they named.
    int commandsReceived() const { return m_commands; }

private:
    void readDatagrams(QUdpSocket *socket, int moduleIndex);
    QUdpSocket *settingSocket(const ModelDef &model) const;
    void sendReply(int moduleIndex, const QByteArray &reply, const QNetworkDatagram &request);
    bool hears(int index, const QUdpSocket *socket, int moduleIndex, int addressee) const;
    // The module at this unicast address, or -1.
    int moduleAt(const QHostAddress &address) const;
    void answerT24Search(QUdpSocket *socket, int moduleIndex, const QNetworkDatagram &request);
    QHostAddress replyBroadcast(int moduleIndex) const;
    void bindModule(int index);
    void readMagicPackets();

    Options m_options;
    // On the bind address, one per setting port in use: broadcasts, and requests to an
    // address no module has.
    QMap<quint16, QUdpSocket *> m_sockets;
    // One per module on its own address (null when that is not this machine's): unicast
    // requests reach only their module, and answers come from its address.
    QList<QUdpSocket *> m_moduleSockets;
    NetAtServer *m_netAt;
    QList<VirtualModule *> m_modules;
    QList<SerialSide *> m_serialSides;
    QList<DataPort *> m_dataPorts;
    QList<WebSocketBridge *> m_webSockets;
    QList<WebStatusServer *> m_webServers;
    QList<WebUploadServer *> m_uploadServers;
    QList<BootLoader *> m_bootLoaders;
    FaultInjector m_faults;
    QUdpSocket *m_magic;
    QString m_magicError;
    QStringList m_warnings;
    int m_ignored = 0;
    int m_commands = 0;
};

// Module i's MAC: 02:55:53:52:xx:xx, a locally administered address ("USR").
MacAddress virtualModuleMac(int index);

} // namespace s2e::emu
