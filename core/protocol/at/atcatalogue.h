#pragma once

#include <QCoreApplication>
#include <QString>

#include <span>

namespace s2e::at {

// How a command name takes the serial port number N (1-8) and the socket letter M (A-H);
// single-port modules accept both left out (manual §5.3.5).
enum class Suffix : quint8 { None, Port, SocketPort };

enum class ParamType : quint8 {
    Int, // decimal, min..max
    Text, // printable ASCII, min..max characters
    Ipv4, // dotted quad
    Host, // IPv4 address or domain name, min..max characters
    Enum, // one of `names`, any letter case
    Mac, // 12 hex digits, no separators (AT+USERMAC=002233445566)
    PacketData, // ASCII (at most max/2 characters) or hex digits (at most max), per the
                // command's following ASCII/HEX parameter
};

// An AT spelling and, when the setting is also in the parameter blocks, the field-table
// value it stands for (nullptr when the blocks cannot express it).
struct EnumName
{
    const char *at;
    const char *field;
};

struct Param
{
    const char *name;
    ParamType type;
    quint32 min = 0;
    quint32 max = 0;
    std::span<const EnumName> names = {};
    // The field-table key this parameter is, with "portN" standing for the command's port:
    // the one place where AT settings and parameter-block fields are tied together.
    const char *field = nullptr;
    // When the port works as a TCP or UDP server, this key instead (AT+SOCK's port is the
    // remote port of a client and the local port of a server).
    const char *serverField = nullptr;
    const char *defaultValue = "";
    const char *help = "";

    // The range (a number's, or a text's length): the linked field's, so that AT commands and
    // the parameter blocks agree; min and max above only for settings no block holds.
    quint32 minimum() const;
    quint32 maximum() const;
};

struct CommandDef
{
    Q_DECLARE_TR_FUNCTIONS(AtCatalogue)

public:
    const char *name;
    Suffix suffix = Suffix::None;
    bool query = false; // AT+NAME asks for the value
    bool set = false; // AT+NAME=… changes it
    bool action = false; // AT+NAME does something (restart, restore, leave)
    std::span<const Param> params = {};
    const char *help = "";

    QString helpText() const;
    // "AT+UART[N]=baudrate,data_bits,stop_bits,parity,flowctrl"
    QString synopsis() const;
};

namespace Catalogue {
// The 47 commands of the manual's §5.3.4, in its order.
std::span<const CommandDef> all();
const CommandDef *find(QStringView name);
// "AT+DNS": the command that sets a field-table key ("ip.dns", "portN.baud"), or "" when none
// does.
QString commandSetting(const char *field);
QString paramAllowedText(const Param &param);
} // namespace Catalogue

} // namespace s2e::at
