#include "emulatorprocess.h"
#include "testplatform.h"
#include "s2ectlrun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>

// s2ectl modbus, a Modbus master: through a virtual module's gateway to its virtual RTU slave,
// and against pymodbus, an independent Modbus TCP server.
class tst_S2ectlModbus : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emu;
    quint16 m_dataPort = 0;

    static QString python() { return QStringLiteral("/usr/bin/python3"); }

private slots:
    void initTestCase()
    {
        // The slave is on the virtual module's serial line, a pseudo-terminal.
        S2E_REQUIRE_PTY();
        QVERIFY(m_emu.start({ "--devices", "1", "--modbus-slave", "1" }));
        m_dataPort = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        const S2ectlRun set = s2ectl({ "--broadcast", "127.255.255.255", "--port", QString::number(m_emu.port()), "set",
                                       "02:55:53:52:00:01", "port1.modbus_tcp=true",
                                       QStringLiteral("port1.local_port=%1").arg(m_dataPort) });
        QVERIFY2(set.exitCode == 0, set.err.constData());
    }

    void writeThenReadThroughTheGateway()
    {
        const QString module = QStringLiteral("127.0.0.2:%1").arg(m_dataPort);
        const S2ectlRun write = s2ectl({ "modbus", "write", "--tcp", module, "--unit", "1", "20", "7", "8", "65535" });
        QVERIFY2(write.exitCode == 0, write.err.constData());
        const S2ectlRun read = s2ectl({ "modbus", "read", "--tcp", module, "--unit", "1", "--holding", "20", "3" });
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(read.lines(), QStringList({ "20: 7", "21: 8", "22: 65535" }));
        const S2ectlRun coils = s2ectl({ "modbus", "write", "--tcp", module, "--coils", "5", "1", "0", "1" });
        QVERIFY2(coils.exitCode == 0, coils.err.constData());
        const S2ectlRun back = s2ectl({ "modbus", "read", "--tcp", module, "--coils", "5", "3" });
        QCOMPARE(back.lines(), QStringList({ "5: 1", "6: 0", "7: 1" }));
    }

    void pollingReportsEveryRound()
    {
        const S2ectlRun poll = s2ectl({ "modbus", "read", "--tcp", QStringLiteral("127.0.0.2:%1").arg(m_dataPort), "--input",
                                        "100", "2", "--poll", "50", "--count", "4", "--json" });
        QVERIFY2(poll.exitCode == 0, poll.err.constData());
        QCOMPARE(poll.lines().size(), 4);
        for (int round = 1; round <= 4; ++round) {
            const QJsonObject answer = QJsonDocument::fromJson(poll.lines().at(round - 1).toUtf8()).object();
            QCOMPARE(answer.value(QStringLiteral("round")).toInt(), round);
            QCOMPARE(answer.value(QStringLiteral("values")).toArray(), QJsonArray({ 100, 101 }));
            QVERIFY(answer.value(QStringLiteral("ms")).toDouble() > 0);
        }
    }

    void exceptionsTimeoutsAndUsage()
    {
        const QString module = QStringLiteral("127.0.0.2:%1").arg(m_dataPort);
        S2ectlRun run = s2ectl({ "modbus", "read", "--tcp", module, "9998", "5" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("exception 0x02 (illegal data address)"), run.err.constData());
        // Nobody answers for unit 9 on the line: the gateway says so.
        run = s2ectl({ "modbus", "read", "--tcp", module, "--unit", "9", "0", "1" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("exception 0x0b (gateway target device failed to respond)"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        // A port where nothing listens.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 nothing = closed.serverPort();
        closed.close();
        run = s2ectl({ "modbus", "read", "--tcp", QStringLiteral("127.0.0.1:%1").arg(nothing), "0", "1" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Connection refused"), run.err.constData());
        for (const QStringList &wrong : { QStringList { "modbus", "read", "0", "1" },
                                          QStringList { "modbus", "read", "--tcp", module, "0", "126" },
                                          QStringList { "modbus", "write", "--tcp", module, "--input", "0", "1" },
                                          QStringList { "modbus", "write", "--tcp", module, "--coils", "0", "2" },
                                          QStringList { "modbus", "read", "--tcp", module, "65535", "2" },
                                          QStringList { "modbus", "poke", "--tcp", module, "0", "1" },
                                          QStringList { "modbus", "read", "--tcp", "nowhere", "0", "1" } }) {
            run = s2ectl(wrong);
            QVERIFY2(run.exitCode == 2, qPrintable(wrong.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QVERIFY(!run.err.isEmpty());
        }
    }

    void againstPymodbus()
    {
        if (!QFileInfo(python()).isExecutable())
            QFAIL("python3 is not installed");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        // A Modbus TCP server of pymodbus's own: holding registers 0-2 hold 17, 18, 19.
        const QString script = QStringLiteral(
                "from pymodbus.server import StartTcpServer\n"
                "from pymodbus.datastore import ModbusSequentialDataBlock, ModbusSlaveContext, ModbusServerContext\n"
                "block = ModbusSequentialDataBlock(0, [17, 18, 19] + [0] * 97)\n"
                "store = ModbusSlaveContext(hr=block, ir=ModbusSequentialDataBlock(0, [0] * 100), "
                "co=ModbusSequentialDataBlock(0, [0] * 100), di=ModbusSequentialDataBlock(0, [0] * 100), zero_mode=True)\n"
                "StartTcpServer(context=ModbusServerContext(slaves=store, single=True), address=('127.0.0.1', %1))\n")
                                       .arg(port);
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedChannels);
        server.start(python(), { QStringLiteral("-c"), script });
        QVERIFY(server.waitForStarted());
        const auto stop = qScopeGuard([&server] {
            server.kill();
            server.waitForFinished();
        });
        const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(port);
        QTRY_VERIFY_WITH_TIMEOUT(s2ectl({ "modbus", "read", "--tcp", endpoint, "0", "1" }).exitCode == 0, 15000);
        S2ectlRun read = s2ectl({ "modbus", "read", "--tcp", endpoint, "0", "3" });
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(read.lines(), QStringList({ "0: 17", "1: 18", "2: 19" }));
        const S2ectlRun write = s2ectl({ "modbus", "write", "--tcp", endpoint, "1", "4242" });
        QVERIFY2(write.exitCode == 0, write.err.constData());
        read = s2ectl({ "modbus", "read", "--tcp", endpoint, "--json", "0", "3" });
        QCOMPARE(QJsonDocument::fromJson(read.out).object().value(QStringLiteral("values")).toArray(),
                 QJsonArray({ 17, 4242, 19 }));
    }
};

QTEST_GUILESS_MAIN(tst_S2ectlModbus)
#include "tst_s2ectl_modbus.moc"
