#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// s2e-studio's command line, run as a user would without any display: help and version
// answer, a wrong argument is named and ends with 2, and nothing aborts.
class tst_StudioArguments : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run studio(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(S2E_STUDIO_PATH), arguments);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        if (process.exitStatus() == QProcess::NormalExit)
            run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void helpAndVersionNeedNoDisplay()
    {
        const Run help = studio({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--demo")), qPrintable(help.out + help.err));
        QVERIFY(help.out.contains(QStringLiteral("--screenshots <DIR>")));
        const Run version = studio({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("s2e-studio " S2E_VERSION));
    }

    void wrongArgumentsAreNamedAndEndWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList { "--port", "bogus" }
                              << QStringLiteral("s2e-studio: --port: expected a port from 1 to 65535");
        QTest::newRow("broadcast") << QStringList { "--broadcast", "::1" }
                                   << QStringLiteral("s2e-studio: --broadcast: \"::1\" is not an IPv4 address");
        QTest::newRow("screenshots") << QStringList { "--screenshots", "/tmp" }
                                     << QStringLiteral("s2e-studio: --screenshots needs --demo");
        QTest::newRow("console") << QStringList { "--console", "bogus" }
                                 << QStringLiteral("s2e-studio: --console: \"bogus\" is not tcp://HOST:PORT");
        QTest::newRow("console baud") << QStringList { "--console", "serial:/dev/ttyS0@fast" }
                                      << QStringLiteral("s2e-studio: --console: \"serial:/dev/ttyS0@fast\": the baud rate");
        QTest::newRow("unknown") << QStringList { "--nope" } << QStringLiteral("s2e-studio: Unknown option 'nope'.");
        QTest::newRow("positional") << QStringList { "extra" }
                                    << QStringLiteral("s2e-studio: unexpected argument \"extra\"");
    }

    void wrongArgumentsAreNamedAndEndWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = studio(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StudioArguments)
#include "tst_studio_arguments.moc"
