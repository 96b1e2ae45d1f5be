#include "standardoutput.h"
#include "ctlcontext.h"
#include "addressoption.h"
#include "numberoption.h"
#include "serial/serialnames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QTimer>

using namespace s2e;

namespace {

QString defaultPortsArgument()
{
    QStringList numbers;
    for (const SettingPort &port : defaultSettingPorts())
        numbers << QString::number(port.number);
    return numbers.join(QLatin1Char(','));
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt's own event dispatcher, not GLib's: nothing here needs GLib's main loop, and each
    // wake-up costs less (s2ectl console's receive at line rate is mostly wake-ups).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("s2ectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(S2E_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
            "Find, configure and inspect USR IOT M4-family serial-to-Ethernet modules.\n"
            "\n"
            "Commands:\n"
            "  search                  list the modules that answer, as IP, MAC, name, firmware\n"
            "  get MAC                 print every parameter as key=value\n"
            "  set MAC key=value...    change parameters: write, store, restart, verify\n"
            "  restart MAC             restart a module and wait until it answers again\n"
            "  factory-reset MAC       restore factory parameters and restart\n"
            "  export MAC FILE         save every parameter as a JSON profile\n"
            "  apply FILE MAC...       write a profile's parameters to each module\n"
            "  decode HEX...           describe a setting-protocol datagram as JSON (a write's\n"
            "                          block in a family's layout with --model k7|410s|302)\n"
            "  at --serial DEV CMD...  AT commands over a serial port (+++/a, then AT+ENTM)\n"
            "  at [--net IP] CMD...    AT commands over net AT, to IP or to the module that\n"
            "                          answers the search targets (also --broadcast ADDR)\n"
            "  at --list               the AT command catalogue with parameter help\n"
            "  upload-web MAC|IP DIR|IMAGE   upload custom web pages (port 1902; the 302's: 1501)\n"
            "  fs-image DIR -o FILE    build a web page image from a folder\n"
            "  fs-list IMAGE           list the files of a web page image\n"
            "  upgrade MAC FIRMWARE    upgrade firmware: magic packet, BOOTP, TFTP\n"
            "  vcom --tcp HOST:PORT --link PATH [--rfc2217 [--format 7E1]] [--udp]\n"
            "                          a virtual serial port bridged to a module's data port,\n"
            "                          until interrupted\n"
            "  modbus read|write --tcp HOST:PORT | --serial DEV [--baud N]  --unit N\n"
            "          --holding|--input|--coils|--discrete ADDR COUNT|VALUE... [--poll MS --count N]\n"
            "                          a Modbus master: read (COUNT items from ADDR) or write\n"
            "                          (VALUEs from ADDR, holding registers or coils), once or\n"
            "                          every MS ms; each answer with its round trip\n"
            "  console --tcp HOST:PORT | --listen PORT | --udp LOCAL:PORT[,REMOTE:PORT] |\n"
            "          --serial DEV [--baud N] | --ws URL  [--hex] [--send DATA] [--log FILE]\n"
            "                          stdin to the endpoint, the endpoint to stdout, byte-exact;\n"
            "                          ends when the peer closes, on Ctrl+C, or when stdin has\n"
            "                          ended and nothing arrived for --timeout ms\n"
            "\n"
            "Keys are those of `s2ectl get`, e.g. ip.address, port1.baud, port1.mode.\n"
            "Exit status: 0 success, 1 an operation failed, 2 usage error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption broadcast(QStringLiteral("broadcast"),
                                       tr("Send to ADDR instead of 255.255.255.255 and every "
                                          "interface's broadcast address (repeatable)."),
                                       QStringLiteral("ADDR"));
    const QCommandLineOption unicast(QStringLiteral("ip"),
                                     tr("Send a module's commands to ADDR only, not by broadcast."),
                                     QStringLiteral("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Setting ports to use, comma-separated (default 1901,1500: the M4 "
                                     "families' and the TCP232-302's); STANDARD=N reaches a family's port "
                                     "at another number, e.g. 1500=40002."),
                                  QStringLiteral("LIST"), defaultPortsArgument());
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Wait this long for each answer (default 500). A search "
                                        "waits for late answers as long as the answers seen say, "
                                        "up to 500 ms; given, at least this long."),
                                     QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption retries(QStringLiteral("attempts"),
                                     tr("Send each request at most N times (default 3)."),
                                     QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption searchCap(QStringLiteral("search-time"),
                                       tr("Longest a search may take (default 3000)."),
                                       QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("User name (default: $S2E_USER or admin)."), QStringLiteral("U"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      tr("Password (default: $S2E_PASSWORD or admin)."),
                                      QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption noStore(QStringLiteral("no-store"),
                                     tr("set, apply: do not store the parameters in flash."));
    const QCommandLineOption noRestart(QStringLiteral("no-restart"),
                                       tr("set, apply: do not restart the module."));
    const QCommandLineOption noVerify(QStringLiteral("no-verify"),
                                      tr("set, apply: do not read the parameters back."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  tr("apply: only keys matching PATTERN, e.g. 'port1.*' "
                                     "(repeatable)."),
                                  QStringLiteral("PATTERN"));
    const QCommandLineOption withPassword(QStringLiteral("with-password"),
                                          tr("export: include the password in the profile (left out by default)."));
    const QCommandLineOption withIdentity(QStringLiteral("with-identity"),
                                          tr("apply: also copy ip.address, mac.user and name."));
    const QCommandLineOption rebootWait(QStringLiteral("restart-timeout"),
                                        tr("How long to wait for a module to answer after a "
                                           "restart (default 15000)."),
                                        QStringLiteral("MS"), QStringLiteral("15000"));
    const QCommandLineOption serial(QStringLiteral("serial"), tr("at, console: the serial port, e.g. /dev/ttyUSB0."),
                                    QStringLiteral("DEV"));
    const QCommandLineOption baud(QStringLiteral("baud"), tr("at, console: baud rate (default 115200)."),
                                  QStringLiteral("N"), QStringLiteral("115200"));
    const QCommandLineOption dataBits(QStringLiteral("data-bits"), tr("at, console: data bits, 5-8 (default 8)."),
                                      QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption parity(QStringLiteral("parity"),
                                    tr("at, console: none, odd, even, mark or space (default none)."),
                                    QStringLiteral("P"), QStringLiteral("none"));
    const QCommandLineOption stopBits(QStringLiteral("stop-bits"), tr("at, console: stop bits, 1 or 2 (default 1)."),
                                      QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption net(QStringLiteral("net"), tr("at: the module's IP address for net AT."),
                                 QStringLiteral("IP"));
    const QCommandLineOption atPort(QStringLiteral("at-port"), tr("at: net AT port (default 48899)."),
                                    QStringLiteral("N"), QString::number(NetAtClient::DefaultPort));
    const QCommandLineOption keyword(QStringLiteral("keyword"),
                                     tr("at: net AT keyword (default www.usr.cn)."), QStringLiteral("K"),
                                     QStringLiteral("www.usr.cn"));
    const QCommandLineOption stay(QStringLiteral("stay"), tr("at: stay in command mode (no AT+ENTM)."));
    const QCommandLineOption list(QStringLiteral("list"), tr("at: print the AT command catalogue."));
    const FirmwareUpgrader::Options upgradeDefaults;
    const QCommandLineOption uploadPort(QStringLiteral("upload-port"), tr("upload-web: TCP port (default: the module's family's, 1902; the 302's 1501)."),
                                        QStringLiteral("N"), QStringLiteral("1902"));
    const QCommandLineOption model(QStringLiteral("model"), tr("decode: the family whose layout a write's block has."),
                                   QStringLiteral("KEY"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                    tr("fs-image: the image file to write."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("upgrade: send an image that fails the checks."));
    const QCommandLineOption magicPort(QStringLiteral("magic-port"), tr("upgrade: magic packet port (default 9)."),
                                       QStringLiteral("N"), QString::number(upgradeDefaults.magicPort));
    const QCommandLineOption bootpPort(QStringLiteral("bootp-port"), tr("upgrade: our BOOTP port (default 67)."),
                                       QStringLiteral("N"), QString::number(upgradeDefaults.bootpPort));
    const QCommandLineOption bootpClientPort(QStringLiteral("bootp-client-port"),
                                             tr("upgrade: the module's BOOTP port (default 68)."),
                                             QStringLiteral("N"), QString::number(upgradeDefaults.bootpClientPort));
    const QCommandLineOption tftpPort(QStringLiteral("tftp-port"), tr("upgrade: our TFTP port (default 69)."),
                                      QStringLiteral("N"), QString::number(upgradeDefaults.tftpPort));
    const QCommandLineOption serverIp(QStringLiteral("server-ip"),
                                      tr("upgrade: this machine's address as the module reaches it."),
                                      QStringLiteral("ADDR"));
    const QCommandLineOption moduleIp(QStringLiteral("module-ip"),
                                      tr("upgrade: the address to give the module's boot loader (default: "
                                         "the one it answers a search with)."),
                                      QStringLiteral("ADDR"));
    const QCommandLineOption vcomModule(QStringLiteral("tcp"), tr("vcom: the module's data port; console: a TCP client to HOST:PORT."),
                                        QStringLiteral("HOST:PORT"));
    // A value option for console; vcom's bare --udp is rewritten to "--udp=" below.
    const QCommandLineOption udp(QStringLiteral("udp"),
                                 tr("console: a UDP socket on LOCAL:PORT (or PORT), sending to REMOTE:PORT; "
                                    "vcom: UDP to the module instead of TCP."),
                                 QStringLiteral("LOCAL:PORT[,REMOTE:PORT]"));
    const QCommandLineOption listen(QStringLiteral("listen"), tr("console: a TCP server on PORT."),
                                    QStringLiteral("PORT"));
    const QCommandLineOption ws(QStringLiteral("ws"), tr("console: a WebSocket client to URL (ws://…)."),
                                QStringLiteral("URL"));
    const QCommandLineOption wsText(QStringLiteral("text"), tr("console: WebSocket text messages, not binary."));
    const QCommandLineOption hex(QStringLiteral("hex"),
                                 tr("console: print what arrives as hex lines; --send DATA is hex."));
    const QCommandLineOption send(QStringLiteral("send"),
                                  tr("console: send DATA once connected (escapes \\r \\n \\t \\xNN)."),
                                  QStringLiteral("DATA"));
    const QCommandLineOption log(QStringLiteral("log"), tr("console: log every chunk, timed, to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption allowBroadcast(QStringLiteral("allow-broadcast"),
                                            tr("console: let UDP send to a broadcast address."));
    const QCommandLineOption flow(QStringLiteral("flow"), tr("console: none, rts-cts or xon-xoff (default none)."),
                                  QStringLiteral("FLOW"), QStringLiteral("none"));
    const QCommandLineOption vcomLink(QStringLiteral("link"),
                                      tr("vcom: the serial device path to create, e.g. /tmp/ttyK7."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption vcomRfc2217(QStringLiteral("rfc2217"),
                                         tr("vcom: send the program's speed and format changes to the module "
                                            "(similar RFC2217)."));
    const QCommandLineOption vcomSevenBit(QStringLiteral("rfc2217-7bit"),
                                          tr("vcom: send the packets' sum with bit 7 cleared, as N520/N540 "
                                             "modules expect (default: the K7's full sum)."));
    const QCommandLineOption vcomFormat(QStringLiteral("format"),
                                        tr("vcom: with --rfc2217, send this format (e.g. 7E1) with the program's "
                                           "speed; Linux terminals cannot carry data bits and parity."),
                                        QStringLiteral("FORMAT"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("modbus: the slave's unit id, 0-247 (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption holding(QStringLiteral("holding"), tr("modbus: holding registers (the default)."));
    const QCommandLineOption input(QStringLiteral("input"), tr("modbus: input registers."));
    const QCommandLineOption coils(QStringLiteral("coils"), tr("modbus: coils."));
    const QCommandLineOption discrete(QStringLiteral("discrete"), tr("modbus: discrete inputs."));
    const QCommandLineOption poll(QStringLiteral("poll"), tr("modbus: repeat every MS ms."), QStringLiteral("MS"),
                                  QStringLiteral("0"));
    const QCommandLineOption count(QStringLiteral("count"), tr("modbus: with --poll, how many times (0: until interrupted)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ unit, holding, input, coils, discrete, poll, count });
    parser.addOptions({ model, broadcast, unicast, port, timeout, retries, searchCap, user, password,
                        json, noStore, noRestart, noVerify, only, withIdentity, withPassword, rebootWait, serial,
                        baud, dataBits, parity, stopBits, net, atPort, keyword, stay, list,
                        uploadPort, output, force, magicPort, bootpPort, bootpClientPort, tftpPort, serverIp, moduleIp,
                        vcomModule, udp, vcomLink, vcomRfc2217, vcomSevenBit, vcomFormat, listen, ws, wsText, hex, send,
                        log, allowBroadcast, flow });
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("The command's arguments."),
                                 QStringLiteral("[arguments...]"));
    QStringList commandLine = QCoreApplication::arguments();
    for (qsizetype i = 1; i < commandLine.size(); ++i) {
        const bool bare = commandLine.at(i) == u"--udp"
                && (i + 1 == commandLine.size() || commandLine.at(i + 1).startsWith(u'-'));
        if (bare)
            commandLine[i] = QStringLiteral("--udp=");
    }
    if (!parser.parse(commandLine)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        printHelpAndExit(parser, ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        printVersionAndExit();

    const auto number = [&](const QCommandLineOption &option, int min, int max) {
        QString error;
        const auto value = numberOption(parser, option, min, max, &error);
        if (!value)
            printError(error);
        return value;
    };
    const auto timeoutMs = number(timeout, 1, 600000);
    const auto attempts = number(retries, 1, 100);
    const auto capMs = number(searchCap, 1, 600000);
    const auto reappearMs = number(rebootWait, 1, 3600000);
    const auto baudRate = number(baud, 1, 100000000);
    const auto unitId = number(unit, 0, 247);
    const auto pollMs = number(poll, 0, 3600000);
    const auto pollCount = number(count, 0, 100000000);
    const auto dataBitCount = number(dataBits, 5, 8);
    const auto stopBitCount = number(stopBits, 1, 2);
    const auto atPortNumber = number(atPort, 1, 65535);
    const auto uploadPortNumber = number(uploadPort, 1, 65535);
    const auto magicPortNumber = number(magicPort, 1, 65535);
    const auto bootpPortNumber = number(bootpPort, 1, 65535);
    const auto bootpClientPortNumber = number(bootpClientPort, 1, 65535);
    const auto tftpPortNumber = number(tftpPort, 1, 65535);
    const auto settingPorts = parseSettingPorts(parser.value(port));
    if (!settingPorts)
        printError(QStringLiteral("--port: %1").arg(settingPorts.error()));
    if (!unitId || !pollMs || !pollCount || !settingPorts || !timeoutMs || !attempts || !capMs || !reappearMs || !baudRate || !dataBitCount
        || !stopBitCount || !atPortNumber || !uploadPortNumber || !magicPortNumber || !bootpPortNumber
        || !bootpClientPortNumber || !tftpPortNumber)
        return ExitUsage;
    if (!SerialNames::parity(parser.value(parity))) {
        printError(tr("--parity: expected %1").arg(SerialNames::parityKeysText()));
        return ExitUsage;
    }

    CtlContext context;
    QString addressError;
    const auto broadcastAddresses = ipv4Addresses(parser, broadcast, &addressError);
    const auto unicastAddress = ipv4Addresses(parser, unicast, &addressError);
    const auto netAddress = ipv4Addresses(parser, net, &addressError);
    const auto serverAddress = ipv4Addresses(parser, serverIp, &addressError);
    const auto moduleAddress = ipv4Addresses(parser, moduleIp, &addressError);
    if (!broadcastAddresses || !unicastAddress || !netAddress || !serverAddress || !moduleAddress) {
        printError(addressError);
        return ExitUsage;
    }
    const QList<SettingTarget> targets = broadcastAddresses->isEmpty()
            ? defaultSettingTargets()
            : customSettingTargets(*broadcastAddresses);
    context.channel.targets = targets;
    context.channel.ports = *settingPorts;
    context.channel.timeoutMs = *timeoutMs;
    context.channel.attempts = *attempts;
    if (!unicastAddress->isEmpty())
        context.channel.unicast = unicastAddress->last();
    context.finder.targets = targets;
    context.finder.ports = *settingPorts;
    context.finder.quietMs = *timeoutMs;
    // Given, it is a wait for a slow network: the search then waits at least that long.
    if (parser.isSet(timeout))
        context.finder.minQuietMs = *timeoutMs;
    context.finder.capMs = *capMs;
    const QString envUser = qEnvironmentVariable("S2E_USER");
    const QString envPassword = qEnvironmentVariable("S2E_PASSWORD");
    if (parser.isSet(user))
        context.credentials.user = parser.value(user);
    else if (!envUser.isEmpty())
        context.credentials.user = envUser;
    if (parser.isSet(password))
        context.credentials.password = parser.value(password);
    else if (!envPassword.isEmpty())
        context.credentials.password = envPassword;
    for (const auto &[value, what] : { std::pair { context.credentials.user, tr("user name") },
                                       { context.credentials.password, tr("password") } }) {
        if (const auto checked = RequestFrame::checkCredential(value, what); !checked) {
            printError(checked.error());
            return ExitUsage;
        }
    }
    context.json = parser.isSet(json);
    if (parser.isSet(model)) {
        context.model = ModelTable::find(parser.value(model));
        if (!context.model || !context.model->isKnown()) {
            printError(tr("--model: expected one of %1").arg(ModelTable::keysText()));
            return ExitUsage;
        }
    }
    context.apply.store = !parser.isSet(noStore);
    context.apply.restart = !parser.isSet(noRestart);
    context.apply.verify = !parser.isSet(noVerify);
    context.apply.reappearTimeoutMs = *reappearMs;
    context.only = parser.values(only);
    context.withIdentity = parser.isSet(withIdentity);
    context.withPassword = parser.isSet(withPassword);
    context.at.serialPort = parser.value(serial);
    context.at.baud = *baudRate;
    context.at.dataBits = *dataBitCount;
    context.at.stopBits = *stopBitCount;
    context.at.parity = parser.value(parity).toLower();
    if (parser.isSet(serial) && parser.isSet(net)) {
        printError(tr("at: --serial and --net exclude each other"));
        return ExitUsage;
    }
    // Without a serial port, AT commands go over net AT: to --net, or to the same targets as
    // search (--broadcast, or every interface's broadcasts).
    context.at.net = !parser.isSet(serial);
    context.at.netAt.targets = targets;
    context.at.netAt.port = quint16(*atPortNumber);
    context.at.netAt.keyword = parser.value(keyword);
    context.at.netAt.timeoutMs = *timeoutMs;
    context.at.netAt.attempts = *attempts;
    if (!netAddress->isEmpty())
        context.at.netAt.module = netAddress->last();
    context.at.stay = parser.isSet(stay);
    if (parser.isSet(uploadPort))
        context.upgrade.uploadPort = quint16(*uploadPortNumber);
    context.upgrade.output = parser.value(output);
    context.upgrade.firmware.force = parser.isSet(force);
    context.upgrade.firmware.magicPort = quint16(*magicPortNumber);
    context.upgrade.firmware.bootpPort = quint16(*bootpPortNumber);
    context.upgrade.firmware.bootpClientPort = quint16(*bootpClientPortNumber);
    context.upgrade.firmware.tftpPort = quint16(*tftpPortNumber);
    if (!serverAddress->isEmpty())
        context.upgrade.firmware.serverIp = serverAddress->last();
    if (!moduleAddress->isEmpty())
        context.upgrade.firmware.moduleIp = moduleAddress->last();
    context.at.list = parser.isSet(list);
    context.vcom.module = parser.value(vcomModule);
    context.vcom.udp = parser.isSet(udp);
    context.console.tcp = parser.value(vcomModule);
    context.console.listen = parser.value(listen);
    if (parser.isSet(udp) && !parser.value(udp).isEmpty())
        context.console.udp = parser.value(udp);
    context.console.ws = parser.value(ws);
    context.console.wsText = parser.isSet(wsText);
    context.console.hex = parser.isSet(hex);
    context.console.send = parser.value(send);
    context.console.logFile = parser.value(log);
    context.console.allowBroadcast = parser.isSet(allowBroadcast);
    const auto flowControl = SerialNames::flow(parser.value(flow));
    if (!flowControl) {
        printError(tr("--flow: expected %1").arg(SerialNames::flowKeysText()));
        return ExitUsage;
    }
    context.console.serial.port = parser.value(serial);
    context.console.serial.baud = *baudRate;
    context.console.serial.dataBits = QSerialPort::DataBits(*dataBitCount);
    context.console.serial.parity = *SerialNames::parity(context.at.parity);
    context.console.serial.stopBits = *stopBitCount == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;
    context.console.serial.flow = *flowControl;
    context.modbus.unit = *unitId;
    context.modbus.pollMs = *pollMs;
    context.modbus.rounds = *pollCount;
    context.modbus.timeoutMs = *timeoutMs;
    const int tables = int(parser.isSet(holding)) + int(parser.isSet(input)) + int(parser.isSet(coils))
            + int(parser.isSet(discrete));
    if (tables > 1) {
        printError(tr("modbus: one of --holding, --input, --coils, --discrete"));
        return ExitUsage;
    }
    context.modbus.table = parser.isSet(input)      ? ModbusPollJob::Table::InputRegisters
            : parser.isSet(coils)                   ? ModbusPollJob::Table::Coils
            : parser.isSet(discrete)                ? ModbusPollJob::Table::DiscreteInputs
                                                    : ModbusPollJob::Table::HoldingRegisters;
    context.vcom.link = parser.value(vcomLink);
    context.vcom.rfc2217 = parser.isSet(vcomRfc2217);
    context.vcom.sevenBitSum = parser.isSet(vcomSevenBit);
    if (parser.isSet(vcomFormat)) {
        context.vcom.format = SerialSettings::parseFormat(parser.value(vcomFormat));
        if (!context.vcom.format) {
            printError(tr("--format: expected data bits, parity and stop bits, such as 8N1 or 7E1"));
            return ExitUsage;
        }
    }

    static const QHash<QString, CommandRunner> commands {
        { QStringLiteral("decode"), runDecode },   { QStringLiteral("search"), runSearch },
        { QStringLiteral("get"), runGet },         { QStringLiteral("set"), runSet },
        { QStringLiteral("restart"), runRestart }, { QStringLiteral("factory-reset"), runFactoryReset },
        { QStringLiteral("export"), runExport },   { QStringLiteral("apply"), runApply },
        { QStringLiteral("at"), runAt },
        { QStringLiteral("upload-web"), runUploadWeb }, { QStringLiteral("fs-image"), runFsImage },
        { QStringLiteral("fs-list"), runFsList },       { QStringLiteral("upgrade"), runUpgrade },
        { QStringLiteral("vcom"), runVcom },            { QStringLiteral("console"), runConsole },
        { QStringLiteral("modbus"), runModbus },
    };
    QStringList arguments = parser.positionalArguments();
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    const CommandRunner runner = commands.value(command);
    if (!runner) {
        printError((command.isEmpty() ? tr("no command given")
                                      : tr("unknown command \"%1\"").arg(command))
                   + QStringLiteral("; see s2ectl --help"));
        return ExitUsage;
    }
    // Commands finish through the event loop, so they start once it runs.
    QTimer::singleShot(0, &app, [&context, runner, arguments] { runner(context, arguments); });
    return app.exec();
}
