#include "consolepane.h"
#include "loopbackemulator.h"
#include "serialside.h"
#include "trafficbytes.h"
#include "trafficmodel.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace s2e;
using namespace s2e::ui;

// The TCP232-Test layout: the serial pane on a virtual module's pty, the network pane on its
// socket.
class tst_ConsolePane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        // Macros go to QSettings: keep them out of the user's own.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("s2e-tests"));
    }

    void serialAndNetworkPanesOnAVirtualModule()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        QVERIFY(emu.module(0)->applyChanges({ { QStringLiteral("port1.local_port"), port } }));
        QSignalSpy restarted(emu.module(0), &emu::VirtualModule::restarted);
        emu.module(0)->restart();
        QVERIFY(restarted.wait(5000));

        ConsolePane serial(QStringLiteral("Serial"), { EndpointSpec::Kind::Serial });
        ConsolePane network(QStringLiteral("Network"), { EndpointSpec::Kind::TcpClient, EndpointSpec::Kind::TcpServer,
                                                          EndpointSpec::Kind::Udp });
        serial.show();
        network.show();
        SerialEndpoint::Options serialOptions;
        serialOptions.port = emu.emulator->serialSide(0)->pty().slavePath();
        serial.setSpec(EndpointSpec::serialPort(serialOptions));
        network.setSpec(*EndpointSpec::tcpClient(QStringLiteral("127.0.0.2:%1").arg(port)));
        QVERIFY(serial.openEndpoint());
        QVERIFY(network.openEndpoint());
        QTRY_COMPARE(network.session()->endpoint()->state(), Endpoint::State::Open);

        serial.setSendText(QStringLiteral("hello\\x00"));
        SendText options;
        options.lineEnding = SendText::LineEnding::CrLf;
        serial.setSendOptions(options);
        QVERIFY(serial.sendNow());
        QTRY_COMPARE(trafficBytes(network.session()->log()), QByteArray("hello\x00\r\n", 8));

        network.setSendText(QStringLiteral("01 03 00 00 00 01"));
        options = {};
        options.format = SendText::Format::Hex;
        options.checksum = Checksum::Kind::Modbus;
        network.setSendOptions(options);
        QVERIFY(network.sendNow());
        QTRY_COMPARE(trafficBytes(serial.session()->log()), QByteArray::fromHex("010300000001840A"));

        // The view catches up on its timer, one row per chunk piece.
        QTRY_VERIFY(network.model()->rowCount() >= 1);
        QVERIFY(network.model()->index(0).data().toString().contains(QStringLiteral("68 65 6C 6C 6F 00 0D 0A | hello\\x00\\r\\n")));
        // The counters line is redrawn on the pane's timer: wait for both directions at once.
        QTRY_VERIFY(network.countersText().contains(QStringLiteral("RX 8 bytes"))
                    && network.countersText().contains(QStringLiteral("TX 8 bytes")));
        QVERIFY(network.findNext(QStringLiteral("hello")));
        QVERIFY(!network.findNext(QStringLiteral("absent")));

        // Paused, the log keeps everything and the view waits.
        network.setPaused(true);
        const int rows = network.model()->rowCount();
        serial.setSendText(QStringLiteral("more"));
        QVERIFY(serial.sendNow());
        QTRY_VERIFY(trafficBytes(network.session()->log()).endsWith("more\r\n"));
        QTest::qWait(3 * ConsolePane::RefreshMs);
        QCOMPARE(network.model()->rowCount(), rows);
        network.setPaused(false);
        QTRY_VERIFY(network.model()->rowCount() > rows);
        network.clear();
        QCOMPARE(network.model()->rowCount(), 0);

        // Periodic sending, and a bad period or text refused with a message.
        QVERIFY(!network.startPeriodic(0));
        network.setSendText(QStringLiteral("zz"));
        QVERIFY(!network.sendNow());
        network.setSendText(QStringLiteral("AA"));
        QVERIFY(network.startPeriodic(5));
        QTRY_VERIFY(trafficBytes(serial.session()->log()).count('\xAA') >= 5);
        network.stopPeriodic();

        network.closeEndpoint();
        QTRY_COMPARE(network.session()->endpoint()->state(), Endpoint::State::Closed);
    }

    void macrosAreKept()
    {
        ConsolePane pane(QStringLiteral("Serial"), { EndpointSpec::Kind::Serial });
        pane.setSendText(QStringLiteral("AT+VER\\r"));
        SendText options;
        options.checksum = Checksum::Kind::Sum8;
        pane.setSendOptions(options);
        pane.saveMacro(QStringLiteral("version"));
        ConsolePane other(QStringLiteral("Serial"), { EndpointSpec::Kind::Serial });
        QVERIFY(other.macroNames().contains(QStringLiteral("version")));
        other.loadMacro(QStringLiteral("version"));
        QCOMPARE(other.sendOptions().checksum, Checksum::Kind::Sum8);
        other.deleteMacro(QStringLiteral("version"));
        QVERIFY(!pane.macroNames().contains(QStringLiteral("version")));
    }

    void unopenableEndpointIsExplained()
    {
        ConsolePane pane(QStringLiteral("Network"), { EndpointSpec::Kind::TcpClient });
        pane.setSpec(*EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:1")));
        QVERIFY(pane.openEndpoint());
        QTRY_VERIFY(pane.message().contains(QStringLiteral("TCP client to 127.0.0.1:1")));
        QVERIFY(!pane.sendNow());
    }
};

QTEST_MAIN(tst_ConsolePane)
#include "tst_consolepane.moc"
