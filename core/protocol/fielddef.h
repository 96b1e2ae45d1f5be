#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <span>

namespace s2e {

// The three parameter blocks of the setting protocol (protocol.md §1.5-1.7).
enum class BlockKind : quint8 { Basic, Port, Cloud };

enum class FieldType : quint8 {
    UInt, // little-endian unsigned integer of 1, 2 or 4 bytes, with a range
    Ipv4, // little-endian u32 shown dotted
    Text, // ASCII, NUL-padded, with a maximum length
    Mac, // six bytes in printed order
    Enum, // the bits under `mask` of one byte, named
    Flag, // one bit (`mask`) of one byte
};

// Parameter block layouts (protocol.md §1.5, §1.6, §8): M4 modules (K7, 410S…) and the M0
// TCP232-302 place a few fields differently. A field declared for every layout sits at the
// same place in each, so a module of unknown layout still has it; a field declared for one
// layout is a variant the model table chooses.
enum LayoutBit : quint8 { M4Layout = 0x01, M0Layout = 0x02, AnyLayout = M4Layout | M0Layout };

// A field applies while another field (of the same port, for a port field: "mode") has
// one of these values; otherwise its value is kept but means nothing (a static address under
// DHCP, a remote host in server mode).
struct FieldCondition
{
    const char *field;
    std::span<const char *const> values;
};

struct EnumValue
{
    quint8 value;
    const char *name; // for the CLI, profiles and JSON: "tcp-server"
    const char *label; // for people: QT_TRANSLATE_NOOP("FieldTable", "TCP Server")
    // Another byte modules use for the same meaning: read as this name, never written, and
    // not offered as a choice of its own.
    bool alias = false;

    QString labelText() const;
};

// One module parameter, described once: the codec, validation, the CLI, JSON profiles and
// the GUI forms are all driven from these declarations (see fieldtable.cpp).
struct FieldDef
{
    Q_DECLARE_TR_FUNCTIONS(FieldDef)

public:
    const char *name; // key inside its block; a port field's key is "port<N>." + name
    BlockKind block;
    quint8 offset;
    quint8 size;
    FieldType type;
    quint32 min = 0; // UInt: range; Text: length
    quint32 max = 0;
    // UInt: 0 means off, and any other value starts here (AT+RSTIM's "0, 60-65535").
    quint32 minWhenOn = 0;
    quint8 mask = 0; // Enum and Flag: the bits this field owns
    std::span<const EnumValue> enumValues = {};
    const char *defaultValue = ""; // as the user would type it; "" for Mac: set per device
    const char *help = ""; // QT_TRANSLATE_NOOP("FieldTable", …)
    const char *label = ""; // a form's label: QT_TRANSLATE_NOOP("FieldTable", …)
    const char *unit = ""; // "ms", "s", "bytes": QT_TRANSLATE_NOOP("FieldTable", …)
    std::span<const quint32> suggestions = {}; // UInt: the common values a form offers
    quint8 layouts = AnyLayout; // LayoutBit: the layouts that place the field so
    std::span<const FieldCondition> appliesWhen = {}; // all must hold
    bool identity = false; // names one module: copied to another only when asked
    bool secret = false; // left out of exported profiles unless asked

    // Whether a block of this layout holds the field; layout 0 (an unknown model's) holds
    // only the fields every layout places alike.
    bool placedIn(quint8 layout) const { return layout ? (layouts & layout) != 0 : layouts == AnyLayout; }

    QString key(int portIndex) const;
    // Whether the field applies, given the other fields' values as text (valueOf takes a
    // whole key: "ip.mode", "port2.mode").
    bool appliesGiven(const std::function<QString(const QString &key)> &valueOf, int portIndex) const;
    QString helpText() const;
    QString labelText() const;
    // The label with its unit: "Packing time (ms)".
    QString formLabel() const;
    // An enum value's label from its name, or the name itself when it has none.
    QString enumLabel(const QString &name) const;
    // A value as a form shows it: an enum's label, "on"/"off", the text otherwise.
    QString valueText(const QJsonValue &value) const;
    // What a valid value looks like, for error messages and tooltips.
    QString allowedText() const;

    // Typed value from a block: a number, a bool or a string. An enum byte that has no
    // name comes back as its number, so nothing a module sends is hidden.
    QJsonValue read(QByteArrayView block) const;
    // Checks a value from the user, a profile or the CLI and returns it in its canonical
    // JSON form. Strings are accepted for every type ("115200", "true", "TCP-Server").
    Result<QJsonValue> normalize(const QJsonValue &value, const QString &key) const;
    // Writes a value that normalize() accepted; bytes outside the field are untouched.
    void write(QByteArray &block, const QJsonValue &normalized) const;

    static QString toText(const QJsonValue &value);
};

} // namespace s2e
