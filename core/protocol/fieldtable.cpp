#include "fieldtable.h"

#include <QCoreApplication>

namespace s2e {

namespace {

// Names are what the CLI, profiles and AT commands call a value; labels are the forms' words
// (the vendor tool's, where it has them).
constexpr EnumValue ipModes[] = {
    { 0x80, "static", QT_TRANSLATE_NOOP("FieldTable", "Static IP") },
    { 0x00, "dhcp", QT_TRANSLATE_NOOP("FieldTable", "DHCP") },
};
constexpr EnumValue idTypes[] = {
    { 0, "off", QT_TRANSLATE_NOOP("FieldTable", "Off") },
    { 1, "on-connect", QT_TRANSLATE_NOOP("FieldTable", "On connect") },
    { 2, "with-data", QT_TRANSLATE_NOOP("FieldTable", "With every packet") },
    { 3, "both", QT_TRANSLATE_NOOP("FieldTable", "On connect and with every packet") },
};
constexpr EnumValue parities[] = {
    { 1, "none", QT_TRANSLATE_NOOP("FieldTable", "None") },
    { 2, "odd", QT_TRANSLATE_NOOP("FieldTable", "Odd") },
    { 3, "even", QT_TRANSLATE_NOOP("FieldTable", "Even") },
    { 4, "mark", QT_TRANSLATE_NOOP("FieldTable", "Mark") },
    { 5, "space", QT_TRANSLATE_NOOP("FieldTable", "Space") },
};
// The K7 manual says 1 for none; a real T2 reads 0 there, the 302 manual's default is 0
// (protocol.md §1.6). Either byte reads as none and is kept until the user picks another.
constexpr EnumValue flows[] = {
    { 1, "none", QT_TRANSLATE_NOOP("FieldTable", "None") },
    { 3, "rts-cts", QT_TRANSLATE_NOOP("FieldTable", "RTS/CTS") },
    { 0, "none", QT_TRANSLATE_NOOP("FieldTable", "None"), true },
};
constexpr EnumValue m0Flows[] = {
    { 0, "none", QT_TRANSLATE_NOOP("FieldTable", "None") },
    { 3, "rts-cts", QT_TRANSLATE_NOOP("FieldTable", "RTS/CTS") },
    { 1, "none", QT_TRANSLATE_NOOP("FieldTable", "None"), true },
};
// [inferred]: the 302 manual names the flag, not its values.
constexpr EnumValue httpdMethods[] = {
    { 0, "get", QT_TRANSLATE_NOOP("FieldTable", "GET") },
    { 1, "post", QT_TRANSLATE_NOOP("FieldTable", "POST") },
};
constexpr EnumValue workModes[] = {
    { 0, "udp-client", QT_TRANSLATE_NOOP("FieldTable", "UDP Client") },
    { 1, "tcp-client", QT_TRANSLATE_NOOP("FieldTable", "TCP Client") },
    { 2, "udp-server", QT_TRANSLATE_NOOP("FieldTable", "UDP Server") },
    { 3, "tcp-server", QT_TRANSLATE_NOOP("FieldTable", "TCP Server") },
    { 4, "httpd-client", QT_TRANSLATE_NOOP("FieldTable", "HTTPD Client") },
};

// The values a form offers first; others can still be typed.
constexpr quint32 commonBauds[] = { 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600 };
constexpr quint32 commonDataBits[] = { 5, 6, 7, 8 };
constexpr quint32 commonStopBits[] = { 1, 2 };

constexpr const char *staticMode[] = { "static" };
constexpr const char *clientModes[] = { "udp-client", "tcp-client", "httpd-client" };
constexpr const char *tcpClientMode[] = { "tcp-client" };
constexpr const char *tcpServerMode[] = { "tcp-server" };
constexpr const char *httpdClientMode[] = { "httpd-client" };
constexpr FieldCondition whenStatic[] = { { "ip.mode", staticMode } };
constexpr FieldCondition whenClient[] = { { "mode", clientModes } };
// USR-cloud: TCP client mode only (manual 4.4.4).
constexpr FieldCondition whenTcpClient[] = { { "mode", tcpClientMode } };
constexpr FieldCondition whenTcpServer[] = { { "mode", tcpServerMode } };
constexpr FieldCondition whenHttpdClient[] = { { "mode", httpdClientMode } };

using enum BlockKind;
using enum FieldType;

// Offsets and sizes: protocol.md §1.5 (basic, 67 bytes), §1.6 (port, 63), §1.7 (cloud, 50).
// Bytes not named here (sequence, CRC, version, user flag, net send time, the port's remote
// IP, time count, server type, reserved, other flag bits) are carried through unchanged.
constexpr FieldDef fields[] = {
    { .name = "ip.mode", .block = Basic, .offset = 3, .size = 1, .type = Enum, .mask = 0x80,
      .enumValues = ipModes, .defaultValue = "static",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Static address or DHCP"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "IP mode") },
    { .name = "ip.address", .block = Basic, .offset = 9, .size = 4, .type = Ipv4,
      .defaultValue = "192.168.0.7",
      .help = QT_TRANSLATE_NOOP("FieldTable", "The module's static IPv4 address"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "IP address"), .appliesWhen = whenStatic, .identity = true },
    { .name = "ip.mask", .block = Basic, .offset = 17, .size = 4, .type = Ipv4,
      .defaultValue = "255.255.255.0",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Subnet mask of the static address"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Subnet mask"), .appliesWhen = whenStatic },
    { .name = "ip.gateway", .block = Basic, .offset = 13, .size = 4, .type = Ipv4,
      .defaultValue = "192.168.0.1",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Default gateway (router) address"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Gateway"), .appliesWhen = whenStatic },
    // Basic 59-62 differ by layout (protocol.md §1.5): the K7 manual's own example and a real
    // E2 hold 10 0E 00 00 there, AT+RSTIM's default 3600; a real T2 holds DNS 8.8.4.4. An M4
    // module's DNS server has no place in the blocks: AT+DNS sets it.
    { .name = "restart_timeout", .block = Basic, .offset = 59, .size = 4, .type = UInt, .min = 0,
      .max = 65535, .minWhenOn = 60, .defaultValue = "3600",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Restart the module after this long without data "
                                              "(0 = off)"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Restart after no data"),
      .unit = QT_TRANSLATE_NOOP("FieldTable", "s"), .layouts = M4Layout },
    { .name = "ip.dns", .block = Basic, .offset = 59, .size = 4, .type = Ipv4,
      .defaultValue = "192.168.0.1",
      .help = QT_TRANSLATE_NOOP("FieldTable", "DNS server"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "DNS server"), .layouts = M0Layout, .appliesWhen = whenStatic },
    { .name = "name", .block = Basic, .offset = 21, .size = 16, .type = Text, .min = 1,
      .max = 15, .defaultValue = "USR-K7",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Module name shown in search results"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Module name"), .layouts = M4Layout, .identity = true },
    // The 302 keeps 14 characters and two reserved bytes (protocol.md §1.5, §8).
    { .name = "name", .block = Basic, .offset = 21, .size = 14, .type = Text, .min = 1,
      .max = 14, .defaultValue = "USR-TCP232-302",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Module name shown in search results"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Module name"), .layouts = M0Layout, .identity = true },
    { .name = "user", .block = Basic, .offset = 37, .size = 6, .type = Text, .min = 1,
      .max = 5, .defaultValue = "admin",
      .help = QT_TRANSLATE_NOOP("FieldTable", "User name for the web page and setting protocol"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "User name") },
    { .name = "password", .block = Basic, .offset = 43, .size = 6, .type = Text, .max = 5,
      .defaultValue = "admin",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Password for the web page and setting protocol"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Password"), .secret = true },
    { .name = "web.port", .block = Basic, .offset = 6, .size = 2, .type = UInt, .min = 1,
      .max = 65535, .defaultValue = "80",
      .help = QT_TRANSLATE_NOOP("FieldTable", "TCP port of the built-in web server"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Web server port") },
    // The 302 ships with 0 here (its manual, a real T2).
    { .name = "websocket.port", .block = Basic, .offset = 4, .size = 2, .type = UInt, .min = 0,
      .max = 65535, .defaultValue = "6432",
      .help = QT_TRANSLATE_NOOP("FieldTable", "TCP port of the web-to-serial WebSocket (0 = off)"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "WebSocket port") },
    { .name = "device.id", .block = Basic, .offset = 50, .size = 2, .type = UInt, .min = 0,
      .max = 65535, .defaultValue = "1",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Device ID sent as a registration packet"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Device ID") },
    { .name = "device.id_type", .block = Basic, .offset = 52, .size = 1, .type = Enum,
      .mask = 0x03, .enumValues = idTypes, .defaultValue = "off",
      .help = QT_TRANSLATE_NOOP("FieldTable", "When the device ID is sent: off, on connect, "
                                              "with every packet, or both"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Send device ID") },
    { .name = "mac.user", .block = Basic, .offset = 53, .size = 6, .type = Mac,
      .help = QT_TRANSLATE_NOOP("FieldTable", "User-defined MAC address of the module"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "User MAC address"), .identity = true },

    { .name = "baud", .block = Port, .offset = 0, .size = 4, .type = UInt, .min = 600,
      .max = 1000000, .defaultValue = "115200",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Serial baud rate"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Baud rate"), .suggestions = commonBauds },
    { .name = "data_bits", .block = Port, .offset = 4, .size = 1, .type = UInt, .min = 5,
      .max = 8, .defaultValue = "8", .help = QT_TRANSLATE_NOOP("FieldTable", "Serial data bits"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Data bits"), .suggestions = commonDataBits },
    { .name = "parity", .block = Port, .offset = 5, .size = 1, .type = Enum, .mask = 0xFF,
      .enumValues = parities, .defaultValue = "none",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Serial parity"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Parity") },
    { .name = "stop_bits", .block = Port, .offset = 6, .size = 1, .type = UInt, .min = 1,
      .max = 2, .defaultValue = "1", .help = QT_TRANSLATE_NOOP("FieldTable", "Serial stop bits"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Stop bits"), .suggestions = commonStopBits },
    { .name = "flow", .block = Port, .offset = 7, .size = 1, .type = Enum, .mask = 0xFF,
      .enumValues = flows, .defaultValue = "none",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Flow control; without RTS/CTS, firmware 3010 "
                                              "and later drive RS485 direction"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Flow control"), .layouts = M4Layout },
    { .name = "flow", .block = Port, .offset = 7, .size = 1, .type = Enum, .mask = 0xFF,
      .enumValues = m0Flows, .defaultValue = "none",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Flow control; without RTS/CTS, firmware 3010 "
                                              "and later drive RS485 direction"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Flow control"), .layouts = M0Layout },
    { .name = "mode", .block = Port, .offset = 51, .size = 1, .type = Enum, .mask = 0xFF,
      .enumValues = workModes, .defaultValue = "tcp-server",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Work mode of the port's network side"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Work mode") },
    { .name = "local_port", .block = Port, .offset = 12, .size = 2, .type = UInt, .min = 0,
      .max = 65535, .defaultValue = "23",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Local TCP/UDP port; 0 picks a random one "
                                              "(recommended for TCP client)"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Local port") },
    { .name = "remote_host", .block = Port, .offset = 16, .size = 30, .type = Text, .max = 30,
      .defaultValue = "192.168.0.201",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Remote IP address or domain name"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Remote host"), .appliesWhen = whenClient },
    { .name = "remote_port", .block = Port, .offset = 14, .size = 2, .type = UInt, .min = 0,
      .max = 65535, .defaultValue = "23",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Remote TCP/UDP port"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Remote port"), .appliesWhen = whenClient },
    // AT+SOCKTON takes 1-99999 s; the manual's block example holds 0.
    { .name = "reconnect_timeout", .block = Port, .offset = 8, .size = 4, .type = UInt,
      .min = 0, .max = 99999, .defaultValue = "0",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Network reconnect timeout in seconds"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Reconnect timeout"), .unit = QT_TRANSLATE_NOOP("FieldTable", "s"), .appliesWhen = whenTcpClient },
    // The tail of the port block is where the layouts differ (protocol.md §1.6).
    { .name = "pack_len", .block = Port, .offset = 52, .size = 4, .type = UInt, .min = 0,
      .max = 1460, .defaultValue = "1460",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Serial packing length in bytes (0 = off)"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Packing length"), .unit = QT_TRANSLATE_NOOP("FieldTable", "bytes"), .layouts = M4Layout },
    { .name = "httpd_method", .block = Port, .offset = 52, .size = 1, .type = Enum, .mask = 0xFF,
      .enumValues = httpdMethods, .defaultValue = "get",
      .help = QT_TRANSLATE_NOOP("FieldTable", "HTTP method of HTTPD client mode"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "HTTPD method"), .layouts = M0Layout, .appliesWhen = whenHttpdClient },
    { .name = "max_clients", .block = Port, .offset = 53, .size = 1, .type = UInt, .min = 1,
      .max = 16, .defaultValue = "4",
      .help = QT_TRANSLATE_NOOP("FieldTable", "TCP server: clients at once; over the limit the "
                                              "oldest is dropped"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Maximum TCP clients"), .layouts = M0Layout, .appliesWhen = whenTcpServer },
    { .name = "pack_len", .block = Port, .offset = 54, .size = 2, .type = UInt, .min = 0,
      .max = 1460, .defaultValue = "1460",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Serial packing length in bytes (0 = off)"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Packing length"), .unit = QT_TRANSLATE_NOOP("FieldTable", "bytes"), .layouts = M0Layout },
    { .name = "pack_time", .block = Port, .offset = 56, .size = 1, .type = UInt, .min = 0,
      .max = 255, .defaultValue = "0",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Serial packing time in ms (0 = 4 character "
                                              "times)"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Packing time"), .unit = QT_TRANSLATE_NOOP("FieldTable", "ms") },
    { .name = "modbus_tcp", .block = Port, .offset = 50, .size = 1, .type = Flag, .mask = 0x04,
      .defaultValue = "false",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Convert Modbus TCP to Modbus RTU"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Modbus TCP") },
    { .name = "rfc2217", .block = Port, .offset = 50, .size = 1, .type = Flag, .mask = 0x08,
      .defaultValue = "false",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Follow similar-RFC2217 serial setting packets"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Similar RFC2217") },
    { .name = "cloud", .block = Port, .offset = 50, .size = 1, .type = Flag, .mask = 0x10,
      .defaultValue = "false",
      .help = QT_TRANSLATE_NOOP("FieldTable", "Connect to USR-cloud (TCP client mode only)"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Cloud service"), .appliesWhen = whenTcpClient },

    { .name = "cloud.id", .block = Cloud, .offset = 0, .size = 20, .type = Text, .max = 20,
      .help = QT_TRANSLATE_NOOP("FieldTable", "USR-cloud device ID"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Cloud device ID") },
    { .name = "cloud.code", .block = Cloud, .offset = 20, .size = 8, .type = Text, .max = 8,
      .help = QT_TRANSLATE_NOOP("FieldTable", "USR-cloud communication code"),
      .label = QT_TRANSLATE_NOOP("FieldTable", "Cloud password") },
};

} // namespace

QString FieldRef::displayName() const
{
    if (def->block != BlockKind::Port)
        return def->formLabel();
    return FieldDef::tr("Port %1 › %2").arg(portIndex + 1).arg(def->formLabel());
}

namespace FieldTable {

std::span<const FieldDef> all()
{
    return fields;
}

QList<const FieldDef *> placedIn(quint8 layout, std::optional<BlockKind> block)
{
    QList<const FieldDef *> result;
    for (const FieldDef &def : fields) {
        if (def.placedIn(layout) && (!block || def.block == *block))
            result << &def;
    }
    return result;
}

std::optional<FieldRef> find(QStringView key, std::optional<quint8> layout)
{
    int portIndex = 0;
    QStringView name = key;
    const bool portKey = key.startsWith(u"port") && key.indexOf(u'.') > 4;
    if (portKey) {
        const qsizetype dot = key.indexOf(u'.');
        bool ok = false;
        const int number = key.sliced(4, dot - 4).toInt(&ok);
        if (!ok || number < 1 || number > MaxPorts || key[4] == u'+' || key[4] == u'0')
            return std::nullopt;
        portIndex = number - 1;
        name = key.sliced(dot + 1);
    }
    for (const FieldDef &def : fields) {
        if ((def.block == BlockKind::Port) == portKey && name == QLatin1String(def.name)
            && (!layout || def.placedIn(*layout)))
            return FieldRef { &def, portIndex };
    }
    return std::nullopt;
}

} // namespace FieldTable

} // namespace s2e
