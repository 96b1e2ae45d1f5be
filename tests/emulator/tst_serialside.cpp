#include "loopbackemulator.h"
#include "testplatform.h"

#include <QDeadlineTimer>
#include <QSerialPort>
#include <QSignalSpy>

using namespace s2e;
using namespace s2e::emu;

namespace {

// The host end of a virtual module's serial port, reading everything the module sends.
struct Host
{
    QSerialPort port;
    QByteArray received;

    explicit Host(const QString &path) : port(path)
    {
        port.setBaudRate(115200);
        port.open(QIODevice::ReadWrite);
        QObject::connect(&port, &QSerialPort::readyRead, &port, [this] { received += port.readAll(); });
    }
    void send(const QByteArray &bytes)
    {
        port.write(bytes);
        port.flush();
    }
    bool waitFor(const QByteArray &bytes, int ms = 3000)
    {
        QDeadlineTimer deadline(ms);
        while (!received.contains(bytes) && !deadline.hasExpired())
            QTest::qWait(5);
        return received.contains(bytes);
    }
    // Enters command mode with the manual's timing.
    bool enter()
    {
        QTest::qWait(50);
        send("+++");
        if (!waitFor("a"))
            return false;
        send("a");
        return waitFor("+ok");
    }
};

} // namespace

class tst_SerialSide : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;

    SerialSide *side() { return m_emu.emulator->serialSide(0); }

private slots:
    void init()
    {
        S2E_REQUIRE_PTY();
        QVERIFY(m_emu.start(LoopbackEmulator::options(1)));
        QVERIFY(side());
        QCOMPARE(side()->mode(), SerialSide::Mode::Transparent);
    }

    void cleanup() { m_emu.emulator.reset(); }

    void handshake()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QVERIFY(host.port.isOpen());
        QVERIFY(host.enter());
        QCOMPARE(host.received, QByteArray("a+ok"));
        QCOMPARE(side()->mode(), SerialSide::Mode::Command);
        QCOMPARE(side()->transparentBytes(), 0);
    }

    void dataJustBeforePlusesIsData()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QTest::qWait(50);
        host.send("x+++");
        QTest::qWait(400);
        QVERIFY(host.received.isEmpty());
        QCOMPARE(side()->mode(), SerialSide::Mode::Transparent);
        QCOMPARE(side()->transparentBytes(), 4);
    }

    void plusesFollowedByDataAreData()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QTest::qWait(50);
        host.send("+++x");
        QTest::qWait(300);
        QVERIFY(host.received.isEmpty());
        QCOMPARE(side()->transparentBytes(), 4);
    }

    void plusesSplitWithin300ms()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QTest::qWait(50);
        host.send("+");
        QTest::qWait(100);
        host.send("+");
        QTest::qWait(100);
        host.send("+");
        QVERIFY(host.waitFor("a"));
    }

    void plusesTooFarApartAreData()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QTest::qWait(50);
        host.send("+");
        QTest::qWait(450);
        host.send("++");
        // Held as a possible "+++" for 300 ms, then released as data.
        QTRY_COMPARE(side()->transparentBytes(), 3);
        QVERIFY(host.received.isEmpty());
    }

    void lateAIsData()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QTest::qWait(50);
        host.send("+++");
        QVERIFY(host.waitFor("a"));
        QTest::qWait(3200);
        host.send("a");
        QTest::qWait(300);
        QVERIFY(!host.received.contains("+ok"));
        QCOMPARE(side()->mode(), SerialSide::Mode::Transparent);
        QCOMPARE(side()->transparentBytes(), 4);
    }

    void echoAndAnswers()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QVERIFY(host.enter());
        host.received.clear();
        host.send("AT+VER\r");
        QVERIFY(host.waitFor("\r\n+OK=V4017\r\n"));
        QCOMPARE(host.received, QByteArray("AT+VER\r\r\n+OK=V4017\r\n"));
        host.received.clear();
        host.send("AT+E=OFF\r");
        QVERIFY(host.waitFor("+OK\r\n"));
        host.received.clear();
        host.send("AT+NOPE\r");
        QVERIFY(host.waitFor("\r\n"));
        QVERIFY(host.waitFor("+ERR=-2\r\n"));
        QCOMPARE(host.received, QByteArray("\r\n+ERR=-2\r\n"));
    }

    void settingsAreSharedWithTheSettingProtocol()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QVERIFY(host.enter());
        host.send("AT+MID=Shared\r");
        QVERIFY(host.waitFor("+OK\r\n"));
        QCOMPARE(*m_emu.module(0)->workingConfig().value(u"name"), QJsonValue("Shared"));
        QCOMPARE(*m_emu.module(0)->storedConfig().value(u"name"), QJsonValue("Shared"));
        // And the other way round.
        QVERIFY(m_emu.module(0)->applyChanges({ { QStringLiteral("port1.baud"), 4800 } }).ok());
        host.received.clear();
        host.send("AT+UART\r");
        QVERIFY(host.waitFor("+OK=4800,8,1,NONE,NFC\r\n"));
        host.received.clear();
        host.send("AT+SEARCH=48899,other\r");
        QVERIFY(host.waitFor("+OK\r\n"));
        QCOMPARE(m_emu.module(0)->atSetting(QStringLiteral("SEARCH")), QStringLiteral("48899,other"));
    }

    void restartRestoreAndLeave()
    {
        S2E_REQUIRE_PTY();
        Host host(side()->pty().slavePath());
        QVERIFY(host.enter());
        host.send("AT+MID=Gone\r");
        QVERIFY(host.waitFor("+OK\r\n"));
        host.received.clear();
        host.send("AT+RELD\r");
        QVERIFY(host.waitFor("+OK\r\n"));
        QCOMPARE(*m_emu.module(0)->storedConfig().value(u"name"), QJsonValue("USR-K7-001"));
        host.send("AT+ENTM\r");
        QTRY_COMPARE(side()->mode(), SerialSide::Mode::Transparent);

        QVERIFY(host.enter());
        QSignalSpy restarted(m_emu.module(0), &VirtualModule::restarted);
        host.send("AT+Z\r");
        QTRY_COMPARE(side()->mode(), SerialSide::Mode::Transparent);
        QVERIFY(m_emu.module(0)->isRebooting());
        QVERIFY(restarted.wait(3000));
    }
};

QTEST_GUILESS_MAIN(tst_SerialSide)
#include "tst_serialside.moc"
