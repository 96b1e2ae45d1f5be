#include "console/endpointspec.h"
#include "console/tcpserverendpoint.h"
#include "console/udpendpoint.h"
#include "serial/pseudoterminal.h"
#include "testplatform.h"

#include <QCryptographicHash>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace s2e;

namespace {

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray data(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 13 + seed + i / 4093) & 0xFF);
    return data;
}

// Collects what an endpoint receives, as a hash and a count, so that 50 MB need not be kept.
struct Received
{
    QCryptographicHash hash { QCryptographicHash::Sha256 };
    qint64 bytes = 0;
    QStringList peers;

    void attach(Endpoint *endpoint)
    {
        QObject::connect(endpoint, &Endpoint::dataReceived, endpoint, [this](const QByteArray &data, const QString &peer) {
            hash.addData(data);
            bytes += data.size();
            if (!peers.contains(peer))
                peers << peer;
        });
    }
};

QByteArray sha(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// What an endpoint says: errors it goes on after, and why it closed.
struct Messages
{
    QStringList errors;
    QStringList closings;

    explicit Messages(Endpoint *endpoint)
    {
        QObject::connect(endpoint, &Endpoint::errorOccurred, endpoint, [this](const QString &message) { errors << message; });
        QObject::connect(endpoint, &Endpoint::stateChanged, endpoint, [this](Endpoint::State state, const QString &detail) {
            if (state == Endpoint::State::Closed && !detail.isEmpty())
                closings << detail;
        });
    }
};

bool waitOpen(Endpoint &endpoint)
{
    QDeadlineTimer deadline(5000);
    while (endpoint.state() != Endpoint::State::Open && !deadline.hasExpired())
        QTest::qWait(5);
    return endpoint.state() == Endpoint::State::Open;
}

} // namespace

class tst_Endpoints : public QObject
{
    Q_OBJECT

private slots:
    void tcpClientFloodIsByteExact()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto spec = EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        QVERIFY(spec);
        auto endpoint = spec->create();
        Received received;
        received.attach(endpoint.get());
        endpoint->open();
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(waitOpen(*endpoint));

        // 50 MB each way at once.
        const QByteArray down = pattern(50 * 1024 * 1024, 1);
        const QByteArray up = pattern(50 * 1024 * 1024, 2);
        QCryptographicHash atPeer(QCryptographicHash::Sha256);
        qint64 atPeerBytes = 0;
        connect(peer, &QTcpSocket::readyRead, this, [&] {
            const QByteArray data = peer->readAll();
            atPeer.addData(data);
            atPeerBytes += data.size();
        });
        peer->write(down);
        QVERIFY(endpoint->send(up));
        QTRY_COMPARE_WITH_TIMEOUT(received.bytes, down.size(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(atPeerBytes, up.size(), 60000);
        QCOMPARE(received.hash.result(), sha(down));
        QCOMPARE(atPeer.result(), sha(up));
        QCOMPARE(endpoint->counters().receivedBytes, down.size());
        QCOMPARE(endpoint->counters().sentBytes, up.size());
        QCOMPARE(endpoint->counters().sentFrames, 1);

        QSignalSpy closed(endpoint.get(), &Endpoint::stateChanged);
        peer->disconnectFromHost();
        QTRY_COMPARE(endpoint->state(), Endpoint::State::Closed);
        QVERIFY(!endpoint->send("late"));
    }

    // A flood is read a chunk per wake-up (a low-water mark); its tail below the mark, and
    // the few bytes of a quiet line after it, must still come without more bytes behind them.
    void tcpClientFloodTailAndQuietBytesCome()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto endpoint = EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()))->create();
        QByteArray received;
        connect(endpoint.get(), &Endpoint::dataReceived, this, [&](const QByteArray &data) { received += data; });
        endpoint->open();
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(waitOpen(*endpoint));

        QByteArray expected;
        for (int round = 0; round < 3; ++round) {
            const QByteArray flood = pattern(4 * 1024 * 1024 + 100 + round, round);
            peer->write(flood);
            expected += flood;
            QTRY_COMPARE_WITH_TIMEOUT(received.size(), expected.size(), 20000);
            QTest::qWait(50);
            for (const char *quiet : { "a", "bc", "def" }) {
                peer->write(quiet);
                expected += quiet;
                QTRY_COMPARE(received.size(), expected.size());
            }
        }
        QCOMPARE(received, expected);
        QCOMPARE(endpoint->state(), Endpoint::State::Open);
    }

    void tcpClientRefusedIsExplained()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto endpoint = EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(port))->create();
        Messages messages(endpoint.get());
        endpoint->open();
        QTRY_COMPARE(endpoint->state(), Endpoint::State::Closed);
        QVERIFY(endpoint->failed());
        QTest::qWait(100);
        QCOMPARE(messages.errors, QStringList());
        QCOMPARE(messages.closings.size(), 1);
        QVERIFY(messages.closings.first().contains(QStringLiteral("TCP client to 127.0.0.1")));
    }

    void tcpServerClients()
    {
        TcpServerEndpoint server(QHostAddress::LocalHost, 0);
        QSignalSpy peersChanged(&server, &Endpoint::peersChanged);
        Received received;
        received.attach(&server);
        server.open();
        QCOMPARE(server.state(), Endpoint::State::Open);
        QVERIFY(!server.send("nobody")); // no client yet
        QTcpSocket a, b;
        a.connectToHost(QHostAddress::LocalHost, server.listeningPort());
        b.connectToHost(QHostAddress::LocalHost, server.listeningPort());
        QTRY_COMPARE(server.peers().size(), 2);
        QByteArray atA, atB;
        connect(&a, &QTcpSocket::readyRead, this, [&] { atA += a.readAll(); });
        connect(&b, &QTcpSocket::readyRead, this, [&] { atB += b.readAll(); });
        QVERIFY(server.send("all"));
        QTRY_COMPARE(atA, QByteArray("all"));
        QTRY_COMPARE(atB, QByteArray("all"));
        const QString nameOfB = QStringLiteral("127.0.0.1:%1").arg(b.localPort());
        QVERIFY(server.peers().contains(nameOfB));
        QVERIFY(server.sendTo(nameOfB, "only b"));
        QTRY_COMPARE(atB, QByteArray("allonly b"));
        QVERIFY(!server.sendTo(QStringLiteral("127.0.0.1:1"), "x"));
        a.write("from a");
        QTRY_COMPARE(received.bytes, 6);
        QCOMPARE(received.peers, QStringList { QStringLiteral("127.0.0.1:%1").arg(a.localPort()) });
        server.closePeer(nameOfB);
        QTRY_COMPARE(server.peers().size(), 1);
        QTRY_COMPARE(b.state(), QAbstractSocket::UnconnectedState);
        server.close();
        QTRY_COMPARE(a.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(peersChanged.count() >= 3);
    }

    void udpShowsSendersAndRefusesBroadcast()
    {
        QUdpSocket peer;
        QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
        auto spec = EndpointSpec::udpSocket(QStringLiteral("127.0.0.1:0,127.0.0.1:%1").arg(peer.localPort()), false);
        QVERIFY2(spec, qPrintable(spec.error()));
        auto endpoint = spec->create();
        auto *udp = qobject_cast<UdpEndpoint *>(endpoint.get());
        Received received;
        received.attach(endpoint.get());
        endpoint->open();
        QCOMPARE(endpoint->state(), Endpoint::State::Open);
        QVERIFY(endpoint->send("to peer"));
        QTRY_VERIFY(peer.hasPendingDatagrams());
        QCOMPARE(peer.receiveDatagram().data(), QByteArray("to peer"));

        QUdpSocket other;
        QVERIFY(other.bind(QHostAddress::LocalHost, 0));
        // In tens, within what a socket buffer holds: UDP itself may drop beyond that.
        for (int i = 0; i < 100; ++i) {
            other.writeDatagram(pattern(1000, i), QHostAddress::LocalHost, udp->localPort());
            if (i % 10 == 9)
                QTRY_COMPARE(received.bytes, (i + 1) * 1000);
        }
        QCOMPARE(endpoint->counters().receivedFrames, 100);
        QCOMPARE(received.peers, QStringList { QStringLiteral("127.0.0.1:%1").arg(other.localPort()) });
        QVERIFY(endpoint->peers().contains(received.peers.first()));

        // A broadcast target only by explicit choice: refused before anything is sent.
        QSignalSpy errors(endpoint.get(), &Endpoint::errorOccurred);
        // Tried with loopback's broadcast only: nothing may ever go to 255.255.255.255 from a
        // test, so that one is only classified.
        QVERIFY(!endpoint->sendTo(QStringLiteral("127.255.255.255:9"), "x"));
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("broadcast")));
        QCOMPARE(endpoint->counters().sentFrames, 1);
        QVERIFY(UdpEndpoint::isBroadcast(QHostAddress(QHostAddress::Broadcast)));
        QVERIFY(UdpEndpoint::isBroadcast(QHostAddress(QStringLiteral("127.255.255.255"))));
        QVERIFY(!UdpEndpoint::isBroadcast(QHostAddress(QStringLiteral("127.0.0.1"))));
    }

    void udpSpecsAreChecked()
    {
        QVERIFY(EndpointSpec::udpSocket(QStringLiteral("5000"), false));
        QVERIFY(!EndpointSpec::udpSocket(QStringLiteral("70000"), false));
        QVERIFY(!EndpointSpec::udpSocket(QStringLiteral("1,2,3"), false));
        QVERIFY(!EndpointSpec::udpSocket(QStringLiteral("5000,host.example:0"), false));
        QVERIFY(!EndpointSpec::tcpClient(QStringLiteral("127.0.0.1")));
        QVERIFY(!EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:0")));
        QVERIFY(!EndpointSpec::webSocket(QStringLiteral("http://x/"), false));
        QVERIFY(EndpointSpec::webSocket(QStringLiteral("ws://127.0.0.1:6432/"), false));
    }

    void oneTextNamesAnyEndpoint()
    {
        const auto tcp = EndpointSpec::parse(QStringLiteral("tcp://127.0.0.1:8234"));
        QVERIFY(tcp);
        QCOMPARE(tcp->kind, EndpointSpec::Kind::TcpClient);
        QCOMPARE(tcp->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(tcp->port, 8234);
        const auto server = EndpointSpec::parse(QStringLiteral("listen:5000"));
        QVERIFY(server);
        QCOMPARE(server->kind, EndpointSpec::Kind::TcpServer);
        QCOMPARE(server->port, 5000);
        const auto udp = EndpointSpec::parse(QStringLiteral("udp:0,127.0.0.1:9"));
        QVERIFY(udp);
        QCOMPARE(udp->kind, EndpointSpec::Kind::Udp);
        const auto serial = EndpointSpec::parse(QStringLiteral("serial:/dev/ttyUSB0@9600"));
        QVERIFY(serial);
        QCOMPARE(serial->kind, EndpointSpec::Kind::Serial);
        QCOMPARE(serial->serial.port, QStringLiteral("/dev/ttyUSB0"));
        QCOMPARE(serial->serial.baud, 9600);
        QCOMPARE(EndpointSpec::parse(QStringLiteral("serial:/dev/ttyS1"))->serial.baud, 115200);
        const auto ws = EndpointSpec::parse(QStringLiteral("ws://127.0.0.1:8080/ws"));
        QVERIFY(ws);
        QCOMPARE(ws->kind, EndpointSpec::Kind::WebSocket);
        QCOMPARE(ws->url, QUrl(QStringLiteral("ws://127.0.0.1:8080/ws")));
        for (const char *bad : { "", "bogus", "tcp://nohost", "tcp://127.0.0.1:0", "serial:", "serial:/dev/x@0",
                                 "serial:/dev/x@fast", "listen:70000", "http://x/" }) {
            const auto parsed = EndpointSpec::parse(QString::fromLatin1(bad));
            QVERIFY2(!parsed, bad);
            QVERIFY(!parsed.error().isEmpty());
        }
    }

    void serialOnARealPty()
    {
        S2E_REQUIRE_PTY();
        auto pty = PseudoTerminal::open();
        QVERIFY(pty);
        SerialEndpoint::Options options;
        options.port = (*pty)->slavePath();
        options.baud = 250000; // custom rates are accepted
        auto endpoint = EndpointSpec::serialPort(options).create();
        Received received;
        received.attach(endpoint.get());
        endpoint->open();
        QCOMPARE(endpoint->state(), Endpoint::State::Open);
        QCOMPARE((*pty)->settings()->baud, 250000u);

        QByteArray atDevice;
        connect(pty->get(), &PseudoTerminal::dataReceived, this, [&](const QByteArray &data) { atDevice += data; });
        const QByteArray up = pattern(4 * 1024 * 1024, 3);
        QVERIFY(endpoint->send(up));
        QTRY_COMPARE_WITH_TIMEOUT(atDevice.size(), up.size(), 60000);
        QCOMPARE(atDevice, up);

        const QByteArray down = pattern(4 * 1024 * 1024, 4);
        for (qsizetype at = 0; at < down.size();) {
            at += (*pty)->writeSome(QByteArrayView(down).sliced(at));
            QTest::qWait(1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(received.bytes, down.size(), 60000);
        QCOMPARE(received.hash.result(), sha(down));
        static_cast<SerialEndpoint *>(endpoint.get())->setRts(true);
        static_cast<SerialEndpoint *>(endpoint.get())->setDtr(false);
        endpoint->close();
        QVERIFY(!endpoint->send("closed"));
    }

    void serialMissingPortIsExplained()
    {
        SerialEndpoint::Options options;
        options.port = QStringLiteral("/nonexistent/ttyX");
        auto endpoint = EndpointSpec::serialPort(options).create();
        Messages messages(endpoint.get());
        endpoint->open();
        QCOMPARE(endpoint->state(), Endpoint::State::Closed);
        QVERIFY(endpoint->failed());
        QTest::qWait(50);
        QCOMPARE(messages.errors, QStringList());
        QCOMPARE(messages.closings.size(), 1);
        QVERIFY2(messages.closings.first().contains(QStringLiteral("/nonexistent/ttyX")), qPrintable(messages.closings.first()));
    }

    // The other side of the line hangs up (here the pseudo-terminal goes, as a USB adapter
    // pulled): closed, said once, and nothing more after (Qt's read notifier would fire
    // on the error again and again if the port stayed open).
    void serialHangUpClosesOnce()
    {
        S2E_REQUIRE_PTY();
        auto opened = PseudoTerminal::open();
        QVERIFY(opened);
        std::unique_ptr<PseudoTerminal> pty = std::move(opened).value();
        SerialEndpoint::Options options;
        options.port = pty->slavePath();
        auto endpoint = EndpointSpec::serialPort(options).create();
        endpoint->open();
        QCOMPARE(endpoint->state(), Endpoint::State::Open);
        Messages messages(endpoint.get());
        pty.reset();
        QTRY_COMPARE(endpoint->state(), Endpoint::State::Closed);
        QVERIFY(endpoint->failed());
        QTest::qWait(300);
        QCOMPARE(messages.errors, QStringList());
        QCOMPARE(messages.closings.size(), 1);
        QVERIFY2(messages.closings.first().contains(QStringLiteral("hung up")), qPrintable(messages.closings.first()));
        QVERIFY(!static_cast<SerialEndpoint *>(endpoint.get())->port()->isOpen());
    }

    void tcpResetClosesOnce()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto endpoint = EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()))->create();
        endpoint->open();
        QVERIFY(waitOpen(*endpoint));
        QTRY_VERIFY(server.hasPendingConnections());
        std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
        Messages messages(endpoint.get());
        resetConnection(*peer);
        QTRY_COMPARE(endpoint->state(), Endpoint::State::Closed);
        QTest::qWait(300);
        QCOMPARE(messages.errors, QStringList());
        QCOMPARE(messages.closings.size(), 1);
        QVERIFY(!endpoint->send("late"));
    }

    void webSocketDropClosesOnce()
    {
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QWebSocket *peer = nullptr;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            peer->setParent(&server);
        });
        auto endpoint = EndpointSpec::webSocket(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()), false)->create();
        endpoint->open();
        QVERIFY(waitOpen(*endpoint));
        QTRY_VERIFY(peer);
        Messages messages(endpoint.get());
        peer->abort(); // no close frame: the connection just goes
        QTRY_COMPARE(endpoint->state(), Endpoint::State::Closed);
        QTest::qWait(300);
        QCOMPARE(messages.errors, QStringList());
        QCOMPARE(messages.closings.size(), 1);
    }

    void webSocketRefusedIsSaidOnce()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto endpoint = EndpointSpec::webSocket(QStringLiteral("ws://127.0.0.1:%1/").arg(port), false)->create();
        Messages messages(endpoint.get());
        endpoint->open();
        QTRY_COMPARE(endpoint->state(), Endpoint::State::Closed);
        QVERIFY(endpoint->failed());
        QTest::qWait(100);
        QCOMPARE(messages.errors, QStringList());
        QCOMPARE(messages.closings.size(), 1);
    }

    void webSocketBinaryAndText()
    {
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QWebSocket *peer = nullptr;
        QByteArray binaryAtPeer;
        QString textAtPeer;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            peer->setParent(&server); // the test's peers go with the server
            connect(peer, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) { binaryAtPeer += m; });
            connect(peer, &QWebSocket::textMessageReceived, this, [&](const QString &m) { textAtPeer += m; });
        });
        const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort());
        auto binary = EndpointSpec::webSocket(url, false)->create();
        Received received;
        received.attach(binary.get());
        binary->open();
        QVERIFY(waitOpen(*binary));
        QTRY_VERIFY(peer);
        const QByteArray payload = pattern(300000, 5);
        QVERIFY(binary->send(payload));
        QTRY_COMPARE(binaryAtPeer.size(), payload.size());
        QCOMPARE(binaryAtPeer, payload);
        peer->sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
        peer->sendTextMessage(QStringLiteral("text"));
        QTRY_COMPARE(received.bytes, 7);
        QCOMPARE(binary->counters().receivedFrames, 2);
        binary->close();

        peer = nullptr;
        auto text = EndpointSpec::webSocket(url, true)->create();
        text->open();
        QVERIFY(waitOpen(*text));
        QVERIFY(text->send("hello"));
        QTRY_COMPARE(textAtPeer, QStringLiteral("hello"));
    }
};

QTEST_MAIN(tst_Endpoints)
#include "tst_endpoints.moc"
