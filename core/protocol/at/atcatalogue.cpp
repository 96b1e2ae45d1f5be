#include "atcatalogue.h"

#include "protocol/fieldtable.h"

#include <QStringList>

namespace s2e::at {

namespace {

using enum ParamType;


constexpr EnumName onOff[] = { { "ON", "true" }, { "OFF", "false" } };
constexpr EnumName onOffUnmapped[] = { { "ON", nullptr }, { "OFF", nullptr } };
constexpr EnumName ipModes[] = { { "STATIC", "static" }, { "DHCP", "dhcp" } };
constexpr EnumName parities[] = { { "NONE", "none" }, { "EVEN", "even" }, { "ODD", "odd" },
    { "MARK", "mark" }, { "SPACE", "space" } };
constexpr EnumName flows[] = { { "NFC", "none" }, { "FCH", "rts-cts" }, { "FCR", nullptr } };
constexpr EnumName protocols[] = { { "TCPS", "tcp-server" }, { "TCPC", "tcp-client" },
    { "UDPS", "udp-server" }, { "UDPC", "udp-client" }, { "HTPC", "httpd-client" } };
constexpr EnumName languages[] = { { "CN", nullptr }, { "EN", nullptr } };
constexpr EnumName registrations[]
    = { { "USR", nullptr }, { "MAC", nullptr }, { "CLOUD", nullptr }, { "OFF", nullptr } };
constexpr EnumName registrationWhen[]
    = { { "FIRST", nullptr }, { "EVERY", nullptr }, { "ALL", nullptr } };
constexpr EnumName httpMethods[] = { { "GET", nullptr }, { "POST", nullptr } };
constexpr EnumName heartbeatTargets[] = { { "NET", nullptr }, { "COM", nullptr } };
constexpr EnumName dataFormats[] = { { "ASCII", nullptr }, { "HEX", nullptr } };

constexpr Param echo[] = { { .name = "status",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "ON",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON echoes every command, OFF does not") } };
constexpr Param version[]
    = { { .name = "ver", .type = Text, .min = 0, .max = 32, .help = QT_TRANSLATE_NOOP("AtCatalogue", "firmware version") } };
constexpr Param mac[]
    = { { .name = "mac", .type = Mac, .help = QT_TRANSLATE_NOOP("AtCatalogue", "the module's MAC, 12 hex digits") } };
constexpr Param wan[] = {
    { .name = "mode",
        .type = Enum,
        .names = ipModes,
        .field = "ip.mode",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "STATIC or DHCP") },
    { .name = "address", .type = Ipv4, .field = "ip.address", .help = QT_TRANSLATE_NOOP("AtCatalogue", "IP address") },
    { .name = "mask", .type = Ipv4, .field = "ip.mask", .help = QT_TRANSLATE_NOOP("AtCatalogue", "subnet mask") },
    { .name = "gateway", .type = Ipv4, .field = "ip.gateway", .help = QT_TRANSLATE_NOOP("AtCatalogue", "gateway address") },
};
constexpr Param dns[]
    = { { .name = "address", .type = Ipv4, .field = "ip.dns", .help = QT_TRANSLATE_NOOP("AtCatalogue", "DNS server") } };
constexpr Param userMac[] = { { .name = "mac",
    .type = Mac,
    .field = "mac.user",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "user MAC, 12 hex digits, e.g. 002233445566") } };
constexpr Param webUser[] = {
    { .name = "username",
        .type = Text,
        .field = "user",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "at most 5 characters") },
    { .name = "password",
        .type = Text,
        .field = "password",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "at most 5 characters") },
};
constexpr Param webPort[] = { { .name = "port",
    .type = Int,
    .field = "web.port",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "web server port, default 80") } };
constexpr Param search[] = {
    { .name = "port",
        .type = Int,
        .min = 1,
        .max = 65535,
        .defaultValue = "48899",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "net AT search port") },
    { .name = "keywords",
        .type = Text,
        .min = 1,
        .max = 20,
        .defaultValue = "www.usr.cn",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "net AT search keyword") },
};
constexpr Param language[] = { { .name = "language",
    .type = Enum,
    .names = languages,
    .defaultValue = "EN",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "web page language, CN or EN") } };
constexpr Param uart[] = {
    { .name = "baudrate",
        .type = Int,
        .field = "portN.baud",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "baud rate") },
    { .name = "data_bits",
        .type = Int,
        .field = "portN.data_bits",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "data bits, 5 to 8") },
    { .name = "stop_bits",
        .type = Int,
        .field = "portN.stop_bits",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "stop bits, 1 or 2") },
    { .name = "parity",
        .type = Enum,
        .names = parities,
        .field = "portN.parity",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "NONE, EVEN, ODD, MARK or SPACE") },
    { .name = "flowctrl",
        .type = Enum,
        .names = flows,
        .field = "portN.flow",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "NFC none, FCH hardware (RTS/CTS), FCR software") },
};
constexpr Param packing[] = {
    { .name = "time",
        .type = Int,
        .field = "portN.pack_time",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "packing interval, 0-255 ms") },
    { .name = "length",
        .type = Int,
        .field = "portN.pack_len",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "packing length, 0-1460 bytes") },
};
constexpr Param socket[] = {
    { .name = "protocol",
        .type = Enum,
        .names = protocols,
        .field = "portN.mode",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "TCPS, TCPC, UDPS, UDPC or HTPC") },
    { .name = "ip",
        .type = Host,
        .field = "portN.remote_host",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "server address in client modes") },
    { .name = "port",
        .type = Int,
        .field = "portN.remote_port",
        .serverField = "portN.local_port",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "remote port of a client, local port of a server") },
};
constexpr Param linkState[] = { { .name = "sta",
    .type = Text,
    .min = 0,
    .max = 32,
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "IDLE, LISTEN, CONNECTING, CONNECTED, CONNECTED(n) or ERROR") } };
constexpr Param webSocketPort[] = { { .name = "port",
    .type = Int,
    .field = "websocket.port",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "WebSocket port, default 6432") } };
constexpr Param registrationType[] = { { .name = "status",
    .type = Enum,
    .names = registrations,
    .defaultValue = "OFF",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "USR user data, MAC, CLOUD, or OFF") } };
constexpr Param registrationMoment[] = { { .name = "status",
    .type = Enum,
    .names = registrationWhen,
    .defaultValue = "FIRST",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "FIRST on connect, EVERY with every packet, ALL both") } };
constexpr Param registrationData[] = { { .name = "data",
    .type = Text,
    .min = 0,
    .max = 40,
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "registration data, at most 40 characters") } };
constexpr Param cloud[] = {
    { .name = "ID",
        .type = Text,
        .field = "cloud.id",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "USR-cloud device ID") },
    { .name = "CODE",
        .type = Text,
        .field = "cloud.code",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "USR-cloud communication code") },
};
constexpr Param httpMethod[] = { { .name = "status",
    .type = Enum,
    .names = httpMethods,
    .defaultValue = "GET",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "GET or POST") } };
constexpr Param httpUrl[] = { { .name = "URL",
    .type = Text,
    .min = 1,
    .max = 100,
    .defaultValue = "/1.php",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "URL of the request") } };
constexpr Param httpHeader[] = { { .name = "string",
    .type = Text,
    .min = 0,
    .max = 180,
    .defaultValue = "Accept:text/html<<CRLF>>",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "request header, <<CRLF>> for each line end, at most 180 characters") } };
constexpr Param stripHeader[] = { { .name = "sta",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "ON",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON strips the response header") } };
constexpr Param heartbeatOn[] = { { .name = "status",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "OFF",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON sends heartbeat packets") } };
constexpr Param heartbeatTarget[] = { { .name = "type",
    .type = Enum,
    .names = heartbeatTargets,
    .defaultValue = "NET",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "NET to the network, COM to the serial port") } };
constexpr Param heartbeatTime[] = { { .name = "time",
    .type = Int,
    .min = 1,
    .max = 65535,
    .defaultValue = "30",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "heartbeat period, 1-65535 s") } };
constexpr Param heartbeatData[] = { { .name = "data",
    .type = Text,
    .min = 0,
    .max = 40,
    .defaultValue = "www.usr.cn",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "heartbeat data, at most 40 characters") } };
constexpr Param productTime[]
    = { { .name = "time", .type = Text, .min = 0, .max = 32, .help = QT_TRANSLATE_NOOP("AtCatalogue", "production time") } };
constexpr Param moduleName[] = { { .name = "name",
    .type = Text,
    .field = "name",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "module name, at most 15 characters") } };
constexpr Param rfc2217[] = { { .name = "status",
    .type = Enum,
    .names = onOff,
    .field = "portN.rfc2217",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON follows similar-RFC2217 packets") } };
constexpr Param shortConnection[] = { { .name = "sta",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "OFF",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON closes idle TCP client connections") } };
constexpr Param shortTime[] = { { .name = "time",
    .type = Int,
    .min = 2,
    .max = 255,
    .defaultValue = "3",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "idle time before closing, 2-255 s") } };
constexpr Param restartTime[] = { { .name = "time",
    .type = Int,
    .field = "restart_timeout",
    .defaultValue = "3600",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "restart after this long without data, 60-65535 s; below 60 off") } };
constexpr Param clearBuffer[] = { { .name = "sta",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "OFF",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON clears the serial buffer before connecting") } };
constexpr Param reconnect[] = { { .name = "time",
    .type = Int,
    .field = "portN.reconnect_timeout",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "reconnect timeout, 1-99999 s") } };
constexpr Param modbusTcp[] = { { .name = "sta",
    .type = Enum,
    .names = onOff,
    .field = "portN.modbus_tcp",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON converts Modbus TCP to Modbus RTU") } };
constexpr Param modbusPoll[] = { { .name = "sta",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "OFF",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON enables Modbus polling") } };
constexpr Param modbusTime[] = { { .name = "time",
    .type = Int,
    .min = 200,
    .max = 9999,
    .defaultValue = "200",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "Modbus polling time, 200-9999") } };
constexpr Param netPrint[] = { { .name = "sta",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "OFF",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON enables network printing") } };
constexpr Param udpAnyPeer[] = { { .name = "sta",
    .type = Enum,
    .names = onOffUnmapped,
    .defaultValue = "OFF",
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "ON accepts UDP data from any peer") } };
constexpr Param saved[]
    = { { .name = "sta", .type = Text, .min = 0, .max = 16, .help = QT_TRANSLATE_NOOP("AtCatalogue", "\"saved\"") } };
constexpr Param ping[] = { { .name = "ip",
    .type = Host,
    .min = 1,
    .max = 30,
    .help = QT_TRANSLATE_NOOP("AtCatalogue", "address or domain name to ping") } };
constexpr Param packetData[] = {
    { .name = "data",
        .type = PacketData,
        .min = 0,
        .max = 80,
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "ASCII (at most 40 characters) or hex (at most 80 digits)") },
    { .name = "type",
        .type = Enum,
        .names = dataFormats,
        .defaultValue = "ASCII",
        .help = QT_TRANSLATE_NOOP("AtCatalogue", "ASCII or HEX") },
};

using S = Suffix;

constexpr CommandDef commands[] = {
    { "E", S::None, true, true, false, echo, QT_TRANSLATE_NOOP("AtCatalogue", "Echo of commands on or off") },
    { "Z", S::None, false, false, true, {}, QT_TRANSLATE_NOOP("AtCatalogue", "Restart the module") },
    { "VER", S::None, true, false, false, version, QT_TRANSLATE_NOOP("AtCatalogue", "Firmware version") },
    { "ENTM", S::None, false, false, true, {}, QT_TRANSLATE_NOOP("AtCatalogue", "Leave command mode for transparent mode") },
    { "MAC", S::None, true, false, false, mac, QT_TRANSLATE_NOOP("AtCatalogue", "The module's MAC address") },
    { "RELD", S::None, false, false, true, {}, QT_TRANSLATE_NOOP("AtCatalogue", "Restore factory settings") },
    { "WANN", S::None, true, true, false, wan, QT_TRANSLATE_NOOP("AtCatalogue", "IP mode, address, mask and gateway") },
    { "DNS", S::None, true, true, false, dns, QT_TRANSLATE_NOOP("AtCatalogue", "DNS server") },
    { "USERMAC", S::None, false, true, false, userMac, QT_TRANSLATE_NOOP("AtCatalogue", "Set a user MAC address") },
    { "WEBU", S::None, true, true, false, webUser, QT_TRANSLATE_NOOP("AtCatalogue", "Web and setting user name and password") },
    { "WEBPORT", S::None, true, true, false, webPort, QT_TRANSLATE_NOOP("AtCatalogue", "Web server port") },
    { "SEARCH", S::None, true, true, false, search, QT_TRANSLATE_NOOP("AtCatalogue", "Net AT search port and keyword") },
    { "PLANG", S::None, true, true, false, language, QT_TRANSLATE_NOOP("AtCatalogue", "Web page language") },
    { "UART", S::Port, true, true, false, uart, QT_TRANSLATE_NOOP("AtCatalogue", "Serial port settings") },
    { "UARTTL", S::Port, true, true, false, packing, QT_TRANSLATE_NOOP("AtCatalogue", "Serial packing time and length") },
    { "SOCK", S::SocketPort, true, true, false, socket,
        QT_TRANSLATE_NOOP("AtCatalogue", "Work mode, remote address and port") },
    { "SOCKLK", S::SocketPort, true, false, false, linkState, QT_TRANSLATE_NOOP("AtCatalogue", "Connection state") },
    { "WEBSOCKPORT", S::Port, true, true, false, webSocketPort, QT_TRANSLATE_NOOP("AtCatalogue", "WebSocket port") },
    { "REGEN", S::Port, true, true, false, registrationType, QT_TRANSLATE_NOOP("AtCatalogue", "Registration packet type") },
    { "REGTCP", S::Port, true, true, false, registrationMoment,
        QT_TRANSLATE_NOOP("AtCatalogue", "When the registration packet is sent") },
    { "REGUSR", S::Port, true, true, false, registrationData,
        QT_TRANSLATE_NOOP("AtCatalogue", "User registration packet data") },
    { "REGCLOUD", S::Port, true, true, false, cloud, QT_TRANSLATE_NOOP("AtCatalogue", "USR-cloud device ID and code") },
    { "HTPTP", S::Port, true, true, false, httpMethod, QT_TRANSLATE_NOOP("AtCatalogue", "HTTPD client request method") },
    { "HTPURL", S::Port, true, true, false, httpUrl, QT_TRANSLATE_NOOP("AtCatalogue", "HTTPD client URL") },
    { "HTPHEAD", S::Port, true, true, false, httpHeader, QT_TRANSLATE_NOOP("AtCatalogue", "HTTPD client request header") },
    { "HTPCHD", S::Port, true, true, false, stripHeader, QT_TRANSLATE_NOOP("AtCatalogue", "Strip the HTTP response header") },
    { "HEARTEN", S::Port, true, true, false, heartbeatOn, QT_TRANSLATE_NOOP("AtCatalogue", "Heartbeat packets on or off") },
    { "HEARTTP", S::Port, true, true, false, heartbeatTarget, QT_TRANSLATE_NOOP("AtCatalogue", "Where heartbeat packets go") },
    { "HEARTTM", S::Port, true, true, false, heartbeatTime, QT_TRANSLATE_NOOP("AtCatalogue", "Heartbeat period") },
    { "HEARTDT", S::Port, true, true, false, heartbeatData, QT_TRANSLATE_NOOP("AtCatalogue", "Heartbeat packet data") },
    { "PDTIME", S::None, true, false, false, productTime, QT_TRANSLATE_NOOP("AtCatalogue", "Production time") },
    { "MID", S::None, true, true, false, moduleName, QT_TRANSLATE_NOOP("AtCatalogue", "Module name") },
    { "RFCEN", S::Port, true, true, false, rfc2217, QT_TRANSLATE_NOOP("AtCatalogue", "Similar-RFC2217 on or off") },
    { "SOCKSL", S::Port, true, true, false, shortConnection, QT_TRANSLATE_NOOP("AtCatalogue", "Short connection on or off") },
    { "SHORTO", S::Port, true, true, false, shortTime, QT_TRANSLATE_NOOP("AtCatalogue", "Short connection time") },
    { "RSTIM", S::None, true, true, false, restartTime, QT_TRANSLATE_NOOP("AtCatalogue", "Restart after no data") },
    { "UARTCLBUF", S::None, true, true, false, clearBuffer,
        QT_TRANSLATE_NOOP("AtCatalogue", "Clear the serial buffer on connect") },
    { "SOCKTON", S::Port, true, true, false, reconnect, QT_TRANSLATE_NOOP("AtCatalogue", "Reconnect timeout") },
    { "MODTCP", S::Port, true, true, false, modbusTcp, QT_TRANSLATE_NOOP("AtCatalogue", "Modbus TCP to RTU conversion") },
    { "MODPOLL", S::Port, true, true, false, modbusPoll, QT_TRANSLATE_NOOP("AtCatalogue", "Modbus polling") },
    { "MODTO", S::Port, true, true, false, modbusTime, QT_TRANSLATE_NOOP("AtCatalogue", "Modbus polling time") },
    { "NETPR", S::Port, true, true, false, netPrint, QT_TRANSLATE_NOOP("AtCatalogue", "Network printing") },
    { "UDPON", S::Port, true, true, false, udpAnyPeer, QT_TRANSLATE_NOOP("AtCatalogue", "UDP accepts any peer") },
    { "CFGTF", S::None, false, false, true, saved,
        QT_TRANSLATE_NOOP("AtCatalogue", "Save the current settings as the defaults") },
    { "PING", S::Port, false, true, false, ping, QT_TRANSLATE_NOOP("AtCatalogue", "Ping an address") },
    { "HEARTUSER", S::Port, true, true, false, packetData, QT_TRANSLATE_NOOP("AtCatalogue", "Heartbeat data, ASCII or hex") },
    { "REGUSER", S::Port, true, true, false, packetData, QT_TRANSLATE_NOOP("AtCatalogue", "Registration data, ASCII or hex") },
};


} // namespace

QString CommandDef::helpText() const
{
    return QCoreApplication::translate("AtCatalogue", help);
}

QString CommandDef::synopsis() const
{
    QString base = QStringLiteral("AT+") + QLatin1String(name);
    if (suffix == Suffix::Port)
        base += QStringLiteral("[N]");
    else if (suffix == Suffix::SocketPort)
        base += QStringLiteral("[M[N]]");
    QStringList names;
    for (const Param &param : params)
        names << QLatin1String(param.name);
    QStringList forms;
    if (query)
        forms << base;
    if (set)
        forms << base + QLatin1Char('=') + names.join(QLatin1Char(','));
    if (action)
        forms << base;
    return forms.join(QStringLiteral(" | "));
}

namespace Catalogue {

std::span<const CommandDef> all()
{
    return commands;
}

const CommandDef *find(QStringView name)
{
    for (const CommandDef &def : commands) {
        if (name.compare(QLatin1String(def.name), Qt::CaseInsensitive) == 0)
            return &def;
    }
    return nullptr;
}

QString commandSetting(const char *field)
{
    for (const CommandDef &command : all()) {
        for (const Param &param : command.params) {
            if (command.set && param.field && qstrcmp(param.field, field) == 0)
                return QStringLiteral("AT+") + QLatin1String(command.name);
        }
    }
    return QString();
}

QString paramAllowedText(const Param &param)
{
    switch (param.type) {
    case Int:
        return CommandDef::tr("a whole number from %1 to %2").arg(param.minimum()).arg(param.maximum());
    case Text:
        return CommandDef::tr("%1 to %2 printable ASCII characters").arg(param.minimum()).arg(param.maximum());
    case Ipv4:
        return CommandDef::tr("an IPv4 address such as 192.168.0.7");
    case Host:
        return CommandDef::tr("an IPv4 address or domain name of at most %1 characters")
            .arg(param.maximum());
    case Enum: {
        QStringList names;
        for (const EnumName &name : param.names)
            names << QLatin1String(name.at);
        return CommandDef::tr("one of %1").arg(names.join(QStringLiteral(", ")));
    }
    case Mac:
        return CommandDef::tr("12 hex digits such as 002233445566");
    case PacketData:
        return CommandDef::tr("at most %1 ASCII characters, or at most %2 hex digits with HEX")
            .arg(param.maximum() / 2)
            .arg(param.maximum());
    }
    return QString();
}

} // namespace Catalogue

namespace {

const FieldDef *linkedField(const Param &param)
{
    if (!param.field)
        return nullptr;
    const auto field = FieldTable::find(QString::fromLatin1(param.field).replace(QLatin1String("portN"), QLatin1String("port1")));
    Q_ASSERT_X(field, param.field, "an AT parameter linked to no field");
    return field->def;
}

} // namespace

quint32 Param::minimum() const
{
    const FieldDef *def = linkedField(*this);
    return def && (def->type == FieldType::UInt || def->type == FieldType::Text) ? def->min : min;
}

quint32 Param::maximum() const
{
    const FieldDef *def = linkedField(*this);
    return def && (def->type == FieldType::UInt || def->type == FieldType::Text) ? def->max : max;
}

} // namespace s2e::at
