#include "emulator.h"
#include "addressoption.h"
#include "numberoption.h"
#include "quitonsignal.h"
#include "standardoutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <limits>

using s2e::emu::Emulator;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("s2e-emu: ") << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("s2e-emu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(S2E_VERSION));
    const auto tr = [](const char *text) { return QCoreApplication::translate("s2e-emu", text); };

    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Virtual USR IOT serial-to-Ethernet modules for working without hardware: the USR-K7, "
               "the two-port TCP232-410S and the M0 TCP232-302.\n"
               "Each module has its own MAC (02:55:53:52:00:01, …), name (USR-K7-001, …), its "
               "family's factory parameters and its own loopback address (127.0.0.2, …), and "
               "answers the UDP setting protocol on its family's port (1901; the 302: 1500): "
               "search, read, write, store, restart and factory reset. Prints one line per module "
               "once it is listening."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Emulator::Options defaults;
    const QCommandLineOption devices(QStringLiteral("devices"), tr("Number of modules (1-10000)."),
                                     QStringLiteral("N"), QString::number(defaults.devices));
    const QCommandLineOption firstNumber(QStringLiteral("first-number"),
                                         tr("Number of the first module, for its MAC and name (several "
                                            "s2e-emu on one network need different numbers)."),
                                         QStringLiteral("N"), QString::number(defaults.firstNumber));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("UDP setting port of the K7 and 410S; 0 picks a free one."),
                                  QStringLiteral("N"), QString::number(defaults.port));
    const QCommandLineOption m0Port(QStringLiteral("m0-port"),
                                    tr("UDP setting port of the TCP232-302; 0 picks a free one."),
                                    QStringLiteral("N"), QString::number(defaults.m0Port));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Address the setting port listens on. 0.0.0.0 also hears "
                                     "broadcasts such as 127.255.255.255."),
                                  QStringLiteral("ADDR"), defaults.bind.toString());
    const QCommandLineOption firstAddress(QStringLiteral("first-address"),
                                          tr("Address of the first module; the others follow it."),
                                          QStringLiteral("ADDR"), defaults.firstAddress.toString());
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      tr("Keep each module's stored parameters in DIR across runs "
                                         "(default: in memory only)."),
                                      QStringLiteral("DIR"));
    const QCommandLineOption rebootMs(QStringLiteral("reboot-ms"),
                                      tr("How long a restarting module stays silent."),
                                      QStringLiteral("MS"), QString::number(defaults.rebootMs));
    const QCommandLineOption dropFirst(QStringLiteral("drop-first"),
                                       tr("Each module ignores its first N requests other than "
                                          "search, as over a lossy link."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption firmware(QStringLiteral("firmware"),
                                      tr("Firmware version the modules report."),
                                      QStringLiteral("N"), QString::number(defaults.firmware));
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("The modules' families, in turn: one of %1, or several separated by "
                                      "commas (\"k7,410s,302\": module 1 a K7, 2 a 410S, 3 a 302, 4 a K7 …).")
                                           .arg(s2e::ModelTable::keysText()),
                                   QStringLiteral("LIST"), QStringLiteral("k7"));
    const QCommandLineOption atPort(QStringLiteral("at-port"),
                                    tr("UDP port for net AT commands; 0 picks a free one."),
                                    QStringLiteral("N"), QString::number(defaults.atPort));
    const QCommandLineOption ptyLink(QStringLiteral("pty-link"),
                                     tr("Link DIR/ttyS2E1, DIR/ttyS2E2, … to the modules' serial "
                                        "ports (pseudo-terminals)."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption noSerial(QStringLiteral("no-serial"),
                                      tr("Give the modules no serial port (no pseudo-terminals)."));
    const QCommandLineOption modbusSlave(QStringLiteral("modbus-slave"),
                                         tr("Put a Modbus RTU slave with address UNIT (1-247) on each module's serial "
                                            "line: coils, discrete inputs, holding and input registers 0-9999, "
                                            "functions 1-6, 15 and 16. With port1.modbus_tcp on, Modbus TCP masters "
                                            "reach it through the module's gateway."),
                                         QStringLiteral("UNIT"), QStringLiteral("0"));
    const QCommandLineOption maxClients(QStringLiteral("max-clients"),
                                        tr("TCP server mode: clients per port, 1-16; a new one "
                                           "beyond closes the oldest."),
                                        QStringLiteral("N"), QString::number(defaults.maxClients));
    const QCommandLineOption statusInterval(QStringLiteral("status-interval"),
                                            tr("Print each module's connection state and "
                                               "counters every S seconds."),
                                            QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption uploadPort(QStringLiteral("upload-port"),
                                        tr("TCP port for web page uploads (the K7's and 410S's)."), QStringLiteral("N"),
                                        QString::number(defaults.uploadPort));
    const QCommandLineOption m0UploadPort(QStringLiteral("m0-upload-port"),
                                          tr("TCP port for web page uploads of the TCP232-302."), QStringLiteral("N"),
                                          QString::number(defaults.m0UploadPort));
    const QCommandLineOption magicPort(QStringLiteral("magic-port"),
                                       tr("UDP port for firmware-upgrade magic packets; 0 picks a free one."),
                                       QStringLiteral("N"), QString::number(defaults.magicPort));
    const QCommandLineOption bootpPort(QStringLiteral("bootp-port"),
                                       tr("UDP port the boot loader sends BOOTP requests to."),
                                       QStringLiteral("N"), QString::number(defaults.bootLoader.bootpServer));
    const QCommandLineOption bootpClientPort(QStringLiteral("bootp-client-port"),
                                             tr("UDP port the boot loader listens on for BOOTP replies."),
                                             QStringLiteral("N"), QString::number(defaults.bootLoader.bootpClient));
    const QCommandLineOption tftpPort(QStringLiteral("tftp-port"),
                                      tr("UDP port of the TFTP server the boot loader downloads from."),
                                      QStringLiteral("N"), QString::number(defaults.bootLoader.tftp));
    const QCommandLineOption bootpTarget(QStringLiteral("bootp-target"),
                                        tr("Where the boot loader broadcasts BOOTP requests (default: "
                                           "127.255.255.255 for modules on loopback, else 255.255.255.255)."),
                                        QStringLiteral("ADDR"));
    const QCommandLineOption tftpClientPort(QStringLiteral("tftp-client-port"),
                                           tr("UDP port the boot loader reads the image from (TI's: 13633)."),
                                           QStringLiteral("N"), QString::number(defaults.bootLoader.tftpClient));
    const QCommandLineOption loaderBlockMs(QStringLiteral("loader-block-ms"),
                                          tr("How long the boot loader waits for each TFTP block before it "
                                             "asks again (TI's: about 4000)."),
                                          QStringLiteral("MS"), QString::number(defaults.bootLoader.blockTimeoutMs));
    const QCommandLineOption loss(QStringLiteral("loss"),
                                  tr("Fault injection: lose P percent of setting requests and replies."),
                                  QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption duplicate(QStringLiteral("duplicate"),
                                       tr("Fault injection: send P percent of replies twice."),
                                       QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption corrupt(QStringLiteral("corrupt"),
                                     tr("Fault injection: change a byte in P percent of replies."),
                                     QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption truncate(QStringLiteral("truncate"),
                                      tr("Fault injection: cut P percent of replies short."),
                                      QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption delay(QStringLiteral("delay"), tr("Fault injection: delay every reply by MS."),
                                   QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption pieceGap(QStringLiteral("piece-gap"),
                                      tr("Fault injection: MS between the datagrams of a read the family "
                                         "splits (the 302's 130 + 50 + 84)."),
                                      QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption reversePieces(QStringLiteral("reverse-pieces"),
                                           tr("Fault injection: send a split read's datagrams last first."));
    const QCommandLineOption dropPiece(QStringLiteral("drop-piece"),
                                       tr("Fault injection: never send datagram N (1-based) of a split read."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       tr("Fault injection: the random seed, for a repeatable run (0: random)."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption reply(QStringLiteral("reply"),
                                   tr("How every module answers the setting protocol: peer (unicast to the "
                                      "asker, as TI's locator), broadcast (to the asker's port, as the "
                                      "TCP232-302 manual says) or broadcast-port (to the setting port, as the "
                                      "vendor's M4 protocol V1.4 says), each from the module's own address and "
                                      "setting port. Default: broadcast, as real modules answered other "
                                      "people's tools."),
                                   QStringLiteral("MODE"));
    const QCommandLineOption storeReply(QStringLiteral("store-reply"),
                                        tr("How the modules answer the store command: K (store), E (refuse it) "
                                           "or none (no answer). With E or none a module keeps every write as it "
                                           "is made, as the TCP232-302 does, which has no store command."),
                                        QStringLiteral("ANSWER"), QStringLiteral("K"));
    const QCommandLineOption replyBroadcast(QStringLiteral("reply-broadcast"),
                                            tr("Where broadcast answers go (default: 127.255.255.255 for "
                                               "modules on loopback, else 255.255.255.255)."),
                                            QStringLiteral("ADDR"));
    const QCommandLineOption encryption(QStringLiteral("encryption"),
                                        tr("The encryption version the modules report (non-zero: they take "
                                           "encrypted firmware images, whose vector table is not checked)."),
                                        QStringLiteral("N"), QString::number(defaults.encryption));
    const QCommandLineOption netAtOk(QStringLiteral("net-at-needs-ok"),
                                     tr("Net AT: take commands only after the host answered the discovery "
                                        "reply with +ok, as modules of the WIFI232 lineage do."));
    parser.addOptions({ netAtOk, devices, firstNumber, port, bind, firstAddress, stateDir, rebootMs, dropFirst,
                        firmware, model, atPort, m0Port, m0UploadPort, pieceGap, reversePieces, dropPiece, ptyLink, noSerial, modbusSlave, maxClients, statusInterval,
                        uploadPort, magicPort, bootpPort, bootpClientPort, tftpPort, bootpTarget,
                        tftpClientPort, loaderBlockMs,
                        loss, duplicate, corrupt, truncate, delay, faultSeed, reply, storeReply, replyBroadcast,
                        encryption });
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        printHelpAndExit(parser, 0);
    if (parser.isSet(QStringLiteral("version")))
        printVersionAndExit();

    QString numberError;
    const auto number = [&](const QCommandLineOption &option, int min, int max) {
        return numberOption(parser, option, min, max, &numberError);
    };
    Emulator::Options options;
    const auto deviceCount = number(devices, 1, 10000);
    const auto first = number(firstNumber, 1, 65535);
    const auto portNumber = number(port, 0, 65535);
    const auto reboot = number(rebootMs, 0, 600000);
    const auto drop = number(dropFirst, 0, 1000000);
    const auto version = number(firmware, 0, 65535);
    const auto m0PortNumber = number(m0Port, 0, 65535);
    const auto m0Upload = number(m0UploadPort, 1, 65535);
    const auto gapMs = number(pieceGap, 0, 60000);
    const auto droppedPiece = number(dropPiece, 0, 16);
    const auto atPortNumber = number(atPort, 0, 65535);
    const auto clients = number(maxClients, 1, 16);
    const auto slaveUnit = number(modbusSlave, 0, 247);
    const auto statusSeconds = number(statusInterval, 0, 86400);
    const auto upload = number(uploadPort, 1, 65535);
    const auto magic = number(magicPort, 0, 65535);
    const auto bootpServer = number(bootpPort, 1, 65535);
    const auto bootpClient = number(bootpClientPort, 1, 65535);
    const auto tftp = number(tftpPort, 1, 65535);
    const auto encryptionVersion = number(encryption, 0, 65535);
    const auto tftpClient = number(tftpClientPort, 1, 65535);
    const auto blockMs = number(loaderBlockMs, 1, 600000);
    if (!encryptionVersion || !tftpClient || !blockMs || !deviceCount || !portNumber || !reboot || !drop || !version || !m0PortNumber || !m0Upload || !gapMs || !droppedPiece || !atPortNumber
        || !clients || !slaveUnit || !statusSeconds || !upload || !magic || !bootpServer || !bootpClient || !tftp)
        return fail(numberError);
    // Percentages, fractions allowed ("12.5").
    for (const auto &[option, target] : { std::pair { &loss, &options.faults.loss }, { &duplicate, &options.faults.duplicate },
                                          { &corrupt, &options.faults.corrupt }, { &truncate, &options.faults.truncate } }) {
        bool ok = false;
        const double percent = parser.value(*option).toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return fail(tr("--%1: expected a percentage from 0 to 100, got \"%2\"")
                                .arg(option->names().first(), parser.value(*option)));
        *target = percent / 100.0;
    }
    const auto delayMs = number(delay, 0, 60000);
    const auto seed = number(faultSeed, 0, std::numeric_limits<int>::max());
    if (!delayMs || !seed)
        return fail(numberError);
    options.faults.delayMs = *delayMs;
    options.faults.seed = quint32(*seed);
    if (!first || *first + *deviceCount - 1 > 65535)
        return fail(first ? tr("--first-number: the last module's number would pass 65535") : numberError);
    options.firstNumber = *first;
    options.devices = *deviceCount;
    options.port = quint16(*portNumber);
    options.rebootMs = *reboot;
    options.dropFirstRequests = *drop;
    options.firmware = quint16(*version);
    options.m0Port = quint16(*m0PortNumber);
    options.m0UploadPort = quint16(*m0Upload);
    options.faults.pieceGapMs = *gapMs;
    options.faults.dropPiece = *droppedPiece;
    options.faults.reversePieces = parser.isSet(reversePieces);
    options.models.clear();
    for (const QString &key : parser.value(model).split(QLatin1Char(','))) {
        const s2e::ModelDef *family = s2e::ModelTable::find(key.trimmed());
        if (!family || !family->isKnown())
            return fail(tr("--model: expected %1 or a comma-separated list of them, got \"%2\"")
                                .arg(s2e::ModelTable::keysText(), key));
        options.models << family;
    }
    options.stateDir = parser.value(stateDir);
    options.atPort = quint16(*atPortNumber);
    options.serial = !parser.isSet(noSerial);
    options.ptyLinkDir = parser.value(ptyLink);
    options.maxClients = *clients;
    options.modbusSlave = *slaveUnit;
    options.uploadPort = quint16(*upload);
    options.magicPort = quint16(*magic);
    options.bootLoader.bootpServer = quint16(*bootpServer);
    options.bootLoader.bootpClient = quint16(*bootpClient);
    options.bootLoader.tftp = quint16(*tftp);
    options.bootLoader.tftpClient = quint16(*tftpClient);
    options.bootLoader.blockTimeoutMs = *blockMs;
    QString addressError;
    const auto bootpTargetAddress = ipv4Addresses(parser, bootpTarget, &addressError);
    const auto replyBroadcastAddress = ipv4Addresses(parser, replyBroadcast, &addressError);
    const auto bindAddress = ipv4Addresses(parser, bind, &addressError);
    const auto firstModuleAddress = ipv4Addresses(parser, firstAddress, &addressError);
    if (!bootpTargetAddress || !replyBroadcastAddress || !bindAddress || !firstModuleAddress)
        return fail(addressError);
    if (!bootpTargetAddress->isEmpty())
        options.bootLoader.bootpTarget = bootpTargetAddress->last();
    options.encryption = quint16(*encryptionVersion);
    options.netAtRequiresOk = parser.isSet(netAtOk);
    if (parser.isSet(reply)) {
        const auto replyMode = s2e::emu::replyModeFromName(parser.value(reply));
        if (!replyMode)
            return fail(tr("--reply: expected peer, broadcast or broadcast-port"));
        options.reply = *replyMode;
    }
    const QString storeAnswer = parser.value(storeReply).toLower();
    if (storeAnswer == u"e")
        options.storeAnswer = s2e::emu::StoreAnswer::Refused;
    else if (storeAnswer == u"none")
        options.storeAnswer = s2e::emu::StoreAnswer::Silent;
    else if (storeAnswer != u"k")
        return fail(tr("--store-reply: expected K, E or none"));
    if (!replyBroadcastAddress->isEmpty())
        options.replyBroadcast = replyBroadcastAddress->last();
    options.bind = bindAddress->last();
    options.firstAddress = firstModuleAddress->last();

    s2e::quitOnTerminationSignals(&app);
    Emulator emulator(options);
    if (const auto started = emulator.start(); !started)
        return fail(started.error());
    QTextStream out(stdout);
    QStringList settingPorts;
    for (const s2e::ModelDef &family : s2e::ModelTable::all()) {
        if (options.models.contains(&family))
            settingPorts << tr("%1 on %2").arg(QString::fromLatin1(family.key)).arg(emulator.port(family));
    }
    out << tr("listening on UDP %1 (%2)").arg(options.bind.toString(), settingPorts.join(QStringLiteral(", ")))
        << tr(", net AT on %1, magic packets on %2").arg(emulator.atPort()).arg(emulator.magicPort()) << Qt::endl;
    for (int i = 0; i < emulator.modules().size(); ++i) {
        const auto *module = emulator.modules().at(i);
        if (!module->stateError().isEmpty())
            QTextStream(stderr) << module->stateError() << Qt::endl;
        out << module->identity().mac.toString() << QLatin1Char(' ')
            << module->identity().address.toString() << QLatin1Char(' ') << module->identity().name;
        if (auto *serial = emulator.serialSide(i))
            out << QLatin1Char(' ') << serial->pty().slavePath();
        out << Qt::endl;
    }
    for (int i = 0; i < emulator.modules().size(); ++i) {
        const QString mac = emulator.modules().at(i)->identity().mac.toString();
        QObject::connect(emulator.bootLoader(i), &s2e::emu::BootLoader::resultChanged, &emulator,
                         [mac](const QString &message) { QTextStream(stdout) << mac << QStringLiteral(": ") << message << Qt::endl; });
        QObject::connect(emulator.uploadServer(i), &s2e::emu::WebUploadServer::uploadFinished, &emulator,
                         [mac](bool, const QString &message) { QTextStream(stdout) << mac << QStringLiteral(": ") << message << Qt::endl; });
    }
    for (const QString &error : emulator.warnings() + emulator.dataPlaneErrors())
        QTextStream(stderr) << QStringLiteral("warning: ") << error << Qt::endl;
    QTimer status;
    QObject::connect(&status, &QTimer::timeout, &emulator, [&emulator] {
        QTextStream out(stdout);
        for (int i = 0; i < emulator.modules().size(); ++i) {
            const auto *port = emulator.dataPort(i);
            const auto counters = port->counters();
            out << emulator.modules().at(i)->identity().mac.toString() << QLatin1Char(' ')
                << port->stateText() << QStringLiteral(" serial-in=") << counters.fromSerial
                << QStringLiteral(" net-out=") << counters.toNetwork << QStringLiteral(" net-in=")
                << counters.fromNetwork << QStringLiteral(" serial-out=") << counters.toSerial
                << QStringLiteral(" dropped=") << counters.dropped << Qt::endl;
        }
    });
    if (*statusSeconds > 0)
        status.start(*statusSeconds * 1000);
    return app.exec();
}
