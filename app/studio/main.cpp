#include "emulator.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QTimer>

using namespace s2e;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("s2e-studio"));
    QApplication::setApplicationVersion(QStringLiteral(S2E_VERSION));
    ui::language::install(app, ui::language::chosen());
    const auto tr = [](const char *text) { return QCoreApplication::translate("s2e-studio", text); };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Find and configure USR IOT M4-family serial-to-Ethernet modules."));
    parser.addHelpOption();
    parser.addVersionOption();
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
    parser.addOptions({ demo, broadcast, port, screenshots });
    parser.process(app);

    ui::MainWindow::Options options;
    if (parser.isSet(port)) {
        const auto ports = parseSettingPorts(parser.value(port));
        if (!ports)
            qFatal("%s", qPrintable(QStringLiteral("--port: %1").arg(ports.error())));
        options.ports = *ports;
    }
    for (const QString &value : parser.values(broadcast)) {
        const QHostAddress address(value);
        if (address.protocol() != QAbstractSocket::IPv4Protocol)
            qFatal("%s", qPrintable(tr("--broadcast: \"%1\" is not an IPv4 address").arg(value)));
        options.searchAddresses << address;
    }

    std::unique_ptr<emu::Emulator> emulator;
    if (parser.isSet(demo)) {
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
        // Unprivileged boot loader ports, so that a firmware upgrade works without root.
        emuOptions.bootLoader.bootpServer = 16067;
        emuOptions.bootLoader.bootpClient = 16068;
        emuOptions.bootLoader.tftp = 16069;
        emulator = std::make_unique<emu::Emulator>(emuOptions);
        if (const auto started = emulator->start(); !started)
            qFatal("%s", qPrintable(started.error()));
        options.ports.clear();
        for (const ModelDef &model : ModelTable::all()) {
            const SettingPort port { model.settingPort, emulator->port(model) };
            if (!options.ports.contains(port))
                options.ports << port;
        }
        options.searchAddresses = { QHostAddress(QStringLiteral("127.255.255.255")) };
        options.netAtPort = emulator->atPort();
        options.firmware.magicPort = emulator->magicPort();
        options.firmware.bootpPort = emuOptions.bootLoader.bootpServer;
        options.firmware.bootpClientPort = emuOptions.bootLoader.bootpClient;
        options.firmware.tftpPort = emuOptions.bootLoader.tftp;
    }

    if (parser.isSet(screenshots) && !emulator)
        qFatal("%s", qPrintable(tr("--screenshots needs --demo")));
    if (emulator)
        options.settingsFile = QDir::temp().filePath(QStringLiteral("s2e-studio-demo.ini"));

    ui::MainWindow window(options);
    window.show();
    if (emulator)
        QTimer::singleShot(0, &window, &ui::MainWindow::search);
    if (parser.isSet(screenshots)) {
        auto *tour = new ui::ScreenshotTour(&window, parser.value(screenshots), &window);
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
