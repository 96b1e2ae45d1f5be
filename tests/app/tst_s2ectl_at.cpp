#include "emulatorprocess.h"
#include "testplatform.h"
#include "s2ectlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSerialPort>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>


class tst_S2ectlAt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_links;
    EmulatorProcess m_emu;

    QString tty(int module) const { return m_links.filePath(QStringLiteral("ttyS2E%1").arg(module)); }
    QJsonObject fields(const QString &mac)
    {
        return QJsonDocument::fromJson(s2ectl({ "--broadcast", "127.255.255.255", "--port",
                                                QString::number(m_emu.port()), "get", mac, "--json" })
                                               .out)
                .object();
    }

private slots:
    void initTestCase()
    {
        S2E_REQUIRE_PTY();
        QVERIFY(m_emu.start({ "--devices", "2", "--pty-link", m_links.path() }));
        QVERIFY(QFile::exists(tty(1)));
        QVERIFY(QFile::exists(tty(2)));
        QVERIFY(m_emu.lines().at(1).contains(QStringLiteral("/dev/")));
    }

    void serial()
    {
        const S2ectlRun run = s2ectl({ "at", "--serial", tty(1), "AT+VER", "AT+WANN", "AT+UART=9600,8,1,NONE,NFC",
                                 "AT+UART" });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines(), QStringList({ "AT+VER: V4017", "AT+WANN: STATIC,127.0.0.2,255.0.0.0,127.0.0.1",
                                            "AT+UART=9600,8,1,NONE,NFC: OK", "AT+UART: 9600,8,1,NONE,NFC" }));
        QCOMPARE(fields(QStringLiteral("02:55:53:52:00:01")).value(u"port1.baud"), QJsonValue(9600));
        // AT+ENTM left the module in transparent mode: a second run enters again.
        const S2ectlRun again = s2ectl({ "at", "--serial", tty(1), "AT+MID", "--json" });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out).array(),
                 QJsonArray({ QJsonObject({ { "command", "AT+MID" }, { "ok", true }, { "value", "USR-K7-001" } }) }));
    }

    void net()
    {
        const QStringList net { "at", "--net", "127.0.0.3", "--at-port", QString::number(m_emu.atPort()) };
        const S2ectlRun run = s2ectl(net + QStringList { "AT+VER", "AT+WANN", "AT+UART=19200,8,1,EVEN,NFC", "AT+UART" });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines(), QStringList({ "AT+VER: V4017", "AT+WANN: STATIC,127.0.0.3,255.0.0.0,127.0.0.1",
                                            "AT+UART=19200,8,1,EVEN,NFC: OK", "AT+UART: 19200,8,1,EVEN,NFC" }));
        const QJsonObject changed = fields(QStringLiteral("02:55:53:52:00:02"));
        QCOMPARE(changed.value(u"port1.baud"), QJsonValue(19200));
        QCOMPARE(changed.value(u"port1.parity"), QJsonValue("even"));

        const S2ectlRun broadcast = s2ectl({ "at", "--broadcast", "127.255.255.255", "--at-port",
                                       QString::number(m_emu.atPort()), "AT+VER" });
        QCOMPARE(broadcast.exitCode, 1);
        QVERIFY(broadcast.err.contains("several modules answered"));
    }

    void failedCommands()
    {
        const S2ectlRun run = s2ectl({ "at", "--serial", tty(2), "AT+UART3", "AT+VER", "--json" });
        QCOMPARE(run.exitCode, 1);
        const QJsonArray answers = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].toObject(), QJsonObject({ { "command", "AT+UART3" }, { "ok", false },
                                                      { "error", "-5 not allowed" } }));
        QCOMPARE(answers[1].toObject().value(u"ok"), QJsonValue(true));
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad baud") << QStringList { "AT+UART=12,8,1,NONE,NFC" } << "AT+UART: baudrate \"12\"";
        QTest::newRow("unknown") << QStringList { "AT+VER", "AT+FOO" } << "AT+FOO is not a command";
        QTest::newRow("not AT") << QStringList { "hello" } << "\"hello\" is not an AT command";
    }

    void refusedBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        // A path that does not exist: nothing is opened when validation fails.
        const S2ectlRun run = s2ectl(QStringList { "at", "--serial", "/nonexistent/tty" } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(error), run.err.constData());
    }

    void usage()
    {
        QCOMPARE(s2ectl({ "at", "--serial", tty(1) }).exitCode, 2);
        const S2ectlRun missing = s2ectl({ "at", "--serial", "/nonexistent/tty", "AT+VER" });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith("cannot open /nonexistent/tty"));
    }

    void dataFlowsInTcpServerMode()
    {
        // A port above 1024, so that no privilege is needed; the module restarts into it.
        const S2ectlRun set = s2ectl({ "--broadcast", "127.255.255.255", "--port", QString::number(m_emu.port()),
                                 "set", "02:55:53:52:00:02", "port1.local_port=24023" });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QSerialPort serial(tty(2));
        QVERIFY(serial.open(QIODevice::ReadWrite));
        QTcpSocket network;
        network.connectToHost(QHostAddress(QStringLiteral("127.0.0.3")), 24023);
        QVERIFY2(network.waitForConnected(3000), qPrintable(network.errorString()));
        network.write("to serial");
        network.waitForBytesWritten(1000);
        QByteArray fromNetwork;
        while (fromNetwork.size() < 9 && serial.waitForReadyRead(3000))
            fromNetwork += serial.readAll();
        QCOMPARE(fromNetwork, QByteArray("to serial"));
        serial.write("to network");
        serial.waitForBytesWritten(1000);
        QByteArray fromSerial;
        while (fromSerial.size() < 10 && network.waitForReadyRead(3000))
            fromSerial += network.readAll();
        QCOMPARE(fromSerial, QByteArray("to network"));
    }

    void list()
    {
        const S2ectlRun run = s2ectl({ "at", "--list" });
        QCOMPARE(run.exitCode, 0);
        const QStringList commands = run.lines().filter(QRegularExpression(QStringLiteral("^AT\\+")));
        QCOMPARE(commands.size(), 47);
        QVERIFY(run.out.contains("AT+UART[N] | AT+UART[N]=baudrate,data_bits,stop_bits,parity,flowctrl"));
        QVERIFY(run.out.contains("baudrate: baud rate (a whole number from 600 to 1000000)"));
    }
};

QTEST_GUILESS_MAIN(tst_S2ectlAt)
#include "tst_s2ectl_at.moc"
