#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <span>

namespace s2e {

// How a module's answers to the setting protocol travel; the documents disagree, so each
// family has its own (protocol.md §1).
enum class ReplyMode : quint8 {
    Peer, // unicast to the request's address and port (TivaWare's locator)
    Broadcast, // broadcast to the request's source port (the TCP232-302 manual)
    BroadcastPort, // broadcast to the setting port (the vendor's E45/M4 protocol V1.4)
};

// A parameter value a family ships with where it differs from the field table's default.
struct ModelDefault
{
    const char *key;
    const char *value;
};

// One family of modules, described once (protocol.md §8): everything that tells it apart on
// the wire and in its parameters. The codec, the client, the emulator, profiles, the forms
// and the dissector follow it.
struct ModelDef
{
    Q_DECLARE_TR_FUNCTIONS(ModelDef)

public:
    const char *key; // "k7", "410s", "302": JSON, the command line, profiles
    const char *name; // product name, as the vendor writes it
    const char *members; // other products that answer alike
    quint16 settingPort; // the standard setting port; 0: not known
    // The read reply's datagrams, in order; their sizes tell the pieces apart.
    std::span<const int> readDatagrams;
    int ports;
    bool cloud; // the read reply ends with the USR-cloud block
    // Bytes after the blocks that no write command carries: kept as they came.
    int extraBytes;
    quint8 layout; // LayoutBit of the fields its blocks hold; 0: only the common ones
    quint16 uploadPort; // custom web pages
    std::span<const Command> commands; // what it takes besides search
    char wrongLoginOnRestart; // its short reply status to a restart with a wrong login
    ReplyMode reply; // as its documents say
    int tcpClientsMax;
    std::span<const ModelDefault> defaults;
    const char *evidence; // how the facts above are known

    int readLength() const;
    bool takes(Command command) const;
    bool isKnown() const { return layout != 0; }
    // The name for people: "USR-K7", or "unknown model".
    QString displayName() const;
    // For a tooltip: the name, the products that answer alike and the evidence.
    QString description() const;
};

namespace ModelTable {

// The known families, in a stable order.
std::span<const ModelDef> all();
// A module whose read reply has no known shape.
const ModelDef &unknown();
const ModelDef *find(QStringView key);
// The family whose whole read reply has this many bytes.
const ModelDef *byReadLength(qsizetype length);
// The most bytes any family's read reply has.
int longestRead();
// The families that listen on a standard setting port.
QList<const ModelDef *> onPort(quint16 standardPort);
// Every standard setting port, in table order (1901, 1500).
QList<quint16> settingPorts();
// "k7, 410s, 302", for usage messages.
QString keysText();

} // namespace ModelTable

} // namespace s2e
