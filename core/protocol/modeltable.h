#pragma once

#include "command.h"
#include "fielddef.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <span>

namespace s2e {

// A parameter value a family ships with where it differs from the field table's default.
struct ModelDefault
{
    const char *key;
    const char *value;
};

// A byte no field names that a family ships with (the 302's port "time count" 0x91).
struct FactoryByte
{
    BlockKind block;
    quint8 offset;
    quint8 value;
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
    // What it takes besides search. Without Store a write is kept as it is made, and a save
    // is write, restart, verify.
    std::span<const Command> commands;
    char wrongLoginOnRestart; // its short reply status to a restart with a wrong login
    int tcpClientsMax;
    std::span<const ModelDefault> defaults;
    std::span<const FactoryByte> factoryBytes;
    bool answersT24Search = false; // also answers the older T24 search (protocol.md §8)
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
// A module that answered only the older T24 search (protocol.md §8).
const ModelDef &t24();
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
