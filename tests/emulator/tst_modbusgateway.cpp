#include "data/dataport.h"
#include "testplatform.h"
#include "loopbackemulator.h"
#include "modbus/modbusgateway.h"
#include "protocol/modbus/modbusadu.h"
#include "serialside.h"

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace s2e;
using namespace s2e::emu;
using modbus::RtuAdu;
using modbus::TcpAdu;

// The virtual module's Modbus TCP to RTU gateway: alone against a scripted serial line, then
// whole (master → virtual module → virtual RTU slave) with mbpoll, a real Modbus master.
class tst_ModbusGateway : public QObject
{
    Q_OBJECT

    static QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

    struct Mbpoll
    {
        int exitCode = -1;
        QString out;
    };

    static Mbpoll mbpoll(quint16 port, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("mbpoll"), QStringList { QStringLiteral("-m"), QStringLiteral("tcp"), QStringLiteral("-p"),
                                                             QString::number(port), QStringLiteral("-1"), QStringLiteral("-0") }
                                                         + arguments);
        Mbpoll run;
        // The virtual module answers from this process's event loop: wait in it.
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(20000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAll());
        return run;
    }

    // One virtual module whose serial line has an RTU slave of address `unit`, its data port
    // (a TCP server) on a port of its own, the gateway on or off; 0 when it did not start.
    static quint16 startModule(LoopbackEmulator &emu, int unit, bool gateway)
    {
        auto options = LoopbackEmulator::options(1);
        options.modbusSlave = unit;
        if (!emu.start(options))
            return 0;
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        if (!emu.module(0)->applyChanges({ { QStringLiteral("port1.local_port"), port },
                                           { QStringLiteral("port1.modbus_tcp"), gateway } }))
            return 0;
        QSignalSpy restarted(emu.module(0), &VirtualModule::restarted);
        emu.module(0)->restart();
        return restarted.wait(5000) ? port : 0;
    }

private slots:
    void requestsTakeTurnsOnTheLine()
    {
        ModbusGateway gateway(300, 2);
        QSignalSpy toSerial(&gateway, &ModbusGateway::toSerial);
        QSignalSpy toNetwork(&gateway, &ModbusGateway::toNetwork);
        QObject first;
        QObject second;
        gateway.fromNetwork(TcpAdu { 0x0101, 1, hex("0300000002") }.encode(), &first);
        // The second master's request arrives in two pieces, with a third request behind it.
        const QByteArray both = TcpAdu { 0x0202, 2, hex("0400050001") }.encode() + TcpAdu { 0x0203, 1, hex("0600010007") }.encode();
        gateway.fromNetwork(both.first(4), &second);
        gateway.fromNetwork(both.sliced(4), &second);
        // One request at a time on the line, as RTU.
        QCOMPARE(toSerial.size(), 1);
        QCOMPARE(toSerial.at(0).at(0).toByteArray(), RtuAdu({ 1, hex("0300000002") }).encode());
        gateway.fromSerial(RtuAdu({ 1, hex("030400070008") }).encode());
        QTRY_COMPARE(toNetwork.size(), 1);
        QCOMPARE(toNetwork.at(0).at(0).value<QObject *>(), &first);
        QCOMPARE(toNetwork.at(0).at(1).toByteArray(), TcpAdu({ 0x0101, 1, hex("030400070008") }).encode());
        QCOMPARE(toSerial.size(), 2);
        QCOMPARE(toSerial.at(1).at(0).toByteArray(), RtuAdu({ 2, hex("0400050001") }).encode());
        // A damaged answer is no answer: the master hears 0x0B when the time is up.
        QByteArray damaged = RtuAdu({ 2, hex("04020005") }).encode();
        damaged[damaged.size() - 1] = char(damaged.back() ^ 0x55);
        gateway.fromSerial(damaged);
        QTRY_COMPARE_WITH_TIMEOUT(toNetwork.size(), 2, 2000);
        QCOMPARE(toNetwork.at(1).at(0).value<QObject *>(), &second);
        QCOMPARE(toNetwork.at(1).at(1).toByteArray(), TcpAdu({ 0x0202, 2, hex("840B") }).encode());
        QCOMPARE(gateway.counters().badCrc, 1);
        QCOMPARE(gateway.counters().timeouts, 1);
        // Then the third, in turn; another slave's answer does not count for it.
        QCOMPARE(toSerial.size(), 3);
        gateway.fromSerial(RtuAdu({ 9, hex("0600010007") }).encode());
        QTest::qWait(20);
        QCOMPARE(toNetwork.size(), 2);
        gateway.fromSerial(RtuAdu({ 1, hex("0600010007") }).encode());
        QTRY_COMPARE(toNetwork.size(), 3);
        QCOMPARE(toNetwork.at(2).at(1).toByteArray(), TcpAdu({ 0x0203, 1, hex("0600010007") }).encode());
        QCOMPARE(gateway.counters().requests, 3);
        QCOMPARE(gateway.counters().answers, 2);
    }

    void aMalformedHeaderDropsThatMastersStream()
    {
        ModbusGateway gateway(300, 2);
        QSignalSpy toSerial(&gateway, &ModbusGateway::toSerial);
        QObject master;
        gateway.fromNetwork(hex("0001000100061103000000") + TcpAdu { 2, 1, hex("0300000001") }.encode(), &master);
        QCOMPARE(toSerial.size(), 0);
        QCOMPARE(gateway.counters().malformed, 1);
        // What comes next from that master starts afresh.
        gateway.fromNetwork(TcpAdu { 3, 1, hex("0300000001") }.encode(), &master);
        QCOMPARE(toSerial.size(), 1);
    }

    void mbpollThroughTheVirtualModule()
    {
        S2E_REQUIRE_PTY();
        if (QStandardPaths::findExecutable(QStringLiteral("mbpoll")).isEmpty())
            QFAIL("mbpoll is not installed (scripts/test.sh installs it)");
        LoopbackEmulator emu;
        const quint16 port = startModule(emu, 1, true);
        QVERIFY(port);
        const QString host = emu.module(0)->identity().address.toString();

        // Write three holding registers (function 16), read them back (function 3).
        Mbpoll write = mbpoll(port, { QStringLiteral("-a"), QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("4"),
                                      QStringLiteral("-r"), QStringLiteral("10"), host, QStringLiteral("11"),
                                      QStringLiteral("22"), QStringLiteral("33") });
        QVERIFY2(write.exitCode == 0, qPrintable(write.out));
        QCOMPARE(emu.emulator->serialSide(0)->modbusSlave()->holding(10), quint16(11));
        QCOMPARE(emu.emulator->serialSide(0)->modbusSlave()->holding(12), quint16(33));
        Mbpoll read = mbpoll(port, { QStringLiteral("-a"), QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("4"),
                                     QStringLiteral("-r"), QStringLiteral("10"), QStringLiteral("-c"), QStringLiteral("3"), host });
        QVERIFY2(read.exitCode == 0, qPrintable(read.out));
        QVERIFY2(read.out.contains(QStringLiteral("[10]: \t11")) && read.out.contains(QStringLiteral("[12]: \t33")),
                 qPrintable(read.out));
        // Input registers (function 4) hold their address.
        read = mbpoll(port, { QStringLiteral("-a"), QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("3"),
                              QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-c"), QStringLiteral("10"), host });
        QVERIFY2(read.exitCode == 0 && read.out.contains(QStringLiteral("[109]: \t109")), qPrintable(read.out));

        // The slave's exception comes through; a unit nobody answers for gets 0x0B.
        read = mbpoll(port, { QStringLiteral("-a"), QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("4"),
                              QStringLiteral("-r"), QStringLiteral("9998"), QStringLiteral("-c"), QStringLiteral("5"), host });
        QVERIFY2(read.out.contains(QStringLiteral("Illegal data address"), Qt::CaseInsensitive), qPrintable(read.out));
        read = mbpoll(port, { QStringLiteral("-a"), QStringLiteral("5"), QStringLiteral("-t"), QStringLiteral("4"),
                              QStringLiteral("-r"), QStringLiteral("0"), host });
        QVERIFY2(read.out.contains(QStringLiteral("Target device failed to respond"), Qt::CaseInsensitive), qPrintable(read.out));
    }

    void withTheGatewayOffBytesPassAsTheyAre()
    {
        // The bytes go to the module's serial line, a pseudo-terminal.
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        const quint16 port = startModule(emu, 3, false);
        QVERIFY(port);
        QVERIFY(!emu.emulator->dataPort(0)->modbusGateway());
        QTcpSocket socket;
        socket.connectToHost(emu.module(0)->identity().address, port);
        QVERIFY(socket.waitForConnected(5000));
        // Modbus RTU over TCP, as a transparent module carries it: frame in, frame out.
        socket.write(RtuAdu { 3, hex("0400070002") }.encode());
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).size() >= 9, 5000);
        QCOMPARE(answer, RtuAdu({ 3, hex("040400070008") }).encode());
    }

    void pymodbusAsTheSlaveOnTheSerialLine()
    {
        S2E_REQUIRE_PTY();
        // An independent RTU slave: pymodbus's serial server on the module's pseudo-terminal.
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFileInfo(python).isExecutable())
            QFAIL("python3 is not installed");
        LoopbackEmulator emu;
        const quint16 port = startModule(emu, 0, true);
        QVERIFY(port);
        const QString script = QStringLiteral(
                "import sys\n"
                "from pymodbus.server import StartSerialServer\n"
                "from pymodbus.transaction import ModbusRtuFramer\n"
                "from pymodbus.datastore import ModbusSequentialDataBlock, ModbusSlaveContext, ModbusServerContext\n"
                "store = ModbusSlaveContext(hr=ModbusSequentialDataBlock(0, [5, 6, 7] + [0] * 97), zero_mode=True)\n"
                "StartSerialServer(context=ModbusServerContext(slaves={4: store}, single=False), "
                "framer=ModbusRtuFramer, port=sys.argv[1], baudrate=115200)\n");
        QProcess slave;
        slave.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        slave.start(python, { QStringLiteral("-c"), script, emu.emulator->serialSide(0)->pty().slavePath() });
        QVERIFY(slave.waitForStarted());
        const auto stop = qScopeGuard([&slave] {
            slave.kill();
            slave.waitForFinished();
        });
        const QStringList read { QStringLiteral("-a"), QStringLiteral("4"), QStringLiteral("-t"), QStringLiteral("4"),
                                 QStringLiteral("-r"), QStringLiteral("0"), QStringLiteral("-c"), QStringLiteral("3"),
                                 emu.module(0)->identity().address.toString() };
        // The slave takes a moment to open the line; until then the gateway answers 0x0B.
        Mbpoll answer;
        for (int attempt = 0; attempt < 20 && answer.exitCode != 0; ++attempt)
            answer = mbpoll(port, read);
        QVERIFY2(answer.exitCode == 0, qPrintable(answer.out));
        QVERIFY2(answer.out.contains(QStringLiteral("[0]: \t5")) && answer.out.contains(QStringLiteral("[2]: \t7")),
                 qPrintable(answer.out));
        const Mbpoll write = mbpoll(port, { QStringLiteral("-a"), QStringLiteral("4"), QStringLiteral("-t"), QStringLiteral("4"),
                                            QStringLiteral("-r"), QStringLiteral("1"), emu.module(0)->identity().address.toString(),
                                            QStringLiteral("600") });
        QVERIFY2(write.exitCode == 0, qPrintable(write.out));
        answer = mbpoll(port, read);
        QVERIFY2(answer.out.contains(QStringLiteral("[1]: \t600")), qPrintable(answer.out));
    }

    void twoMastersAtOnceGetTheirOwnAnswers()
    {
        // The slave that answers is on the module's serial line, a pseudo-terminal.
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        const quint16 port = startModule(emu, 1, true);
        QVERIFY(port);
        QTcpSocket masters[2];
        for (QTcpSocket &master : masters) {
            master.connectToHost(emu.module(0)->identity().address, port);
            QVERIFY(master.waitForConnected(5000));
        }
        // Each master reads its own input register, many times, with all requests sent at once.
        constexpr int Rounds = 50;
        for (int round = 0; round < Rounds; ++round) {
            for (int m = 0; m < 2; ++m) {
                const quint16 address = quint16(1000 * (m + 1) + round);
                QByteArray pdu = hex("04");
                pdu.append(char(address >> 8)).append(char(address & 0xFF)).append(hex("0001"));
                masters[m].write(TcpAdu { quint16(round), 1, pdu }.encode());
            }
        }
        QByteArray streams[2];
        QTRY_VERIFY_WITH_TIMEOUT(streams[0].append(masters[0].readAll()).size() >= Rounds * 11
                                         && streams[1].append(masters[1].readAll()).size() >= Rounds * 11,
                                 30000);
        for (int m = 0; m < 2; ++m) {
            QByteArrayView rest = streams[m];
            for (int round = 0; round < Rounds; ++round) {
                qsizetype used = 0;
                QString error;
                const auto answer = TcpAdu::parse(rest, &used, &error);
                QVERIFY2(answer, qPrintable(error));
                rest = rest.sliced(used);
                const quint16 expected = quint16(1000 * (m + 1) + round);
                QCOMPARE(answer->transaction, quint16(round));
                QByteArray value = hex("0402");
                value.append(char(expected >> 8)).append(char(expected & 0xFF));
                QCOMPARE(answer->pdu, value);
            }
            QVERIFY(rest.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_ModbusGateway)
#include "tst_modbusgateway.moc"
