#include "consolepane.h"
#include "sendbox.h"
#include "loopbackemulator.h"
#include "serial/pseudoterminal.h"
#include "serialside.h"
#include "testplatform.h"
#include "trafficbytes.h"
#include "trafficmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace s2e;
using namespace s2e::ui;

// The TCP232-Test layout: the serial pane on a virtual module's pty, the network pane on its
// socket.
class tst_ConsolePane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    std::unique_ptr<QSettings> m_settings;

private slots:
    void initTestCase()
    {
        // Macros go to the settings the pane is given: a file of the test's own.
        m_settings = std::make_unique<QSettings>(m_config.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    void serialAndNetworkPanesOnAVirtualModule()
    {
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        QVERIFY(emu.module(0)->applyChanges({ { QStringLiteral("port1.local_port"), port } }));
        QSignalSpy restarted(emu.module(0), &emu::VirtualModule::restarted);
        emu.module(0)->restart();
        QVERIFY(restarted.wait(5000));

        ConsolePane serial(QStringLiteral("Serial"), { EndpointSpec::Kind::Serial }, m_settings.get());
        ConsolePane network(QStringLiteral("Network"), { EndpointSpec::Kind::TcpClient, EndpointSpec::Kind::TcpServer,
                                                          EndpointSpec::Kind::Udp }, m_settings.get());
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
        // A hex dump's columns: one text character per byte, "." for the rest.
        QVERIFY2(network.model()->index(0).data().toString().contains(QStringLiteral("68 65 6C 6C 6F 00 0D 0A")),
                 qPrintable(network.model()->index(0).data().toString()));
        QVERIFY(network.model()->index(0).data().toString().endsWith(QStringLiteral(" | hello...")));
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
        // Clear empties the view; Reset counts sets the counters to zero.
        QVERIFY(network.countersText().contains(QStringLiteral("RX 14 bytes")));
        network.resetCounters();
        QVERIFY2(network.countersText().startsWith(QStringLiteral("RX 0 bytes in 0 frames")), qPrintable(network.countersText()));
        QVERIFY(network.countersText().contains(QStringLiteral("TX 0 bytes in 0 frames")));

        // A failed send says why; the next one that works takes the message away.
        network.setSendText(QStringLiteral("zz"));
        emit network.sendBox()->sendRequested();
        QCOMPARE(network.message(), QStringLiteral("\"z\" at 1 is not a hex digit"));
        network.setSendText(QStringLiteral("BB"));
        emit network.sendBox()->sendRequested();
        QVERIFY2(network.message().isEmpty(), qPrintable(network.message()));
        QTRY_VERIFY(trafficBytes(serial.session()->log()).contains('\xBB'));

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

    void hexAndTextColumnsFitAHalfWidthPane()
    {
        ConsolePane pane(QStringLiteral("Network"), { EndpointSpec::Kind::Udp }, m_settings.get());
        pane.resize(620, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setSpec(*EndpointSpec::udpSocket(QStringLiteral("0,127.0.0.1:9"), false));
        QVERIFY(pane.openEndpoint());
        QTRY_COMPARE(pane.session()->endpoint()->state(), Endpoint::State::Open);
        pane.setSendText(QString(QStringLiteral("0123456789abcdef")).repeated(8));
        QVERIFY(pane.sendNow());
        QTRY_VERIFY(pane.model()->rowCount() > 1);
        const QFontMetrics metrics(pane.model()->index(0).data(Qt::FontRole).value<QFont>());
        for (int row = 0; row < pane.model()->rowCount(); ++row) {
            const QString text = pane.model()->index(row).data().toString();
            QVERIFY2(text.contains(QStringLiteral(" | ")), qPrintable(text));
            QVERIFY2(metrics.horizontalAdvance(text) <= pane.view()->viewport()->width(),
                     qPrintable(QStringLiteral("%1 px > %2 px: %3")
                                        .arg(metrics.horizontalAdvance(text))
                                        .arg(pane.view()->viewport()->width())
                                        .arg(text)));
        }
        // Wider, more bytes to a row.
        const int narrowRows = pane.model()->rowCount();
        pane.resize(1800, 700);
        QTRY_VERIFY(pane.model()->rowCount() < narrowRows);
    }

    void sendToIsOfferedOnlyWhereThereArePeers()
    {
        ConsolePane pane(QStringLiteral("Network"),
                         { EndpointSpec::Kind::TcpClient, EndpointSpec::Kind::TcpServer, EndpointSpec::Kind::Udp },
                         m_settings.get());
        pane.show();
        auto *peers = pane.findChild<QComboBox *>();
        const auto offered = [&] {
            for (QComboBox *combo : pane.findChildren<QComboBox *>())
                if (combo->itemText(0) == QStringLiteral("all"))
                    return combo->isVisible();
            return false;
        };
        QVERIFY(peers);
        pane.setSpec(*EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:9")));
        QVERIFY(!pane.offersPeers());
        QVERIFY(!offered());
        pane.setSpec(*EndpointSpec::tcpServer(QStringLiteral("0")));
        QVERIFY(pane.offersPeers());
        QVERIFY(offered());
        pane.setSpec(*EndpointSpec::udpSocket(QStringLiteral("0"), false));
        QVERIFY(offered());
    }

    void tabLeavesTheSendBox()
    {
        ConsolePane pane(QStringLiteral("Serial"), { EndpointSpec::Kind::Serial }, m_settings.get());
        auto *text = pane.sendBox()->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QVERIFY(text->tabChangesFocus());
        QVERIFY(text->placeholderText().contains(QStringLiteral("\\t")));
    }

    void macrosAreKept()
    {
        ConsolePane pane(QStringLiteral("Serial"), { EndpointSpec::Kind::Serial }, m_settings.get());
        pane.setSendText(QStringLiteral("AT+VER\\r"));
        SendText options;
        options.checksum = Checksum::Kind::Sum8;
        pane.setSendOptions(options);
        pane.saveMacro(QStringLiteral("version"));
        ConsolePane other(QStringLiteral("Serial"), { EndpointSpec::Kind::Serial }, m_settings.get());
        QVERIFY(other.macroNames().contains(QStringLiteral("version")));
        other.loadMacro(QStringLiteral("version"));
        QCOMPARE(other.sendOptions().checksum, Checksum::Kind::Sum8);
        other.deleteMacro(QStringLiteral("version"));
        QVERIFY(!pane.macroNames().contains(QStringLiteral("version")));
    }

    // A line lost under the pane (a pty hung up, a TCP reset, a WebSocket gone without a
    // close frame): the pane is closed, says why once, and nothing more comes after.
    void lostLinesCloseThePaneOnce()
    {
        S2E_REQUIRE_PTY();
        ConsolePane pane(QStringLiteral("Lines"), { EndpointSpec::Kind::Serial, EndpointSpec::Kind::TcpClient,
                                                    EndpointSpec::Kind::WebSocket }, m_settings.get());
        pane.show();
        const auto loseAndCheck = [&](const std::function<void()> &lose, const QString &why) {
            Endpoint *endpoint = pane.session()->endpoint();
            QStringList said;
            connect(endpoint, &Endpoint::errorOccurred, this, [&](const QString &message) { said << message; });
            connect(endpoint, &Endpoint::stateChanged, this, [&](Endpoint::State, const QString &detail) {
                if (!detail.isEmpty())
                    said << detail;
            });
            lose();
            QTRY_COMPARE(endpoint->state(), Endpoint::State::Closed);
            QTest::qWait(300);
            QCOMPARE(said.size(), 1);
            QVERIFY2(pane.message().contains(why), qPrintable(pane.message()));
            QCOMPARE(pane.message(), said.first());
            QVERIFY(!pane.sendNow());
        };

        auto opened = PseudoTerminal::open();
        QVERIFY(opened);
        std::unique_ptr<PseudoTerminal> pty = std::move(opened).value();
        SerialEndpoint::Options serialOptions;
        serialOptions.port = pty->slavePath();
        pane.setSpec(EndpointSpec::serialPort(serialOptions));
        QVERIFY(pane.openEndpoint());
        QCOMPARE(pane.session()->endpoint()->state(), Endpoint::State::Open);
        loseAndCheck([&] { pty.reset(); }, QStringLiteral("hung up"));

        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        pane.setSpec(*EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(server.serverPort())));
        QVERIFY(pane.openEndpoint());
        QTRY_COMPARE(pane.session()->endpoint()->state(), Endpoint::State::Open);
        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
        loseAndCheck([&] { resetConnection(*peer); }, QStringLiteral("closed the connection"));

        QWebSocketServer wsServer(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(wsServer.listen(QHostAddress::LocalHost, 0));
        QWebSocket *wsPeer = nullptr;
        connect(&wsServer, &QWebSocketServer::newConnection, this, [&] {
            wsPeer = wsServer.nextPendingConnection();
            wsPeer->setParent(&wsServer);
        });
        pane.setSpec(*EndpointSpec::webSocket(QStringLiteral("ws://127.0.0.1:%1/").arg(wsServer.serverPort()), false));
        QVERIFY(pane.openEndpoint());
        QTRY_COMPARE(pane.session()->endpoint()->state(), Endpoint::State::Open);
        QTRY_VERIFY(wsPeer);
        loseAndCheck([&] { wsPeer->abort(); }, QStringLiteral("closed the connection"));
    }

    void unopenableEndpointIsExplained()
    {
        ConsolePane pane(QStringLiteral("Network"), { EndpointSpec::Kind::TcpClient }, m_settings.get());
        pane.setSpec(*EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:1")));
        QVERIFY(pane.openEndpoint());
        QTRY_VERIFY(pane.message().contains(QStringLiteral("TCP client to 127.0.0.1:1")));
        QVERIFY(!pane.sendNow());
    }
};

QTEST_MAIN(tst_ConsolePane)
#include "tst_consolepane.moc"
