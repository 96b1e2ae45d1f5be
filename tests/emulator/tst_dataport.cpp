#include "loopbackemulator.h"
#include "testplatform.h"
#include "testvectors.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QWebSocket>

using namespace s2e;
using namespace s2e::emu;

namespace {

bool waitUntil(const std::function<bool()> &condition, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(5);
    return condition();
}

// A port on the module's own loopback address that nothing else uses.
quint16 freePort()
{
    return quint16(20000 + QRandomGenerator::global()->bounded(20000));
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xFF);
    return bytes;
}

} // namespace

class tst_DataPort : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    std::unique_ptr<QSerialPort> m_serial;
    QByteArray m_fromSerial;

    VirtualModule *module() { return m_emu.module(0); }
    DataPort *port() { return m_emu.emulator->dataPort(0); }
    QHostAddress address() { return module()->identity().address; }

    // Applies parameters and AT settings as a restart would.
    bool configure(const FieldChanges &changes, const QList<QPair<QString, QString>> &atSettings = {})
    {
        if (!module()->applyChanges(changes))
            return false;
        for (const auto &[name, value] : atSettings)
            module()->setAtSetting(name, 0, value);
        QSignalSpy restarted(module(), &VirtualModule::restarted);
        module()->restart();
        return restarted.wait(5000);
    }

    void openSerial()
    {
        m_serial = std::make_unique<QSerialPort>(m_emu.emulator->serialSide(0)->pty().slavePath());
        QVERIFY(m_serial->open(QIODevice::ReadWrite));
        connect(m_serial.get(), &QSerialPort::readyRead, this, [this] { m_fromSerial += m_serial->readAll(); });
    }

    void writeSerial(const QByteArray &data)
    {
        m_serial->write(data);
    }

private slots:
    void init()
    {
        // Every data path here ends on the module's serial line, a pseudo-terminal.
        S2E_REQUIRE_PTY();
        auto options = LoopbackEmulator::options(1);
        options.maxClients = 2;
        QVERIFY(m_emu.start(options));
        m_fromSerial.clear();
        openSerial();
    }

    void cleanup()
    {
        m_serial.reset();
        m_emu.emulator.reset();
    }

    void tcpServerCarriesBytesExactlyBothWays()
    {
        const quint16 local = freePort();
        QVERIFY(configure({ { "port1.local_port", local }, { "port1.baud", 1000000 } }));
        QTcpSocket client;
        client.connectToHost(address(), local);
        QVERIFY2(client.waitForConnected(3000), qPrintable(client.errorString()));
        QVERIFY(waitUntil([&] { return port()->stateText() == QStringLiteral("CONNECTED(1)"); }));

        const QByteArray down = pattern(300 * 1024);
        // Written in pieces the buffers can take, as a paced sender would.
        for (qsizetype at = 0; at < down.size(); at += 8192) {
            QVERIFY(waitUntil([&] { return m_fromSerial.size() >= at - 8192; }));
            client.write(down.mid(at, 8192));
        }
        QVERIFY(waitUntil([&] { return m_fromSerial.size() >= down.size(); }, 20000));
        QCOMPARE(m_fromSerial, down);

        const QByteArray up = pattern(300 * 1024 + 17);
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
        writeSerial(up);
        QVERIFY(waitUntil([&] { return received.size() >= up.size(); }, 20000));
        QCOMPARE(received, up);
        QCOMPARE(port()->counters().dropped, 0);
        QCOMPARE(port()->counters().fromSerial, up.size());
    }

    void clientLimitClosesTheOldest()
    {
        const quint16 local = freePort();
        QVERIFY(configure({ { "port1.local_port", local } }));
        QTcpSocket first, second, third;
        for (QTcpSocket *client : { &first, &second, &third }) {
            client->connectToHost(address(), local);
            QVERIFY(client->waitForConnected(3000));
            QTest::qWait(50);
        }
        QVERIFY(waitUntil([&] { return first.state() == QAbstractSocket::UnconnectedState; }));
        QCOMPARE(port()->stateText(), QStringLiteral("CONNECTED(2)"));
        writeSerial("to all");
        QVERIFY(waitUntil([&] { return second.bytesAvailable() >= 6 && third.bytesAvailable() >= 6; }));
        QCOMPARE(second.readAll(), QByteArray("to all"));
        QCOMPARE(third.readAll(), QByteArray("to all"));
    }

    void aTcp232_302TakesItsClientLimitFromItsParameters()
    {
        S2E_REQUIRE_PTY();
        m_serial.reset();
        m_emu.emulator.reset();
        auto options = LoopbackEmulator::options(1);
        options.models = { ModelTable::find(u"302") };
        options.maxClients = 16; // the option is for families without the parameter
        QVERIFY(m_emu.start(options));
        const quint16 local = freePort();
        QVERIFY(configure({ { "port1.local_port", local }, { "port1.max_clients", 1 } }));
        QTcpSocket first, second;
        for (QTcpSocket *client : { &first, &second }) {
            client->connectToHost(address(), local);
            QVERIFY(client->waitForConnected(3000));
            QTest::qWait(50);
        }
        QVERIFY(waitUntil([&] { return first.state() == QAbstractSocket::UnconnectedState; }));
        QCOMPARE(port()->stateText(), QStringLiteral("CONNECTED(1)"));
    }

    void udpServerPacksByTimeAndLength()
    {
        const quint16 local = freePort();
        QVERIFY(configure({ { "port1.mode", "udp-server" }, { "port1.local_port", local },
                            { "port1.pack_time", 150 }, { "port1.pack_len", 10 } }));
        QUdpSocket peer;
        QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
        peer.writeDatagram("hello", address(), local);
        QVERIFY(waitUntil([&] { return m_fromSerial == "hello"; }));
        QList<QByteArray> datagrams;
        QElapsedTimer clock;
        qint64 lastArrival = 0;
        connect(&peer, &QUdpSocket::readyRead, this, [&] {
            while (peer.hasPendingDatagrams())
                datagrams << peer.receiveDatagram().data();
            lastArrival = clock.elapsed();
        });
        // By length: 25 bytes at once are two full frames and a rest that waits for the idle time.
        clock.start();
        writeSerial("0123456789ABCDEFGHIJklmno");
        QVERIFY(waitUntil([&] { return datagrams.size() == 3; }));
        QCOMPARE(datagrams, QList<QByteArray>({ "0123456789", "ABCDEFGHIJ", "klmno" }));
        QVERIFY2(lastArrival >= 140, qPrintable(QString::number(lastArrival)));

        // By time: pieces closer together than the packing time make one frame.
        datagrams.clear();
        clock.restart();
        writeSerial("ab");
        QTest::qWait(60);
        writeSerial("cd");
        QVERIFY(waitUntil([&] { return !datagrams.isEmpty(); }));
        QTest::qWait(200);
        QCOMPARE(datagrams, QList<QByteArray>({ "abcd" }));
        QVERIFY(lastArrival >= 60 + 140);
    }

    void udpClientTalksToItsRemote()
    {
        QUdpSocket remote;
        QVERIFY(remote.bind(QHostAddress::LocalHost, 0));
        QVERIFY(configure({ { "port1.mode", "udp-client" }, { "port1.local_port", 0 },
                            { "port1.remote_host", "127.0.0.1" }, { "port1.remote_port", remote.localPort() } }));
        writeSerial("ping");
        QVERIFY(waitUntil([&] { return remote.hasPendingDatagrams(); }));
        const QNetworkDatagram datagram = remote.receiveDatagram();
        QCOMPARE(datagram.data(), QByteArray("ping"));
        QCOMPARE(datagram.senderAddress(), address());
        remote.writeDatagram("pong", datagram.senderAddress(), quint16(datagram.senderPort()));
        QVERIFY(waitUntil([&] { return m_fromSerial == "pong"; }));
        // A stranger is not heard (AT+UDPON off).
        QUdpSocket stranger;
        stranger.writeDatagram("noise", datagram.senderAddress(), quint16(datagram.senderPort()));
        QTest::qWait(200);
        QCOMPARE(m_fromSerial, QByteArray("pong"));
    }

    void tcpClientReconnectsAfterTheServerRestarts()
    {
        auto server = std::make_unique<QTcpServer>();
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        const quint16 remotePort = server->serverPort();
        QVERIFY(configure({ { "port1.mode", "tcp-client" }, { "port1.local_port", 0 },
                            { "port1.remote_host", "127.0.0.1" }, { "port1.remote_port", remotePort } }));
        QVERIFY(waitUntil([&] { return server->hasPendingConnections(); }));
        QTcpSocket *connection = server->nextPendingConnection();
        QCOMPARE(connection->peerAddress(), address());
        QVERIFY(waitUntil([&] { return port()->stateText() == QStringLiteral("CONNECTED"); }));
        connection->abort();
        server.reset();
        QVERIFY(waitUntil([&] { return port()->stateText() != QStringLiteral("CONNECTED"); }));

        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, remotePort));
        // The emulator runs in this thread: wait without blocking its event loop.
        QVERIFY(waitUntil([&] { return again.hasPendingConnections(); }, 15000));
        QTcpSocket *second = again.nextPendingConnection();
        writeSerial("after");
        QVERIFY(waitUntil([&] { return second->bytesAvailable() >= 5; }));
        QCOMPARE(second->readAll(), QByteArray("after"));
        second->write("back");
        QVERIFY(waitUntil([&] { return m_fromSerial == "back"; }));
    }

    void registrationAndHeartbeat()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(configure({ { "port1.mode", "tcp-client" }, { "port1.local_port", 0 },
                            { "port1.remote_host", "127.0.0.1" }, { "port1.remote_port", server.serverPort() } },
                          { { "REGEN", "MAC" }, { "REGTCP", "ALL" }, { "HEARTEN", "ON" },
                            { "HEARTTM", "1" }, { "HEARTDT", "hb" } }));
        QVERIFY(waitUntil([&] { return server.hasPendingConnections(); }));
        QTcpSocket *connection = server.nextPendingConnection();
        const QByteArray mac = module()->identity().mac.bytes();
        QByteArray received;
        connect(connection, &QTcpSocket::readyRead, this, [&] { received += connection->readAll(); });
        QVERIFY(waitUntil([&] { return received.startsWith(mac); }));
        writeSerial("x");
        QVERIFY(waitUntil([&] { return received.contains(mac + "x"); }));
        QVERIFY(waitUntil([&] { return received.contains("hb"); }, 3000));
    }

    void shortConnectionAndClearedBuffer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(configure({ { "port1.mode", "tcp-client" }, { "port1.local_port", 0 },
                            { "port1.remote_host", "127.0.0.1" }, { "port1.remote_port", server.serverPort() } },
                          { { "SOCKSL", "ON" }, { "SHORTO", "2" }, { "UARTCLBUF", "ON" } }));
        // A short connection waits for data before it connects.
        QTest::qWait(300);
        QVERIFY(!server.hasPendingConnections());
        QCOMPARE(port()->stateText(), QStringLiteral("IDLE"));
        writeSerial("stale");
        QVERIFY(waitUntil([&] { return server.hasPendingConnections(); }));
        QTcpSocket *connection = server.nextPendingConnection();
        // What the serial side sent before the connection was cleared on connect.
        QTest::qWait(200);
        QCOMPARE(connection->bytesAvailable(), 0);
        writeSerial("fresh");
        QVERIFY(waitUntil([&] { return connection->bytesAvailable() >= 5; }));
        QCOMPARE(connection->readAll(), QByteArray("fresh"));
        // Closed after two idle seconds.
        QVERIFY(waitUntil([&] { return connection->state() == QAbstractSocket::UnconnectedState; }, 4000));
    }

    void heartbeatToSerial()
    {
        QVERIFY(configure({ { "port1.local_port", freePort() } },
                          { { "HEARTEN", "ON" }, { "HEARTTP", "COM" }, { "HEARTTM", "1" },
                            { "HEARTUSER", "0102FF,HEX" } }));
        QVERIFY(waitUntil([&] { return m_fromSerial.startsWith(QByteArray::fromHex("0102FF")); }, 3000));
    }

    void httpdClient()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        QByteArray request;
        connect(&http, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *connection = http.nextPendingConnection();
            connect(connection, &QTcpSocket::readyRead, this, [&, connection] {
                request += connection->readAll();
                if (request.contains("\r\n\r\n")) {
                    connection->write("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nreply!");
                    connection->disconnectFromHost();
                }
            });
        });
        QVERIFY(configure({ { "port1.mode", "httpd-client" }, { "port1.remote_host", "127.0.0.1" },
                            { "port1.remote_port", http.serverPort() } },
                          { { "HTPURL", "/in.php?d=" }, { "HTPHEAD", "Accept: text/html<<CRLF>>" } }));
        writeSerial("42");
        QVERIFY(waitUntil([&] { return m_fromSerial == "reply!"; }));
        QVERIFY2(request.startsWith("GET /in.php?d=42 HTTP/1.1\r\n"), request.constData());
        QVERIFY(request.contains("\r\nAccept: text/html\r\n"));
    }

    void webSocketRoundTrip()
    {
        const quint16 wsPort = freePort();
        QVERIFY(configure({ { "websocket.port", wsPort }, { "port1.local_port", freePort() } }));
        QWebSocket socket;
        QSignalSpy connectedSpy(&socket, &QWebSocket::connected);
        socket.open(QUrl(QStringLiteral("ws://%1:%2/").arg(address().toString()).arg(wsPort)));
        QVERIFY(connectedSpy.wait(3000));
        socket.sendBinaryMessage("from web");
        QVERIFY(waitUntil([&] { return m_fromSerial == "from web"; }));
        socket.sendTextMessage(QStringLiteral(" and text"));
        QVERIFY(waitUntil([&] { return m_fromSerial == "from web and text"; }));
        QByteArray received;
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) { received += m; });
        writeSerial("to web");
        QVERIFY(waitUntil([&] { return received == "to web"; }));
    }

    void pacedAt9600()
    {
        const quint16 local = freePort();
        QVERIFY(configure({ { "port1.local_port", local }, { "port1.baud", 9600 } }));
        QTcpSocket client;
        client.connectToHost(address(), local);
        QVERIFY(client.waitForConnected(3000));
        QElapsedTimer clock;
        clock.start();
        client.write(pattern(1920));
        QVERIFY(waitUntil([&] { return m_fromSerial.size() >= 1920; }, 10000));
        // 960 bytes a second: two seconds, give or take a tick.
        QVERIFY2(clock.elapsed() >= 1800, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_fromSerial, pattern(1920));
    }

    void similarRfc2217ChangesSerialSettings()
    {
        const quint16 local = freePort();
        QVERIFY(configure({ { "port1.local_port", local }, { "port1.rfc2217", true } }));
        QTcpSocket client;
        client.connectToHost(address(), local);
        QVERIFY(client.waitForConnected(3000));
        QSignalSpy changed(port(), &DataPort::serialSettingsChanged);
        // The packet cut in two, data around it.
        client.write("before" + QByteArray::fromHex("55AA5500"));
        client.flush();
        QTest::qWait(20);
        client.write(QByteArray::fromHex("258003A8") + "after");
        QVERIFY(waitUntil([&] { return m_fromSerial == "beforeafter"; }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(port()->serialBaud(), 9600u);
        QCOMPARE(port()->serialFormat(), QStringLiteral("8N1"));
        // Not persisted.
        QCOMPARE(*module()->storedConfig().value(u"port1.baud"), QJsonValue(115200));
        // A lone 0x55 at the end is data, released after a moment.
        client.write("x\x55");
        QVERIFY(waitUntil([&] { return m_fromSerial == "beforeafterx\x55"; }));
        // The forms other models send: the sum with bit 7 cleared (N520/N540), the parameter
        // byte with bit 7 set (K1).
        client.write(testVectorBytes("rfc2217_9600_8n1_7bit_checksum"));
        QVERIFY(waitUntil([&] { return changed.count() == 2; }));
        QCOMPARE(port()->serialBaud(), 9600u);
        client.write(testVectorBytes("rfc2217_115200_8n1_k1_form"));
        QVERIFY(waitUntil([&] { return changed.count() == 3; }));
        QCOMPARE(port()->serialBaud(), 115200u);
        QCOMPARE(port()->serialFormat(), QStringLiteral("8N1"));
        QCOMPARE(m_fromSerial, QByteArray("beforeafterx\x55"));
    }

    void statusPageAndState()
    {
        const quint16 web = freePort();
        const quint16 local = freePort();
        QVERIFY(configure({ { "web.port", web }, { "port1.local_port", local } }));
        const auto get = [&](const QByteArray &authorization) {
            QTcpSocket http;
            QByteArray reply;
            connect(&http, &QTcpSocket::readyRead, this, [&] { reply += http.readAll(); });
            http.connectToHost(address(), web);
            http.write("GET / HTTP/1.0\r\n" + authorization + "\r\n");
            waitUntil([&] { return http.state() == QAbstractSocket::UnconnectedState; }, 3000);
            return reply;
        };
        QVERIFY(get({}).startsWith("HTTP/1.0 401"));
        QVERIFY(get("Authorization: Basic " + QByteArray("admin:nope").toBase64() + "\r\n").startsWith("HTTP/1.0 401"));
        QTcpSocket client;
        client.connectToHost(address(), local);
        QVERIFY(client.waitForConnected(3000));
        QVERIFY(waitUntil([&] { return port()->stateText() == QStringLiteral("CONNECTED(1)"); }));
        const QByteArray page = get("Authorization: Basic " + QByteArray("admin:admin").toBase64() + "\r\n");
        QVERIFY2(page.startsWith("HTTP/1.0 200"), page.constData());
        QVERIFY(page.contains("USR-K7-001"));
        QVERIFY(page.contains("02:55:53:52:00:01"));
        QVERIFY(page.contains("CONNECTED(1)"));
        QCOMPARE(module()->linkState(), QStringLiteral("CONNECTED(1)"));
    }
};

QTEST_GUILESS_MAIN(tst_DataPort)
#include "tst_dataport.moc"
