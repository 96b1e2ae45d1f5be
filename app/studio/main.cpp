#include "standardoutput.h"
#include "addressoption.h"
#include "emulator.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "serialside.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace s2e;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("s2e-studio: ") << message << Qt::endl;
    return 2;
}

const auto tr = [](const char *text) { return QCoreApplication::translate("s2e-studio", text); };

struct Arguments
{
    ui::MainWindow::Options window;
    bool demo = false;
    QString screenshots;
    std::optional<EndpointSpec> console;
};

// Read before any window system is touched: --help, --version and a wrong argument work
// without a display. The parser exits itself for --help and --version.
Result<Arguments> parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find and configure USR IOT M4-family serial-to-Ethernet modules."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start five virtual modules in this process, on loopback, and search them: "
                                     "USR-K7, TCP232-410S and TCP232-302 in turn."));
    const QCommandLineOption broadcast(QStringLiteral("broadcast"),
                                       tr("Search and send to ADDR instead of every interface's broadcast (repeatable)."),
                                       QStringLiteral("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Setting ports to search, comma-separated (default: 1901 and 1500, "
                                     "every family's); STANDARD=N reaches a family's port at another number."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         tr("With --demo: save the main views as PNG files in DIR, then quit."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption console(QStringLiteral("console"),
                                     tr("Open the test console on ENDPOINT at start: tcp://HOST:PORT, listen:PORT, "
                                        "udp:PORT, serial:PATH[@BAUD] or ws://URL."),
                                     QStringLiteral("ENDPOINT"));
    parser.addOptions({ demo, broadcast, port, screenshots, console });
    if (!parser.parse(arguments))
        return Failure { parser.errorText(), ErrorCode::RefusedInput };
    if (parser.isSet(help))
        printHelpAndExit(parser, 0);
    if (parser.isSet(version))
        printVersionAndExit();
    if (!parser.positionalArguments().isEmpty())
        return Failure { tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
                         ErrorCode::RefusedInput };

    Arguments result;
    if (parser.isSet(port)) {
        const auto ports = parseSettingPorts(parser.value(port));
        if (!ports)
            return Failure { QStringLiteral("--port: %1").arg(ports.error()), ErrorCode::RefusedInput };
        result.window.ports = *ports;
    }
    QString addressError;
    const auto addresses = ipv4Addresses(parser, broadcast, &addressError);
    if (!addresses)
        return Failure { addressError, ErrorCode::RefusedInput };
    result.window.searchAddresses = *addresses;
    result.demo = parser.isSet(demo);
    result.screenshots = parser.value(screenshots);
    if (parser.isSet(screenshots) && !result.demo)
        return Failure { tr("--screenshots needs --demo"), ErrorCode::RefusedInput };
    if (parser.isSet(console)) {
        auto spec = EndpointSpec::parse(parser.value(console));
        if (!spec)
            return Failure { QStringLiteral("--console: %1").arg(spec.error()), ErrorCode::RefusedInput };
        result.console = *spec;
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("s2e-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("s2e-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(S2E_VERSION));
    std::optional<Arguments> arguments;
    {
        QCoreApplication probe(argc, argv);
        ui::language::install(probe, ui::language::chosen());
        auto parsed = parseArguments(probe.arguments());
        if (!parsed)
            return fail(parsed.error());
        arguments = std::move(*parsed);
    }

    QApplication app(argc, argv);
    ui::language::install(app, ui::language::chosen());
    ui::MainWindow::Options options = arguments->window;

    std::unique_ptr<emu::Emulator> emulator;
    if (arguments->demo) {
        emu::Emulator::Options emuOptions;
        emuOptions.devices = 5;
        emuOptions.port = 0;
        emuOptions.m0Port = 0;
        emuOptions.models.clear();
        for (const ModelDef &model : ModelTable::all())
            emuOptions.models << &model;
        emuOptions.atPort = 0;
        emuOptions.magicPort = 0;
        emuOptions.rebootMs = 500;
        emuOptions.modbusSlave = 1;
        // Unprivileged boot loader ports, so that a firmware upgrade works without root.
        emuOptions.bootLoader.bootpServer = 16067;
        emuOptions.bootLoader.bootpClient = 16068;
        emuOptions.bootLoader.tftp = 16069;
        emulator = std::make_unique<emu::Emulator>(emuOptions);
        if (const auto started = emulator->start(); !started) {
            QTextStream(stderr) << QStringLiteral("s2e-studio: ") << started.error() << Qt::endl;
            return 1;
        }
        // The first module is a Modbus TCP gateway to the slave on its serial line, for the Modbus poll tab.
        emu::VirtualModule *gateway = emulator->modules().constFirst();
        if (const auto changed = gateway->applyChanges({ { QStringLiteral("port1.modbus_tcp"), true } }); !changed) {
            QTextStream(stderr) << QStringLiteral("s2e-studio: ") << changed.error() << Qt::endl;
            return 1;
        }
        gateway->restartNow();
        options.ports.clear();
        for (const ModelDef &model : ModelTable::all()) {
            const SettingPort port { model.settingPort, emulator->port(model) };
            if (!options.ports.contains(port))
                options.ports << port;
        }
        options.searchAddresses = { QHostAddress(QStringLiteral("127.255.255.255")) };
        // Each virtual module's serial side by the module's name: its terminal's path changes every run.
        for (int i = 0; i < emuOptions.devices; ++i) {
            if (auto *serial = emulator->serialSide(i)) {
                const auto &identity = emulator->modules().at(i)->identity();
                options.virtualPorts << NamedPort { identity.name, serial->pty().slavePath(), identity.mac };
            }
        }
        options.netAtPort = emulator->atPort();
        options.firmware.magicPort = emulator->magicPort();
        options.firmware.bootpPort = emuOptions.bootLoader.bootpServer;
        options.firmware.bootpClientPort = emuOptions.bootLoader.bootpClient;
        options.firmware.tftpPort = emuOptions.bootLoader.tftp;
    }

    // A demo starts as a new user's first run, and leaves the user's own settings alone.
    std::optional<QTemporaryDir> demoSettings;
    if (emulator)
        options.settingsFile = demoSettings.emplace().filePath(QStringLiteral("s2e-studio-demo.ini"));

    ui::MainWindow window(options);
    window.show();
    if (emulator)
        QTimer::singleShot(0, &window, &ui::MainWindow::search);
    if (arguments->console) {
        if (const auto opened = window.openConsole(*arguments->console); !opened)
            QTextStream(stderr) << QStringLiteral("s2e-studio: ") << opened.error() << Qt::endl;
    }
    if (!arguments->screenshots.isEmpty()) {
        auto *tour = new ui::ScreenshotTour(&window, arguments->screenshots, &window);
        QObject::connect(tour, &ui::ScreenshotTour::finished, &app, [](const QStringList &files, const QString &error) {
            for (const QString &file : files)
                QTextStream(stdout) << file << Qt::endl;
            if (!error.isEmpty())
                qCritical("%s", qPrintable(error));
            QCoreApplication::exit(error.isEmpty() ? 0 : 1);
        });
        tour->start();
    }
    return app.exec();
}
