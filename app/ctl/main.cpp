#include "decodecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("s2ectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(S2E_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "s2ectl", "Find, configure and inspect USR IOT M4-family serial-to-Ethernet modules.\n"
                      "\nCommands:\n"
                      "  decode HEX...   describe a setting-protocol datagram as JSON"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("s2ectl", "The command to run."));
    parser.addPositionalArgument(QStringLiteral("arguments"),
                                 QCoreApplication::translate("s2ectl", "The command's arguments."),
                                 QStringLiteral("[arguments...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QStringList arguments = parser.positionalArguments();
    const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (command == QLatin1String("decode"))
        return runDecodeCommand(arguments);

    QTextStream(stderr) << (command.isEmpty()
                                    ? QCoreApplication::translate("s2ectl", "no command given")
                                    : QCoreApplication::translate("s2ectl", "unknown command \"%1\"")
                                              .arg(command))
                        << QStringLiteral("; see s2ectl --help") << Qt::endl;
    return 2;
}
