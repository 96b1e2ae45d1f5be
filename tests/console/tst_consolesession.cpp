#include "console/consolesession.h"
#include "testplatform.h"
#include "console/endpointspec.h"
#include "console/tcpserverendpoint.h"
#include "loopbackemulator.h"
#include "serialside.h"
#include "trafficbytes.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace s2e;

namespace {

quint16 freePort()
{
    return quint16(20000 + QRandomGenerator::global()->bounded(20000));
}

bool waitOpen(Endpoint *endpoint)
{
    QDeadlineTimer deadline(5000);
    while (endpoint->state() != Endpoint::State::Open && !deadline.hasExpired())
        QTest::qWait(5);
    return endpoint->state() == Endpoint::State::Open;
}

} // namespace

class tst_ConsoleSession : public QObject
{
    Q_OBJECT

    bool configure(emu::VirtualModule *module, const FieldChanges &changes)
    {
        if (!module->applyChanges(changes))
            return false;
        QSignalSpy restarted(module, &emu::VirtualModule::restarted);
        module->restart();
        return restarted.wait(5000);
    }

private slots:
    // The serial pane on the module's pty, the network pane on its socket: both ways in
    // every work mode.
    void talksToAVirtualModule_data()
    {
        QTest::addColumn<QString>("mode");
        for (const char *mode : { "tcp-server", "tcp-client", "udp-server", "udp-client", "httpd-client", "websocket" })
            QTest::newRow(mode) << QString::fromLatin1(mode);
    }

    void talksToAVirtualModule()
    {
        S2E_REQUIRE_PTY();
        QFETCH(QString, mode);
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        emu::VirtualModule *module = emu.module(0);
        const QString moduleIp = module->identity().address.toString();
        const quint16 port = freePort();
        std::unique_ptr<Endpoint> network;
        if (mode == u"tcp-server") {
            QVERIFY(configure(module, { { "port1.local_port", port } }));
            network = EndpointSpec::tcpClient(QStringLiteral("%1:%2").arg(moduleIp).arg(port))->create();
        } else if (mode == u"tcp-client" || mode == u"httpd-client") {
            network = std::make_unique<TcpServerEndpoint>(QHostAddress::LocalHost, port);
            QVERIFY(configure(module, { { "port1.mode", mode }, { "port1.remote_host", "127.0.0.1" }, { "port1.remote_port", port } }));
        } else if (mode == u"udp-server") {
            QVERIFY(configure(module, { { "port1.mode", mode }, { "port1.local_port", port } }));
            network = EndpointSpec::udpSocket(QStringLiteral("127.0.0.1:0,%1:%2").arg(moduleIp).arg(port), false)->create();
        } else if (mode == u"udp-client") {
            QVERIFY(configure(module, { { "port1.mode", mode }, { "port1.local_port", 0 }, { "port1.remote_host", "127.0.0.1" }, { "port1.remote_port", port } }));
            network = EndpointSpec::udpSocket(QStringLiteral("127.0.0.1:%1").arg(port), false)->create();
        } else {
            QVERIFY(configure(module, { { "websocket.port", port }, { "port1.local_port", freePort() } }));
            network = EndpointSpec::webSocket(QStringLiteral("ws://%1:%2/").arg(moduleIp).arg(port), false)->create();
        }
        SerialEndpoint::Options serialOptions;
        serialOptions.port = emu.emulator->serialSide(0)->pty().slavePath();
        ConsoleSession serial(EndpointSpec::serialPort(serialOptions).create());
        ConsoleSession net(std::move(network));
        serial.endpoint()->open();
        net.endpoint()->open();
        QVERIFY(waitOpen(serial.endpoint()));
        QVERIFY(waitOpen(net.endpoint()));

        if (mode == u"httpd-client") {
            QVERIFY(serial.send("42"));
            QTRY_VERIFY(trafficBytes(net.log()).contains("\r\n\r\n"));
            QVERIFY2(trafficBytes(net.log()).startsWith("GET "), trafficBytes(net.log()).constData());
            QVERIFY(net.send("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nreply!"));
            net.endpoint()->closePeer(net.endpoint()->peers().value(0));
            QTRY_COMPARE(trafficBytes(serial.log()), QByteArray("reply!"));
            return;
        }
        if (mode == u"udp-server") {
            QVERIFY(net.send("from net")); // the module answers whoever spoke last
            QTRY_COMPARE(trafficBytes(serial.log()), QByteArray("from net"));
            QVERIFY(serial.send(QByteArray("from serial\x00\xFF", 13)));
            QTRY_COMPARE(trafficBytes(net.log()), QByteArray("from serial\x00\xFF", 13));
            return;
        }
        if (mode == u"tcp-client")
            QTRY_COMPARE(net.endpoint()->peers().size(), 1);
        QVERIFY(serial.send(QByteArray("from serial\x00\xFF", 13)));
        QTRY_COMPARE(trafficBytes(net.log()), QByteArray("from serial\x00\xFF", 13));
        QVERIFY(net.send("from net"));
        QTRY_COMPARE(trafficBytes(serial.log()), QByteArray("from net"));
        QCOMPARE(serial.log().totals().sentBytes, 13);
        QCOMPARE(net.log().totals().receivedBytes, 13);
    }

    void periodicSending()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConsoleSession session(EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()))->create());
        session.endpoint()->open();
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(waitOpen(session.endpoint()));
        QVERIFY(!session.startPeriodic("x", 0));
        QVERIFY(!session.startPeriodic({}, 10));
        QVERIFY(session.startPeriodic("tick", 2));
        QVERIFY(session.isPeriodic());
        QByteArray atPeer;
        connect(peer, &QTcpSocket::readyRead, this, [&] { atPeer += peer->readAll(); });
        QTRY_VERIFY(atPeer.count("tick") >= 20);
        session.stopPeriodic();
        QVERIFY(!session.isPeriodic());
        const qint64 sent = session.log().totals().sentChunks;
        QTest::qWait(50);
        QCOMPARE(session.log().totals().sentChunks, sent);
        // Closing the endpoint stops it too.
        QVERIFY(session.startPeriodic("tick", 5));
        peer->disconnectFromHost();
        QTRY_VERIFY(!session.isPeriodic());
    }

    void sendTextReportsWhatIsWrong()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConsoleSession session(EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()))->create());
        SendText hex;
        hex.format = SendText::Format::Hex;
        const auto notOpen = session.sendText(QStringLiteral("01"), hex);
        QVERIFY(!notOpen);
        QVERIFY2(notOpen.error().contains(QStringLiteral("not sent")), qPrintable(notOpen.error()));
        session.endpoint()->open();
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(waitOpen(session.endpoint()));
        QVERIFY(session.sendText(QStringLiteral("zz"), hex).error().contains(QStringLiteral("not a hex digit")));
        QVERIFY(!session.sendText(QString(), hex));
        hex.checksum = Checksum::Kind::Modbus;
        QVERIFY(session.sendText(QStringLiteral("01 03 00 00 00 01"), hex));
        QTRY_COMPARE(peer->bytesAvailable(), 8);
        QCOMPARE(peer->readAll(), QByteArray::fromHex("010300000001840A"));
    }

    void sendsAFilePacedAndComplete()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payload.bin"));
        QByteArray payload(48 * 1024, '\0');
        for (int i = 0; i < payload.size(); ++i)
            payload[i] = char(i * 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(payload);
        file.close();

        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConsoleSession session(EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()))->create());
        QVERIFY(session.sendFile(path, 0).error().contains(QStringLiteral("not open")));
        session.endpoint()->open();
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(waitOpen(session.endpoint()));
        QByteArray atPeer;
        connect(peer, &QTcpSocket::readyRead, this, [&] { atPeer += peer->readAll(); });

        // At 96 KB/s, 48 KB take half a second: the pacing holds it back.
        QSignalSpy finished(&session, &ConsoleSession::fileFinished);
        QSignalSpy progress(&session, &ConsoleSession::fileProgress);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(session.sendFile(path, 96 * 1024));
        QVERIFY(session.isSendingFile());
        QVERIFY(!session.sendFile(path, 0));
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(progress.last().at(0).toLongLong(), payload.size());
        QTRY_COMPARE(atPeer.size(), payload.size());
        QCOMPARE(atPeer, payload);

        // Unpaced, and cancelled.
        QVERIFY(session.sendFile(path, 1024));
        session.cancelFile();
        QCOMPARE(finished.count(), 2);
        QVERIFY(finished.last().first().toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!session.sendFile(dir.filePath(QStringLiteral("missing")), 0));
    }
};

QTEST_MAIN(tst_ConsoleSession)
#include "tst_consolesession.moc"
