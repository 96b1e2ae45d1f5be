#include "loopbackemulator.h"
#include "testplatform.h"
#include "testvectors.h"
#include "serialside.h"
#include "vcom/virtualcombridge.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace s2e;
using emu::DataPort;
using emu::VirtualModule;

namespace {

quint16 freeTcpPort()
{
    return quint16(20000 + QRandomGenerator::global()->bounded(20000));
}

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray data(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + seed + i / 251) & 0xFF);
    return data;
}

} // namespace

// pty ↔ bridge ↔ TCP/UDP ↔ virtual module ↔ the module's own pty.
class tst_VirtualComBridge : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QSerialPort> m_device; // the device on the module's serial side
    QByteArray m_atDevice;
    std::unique_ptr<QSerialPort> m_program; // the program on the virtual COM port
    QByteArray m_atProgram;

    VirtualModule *module() const { return m_emu.module(0); }
    DataPort *dataPort() const { return m_emu.emulator->dataPort(0); }
    QString link() const { return m_dir.filePath(QStringLiteral("ttyK7")); }

    bool configure(const FieldChanges &changes)
    {
        if (!module()->applyChanges(changes))
            return false;
        QSignalSpy restarted(module(), &VirtualModule::restarted);
        module()->restart();
        return restarted.wait(5000);
    }

    VirtualComBridge::Options bridgeOptions(bool rfc2217) const
    {
        VirtualComBridge::Options options;
        options.host = module()->identity().address.toString();
        options.port = m_port;
        options.linkPath = link();
        options.rfc2217 = rfc2217;
        options.retryMinMs = 50;
        return options;
    }

    void openDevice()
    {
        m_device = std::make_unique<QSerialPort>(m_emu.emulator->serialSide(0)->pty().slavePath());
        QVERIFY(m_device->open(QIODevice::ReadWrite));
        connect(m_device.get(), &QSerialPort::readyRead, this, [this] { m_atDevice += m_device->readAll(); });
    }

    void openProgram(qint32 baud = 115200)
    {
        m_program = std::make_unique<QSerialPort>(link());
        m_program->setBaudRate(baud);
        QVERIFY2(m_program->open(QIODevice::ReadWrite), qPrintable(m_program->errorString()));
        connect(m_program.get(), &QSerialPort::readyRead, this, [this] { m_atProgram += m_program->readAll(); });
    }

    static bool connected(VirtualComBridge &bridge)
    {
        QDeadlineTimer deadline(5000);
        while (bridge.state() != VirtualComBridge::State::Connected && !deadline.hasExpired())
            QTest::qWait(10);
        return bridge.state() == VirtualComBridge::State::Connected;
    }

private slots:
    void init()
    {
        S2E_REQUIRE_PTY();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_emu.start(LoopbackEmulator::options(1)));
        m_port = freeTcpPort();
        m_atDevice.clear();
        m_atProgram.clear();
    }

    void cleanup()
    {
        m_program.reset();
        m_device.reset();
        m_emu.emulator.reset();
    }

    void bytesPassUnchangedBothWays()
    {
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.baud", 1000000 } }));
        openDevice();
        VirtualComBridge bridge(bridgeOptions(false));
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        QCOMPARE(QFileInfo(link()).symLinkTarget(), QFileInfo(bridge.terminalPath()).symLinkTarget());
        openProgram();

        const QByteArray up = pattern(200 * 1024, 1);
        const QByteArray down = pattern(200 * 1024, 2);
        m_device->write(down);
        // The module drops what exceeds its 18 KB serial buffer, as a K7 does: the program
        // sends in pieces the serial line can drain.
        constexpr qsizetype Piece = 8 * 1024;
        for (qsizetype at = 0; at < up.size(); at += Piece) {
            m_program->write(up.mid(at, Piece));
            QTRY_COMPARE_WITH_TIMEOUT(m_atDevice.size(), qMin(at + Piece, up.size()), 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_atProgram.size(), down.size(), 20000);
        QCOMPARE(m_atDevice, up);
        QCOMPARE(m_atProgram, down);
        QCOMPARE(bridge.counters().toModule, up.size());
        QCOMPARE(bridge.counters().fromModule, down.size());
        bridge.stop();
        QVERIFY(!QFileInfo::exists(link()));
    }

    void programBaudChangeReachesTheModule()
    {
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.rfc2217", true } }));
        openDevice();
        VirtualComBridge bridge(bridgeOptions(true));
        QSignalSpy sent(&bridge, &VirtualComBridge::settingsSent);
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        openProgram(115200);
        QTRY_COMPARE(dataPort()->serialBaud(), 115200u);

        sent.clear();
        // Linux pseudo-terminals keep speed and stop bits but not data bits and parity (the
        // kernel resets them to 8N): the format comes from the bridge's --format then.
        QVERIFY(m_program->setBaudRate(9600));
        QVERIFY(m_program->setStopBits(QSerialPort::TwoStop));
        m_program->write("hello");
        QTRY_COMPARE(dataPort()->serialFormat(), QStringLiteral("8N2"));
        QCOMPARE(dataPort()->serialBaud(), 9600u);
        // manual 4.3.4: 55 AA 55, 9600 big-endian, 8 data bits + 2 stop bits, sum.
        QVERIFY(!sent.isEmpty());
        QCOMPARE(sent.last().at(1).toByteArray(), QByteArray::fromHex("55AA5500258007AC"));
        QCOMPARE(sent.last().at(0).value<SerialSettings>().toString(), QStringLiteral("9600 8N2"));
        // The packet is taken out of the stream: the device sees the data only.
        QTRY_COMPARE(m_atDevice, QByteArray("hello"));
    }

    void fixedFormatWithFollowedSpeed()
    {
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.rfc2217", true } }));
        openDevice();
        auto options = bridgeOptions(true);
        options.format = *SerialSettings::parseFormat(u"7E1");
        VirtualComBridge bridge(options);
        QSignalSpy sent(&bridge, &VirtualComBridge::settingsSent);
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        openProgram(9600);
        // manual 4.3.4: 55 AA 55, 9600 big-endian, 7 data bits + parity on + even, sum.
        // First at connect (the terminal's initial speed with the fixed format), then at 9600.
        const QByteArray expected = QByteArray::fromHex("55AA550025801ABF");
        QTRY_VERIFY(!sent.isEmpty() && sent.last().at(1).toByteArray() == expected);
        QTRY_COMPARE(dataPort()->serialFormat(), QStringLiteral("7E1"));
        QCOMPARE(dataPort()->serialBaud(), 9600u);
    }

    void sevenBitSumForModulesThatWantIt()
    {
        // N520/N540 print the sum with bit 7 cleared; the virtual module takes either form.
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.rfc2217", true } }));
        openDevice();
        auto options = bridgeOptions(true);
        options.checksumForm = Rfc2217Packet::ChecksumForm::SevenBit;
        VirtualComBridge bridge(options);
        QSignalSpy sent(&bridge, &VirtualComBridge::settingsSent);
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        openProgram(9600);
        const QByteArray expected = testVectorBytes("rfc2217_9600_8n1_7bit_checksum");
        QTRY_VERIFY(!sent.isEmpty() && sent.last().at(1).toByteArray() == expected);
        QTRY_COMPARE(dataPort()->serialBaud(), 9600u);
    }

    void noSettingsPacketWhenDisabled()
    {
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.rfc2217", true } }));
        openDevice();
        VirtualComBridge bridge(bridgeOptions(false));
        QSignalSpy sent(&bridge, &VirtualComBridge::settingsSent);
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        openProgram(115200);
        QVERIFY(m_program->setBaudRate(9600));
        QTest::qWait(300);
        m_program->write("data");
        QTRY_COMPARE(m_atDevice, QByteArray("data"));
        QCOMPARE(sent.count(), 0);
        QCOMPARE(bridge.counters().settingsSent, 0);
        QCOMPARE(dataPort()->serialBaud(), 115200u);
    }

    void reconnectsWithoutClosingTheTerminal()
    {
        QVERIFY(configure({ { "port1.local_port", m_port } }));
        openDevice();
        VirtualComBridge bridge(bridgeOptions(false));
        QSignalSpy states(&bridge, &VirtualComBridge::stateChanged);
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        openProgram();
        m_program->write("one");
        QTRY_COMPARE(m_atDevice, QByteArray("one"));

        module()->restart();
        QTRY_VERIFY(bridge.state() != VirtualComBridge::State::Connected);
        // Written while the module is away: kept in the terminal, not lost.
        m_program->write("two");
        QVERIFY(connected(bridge));
        m_program->write("three");
        QTRY_COMPARE(m_atDevice, QByteArray("onetwothree"));
        QVERIFY(m_program->isOpen());
        QCOMPARE(bridge.counters().connects, 2);
        m_device->write("back");
        QTRY_COMPARE(m_atProgram, QByteArray("back"));
        bool sawWaiting = false;
        for (const auto &args : states)
            sawWaiting |= args.first().value<VirtualComBridge::State>() == VirtualComBridge::State::Waiting;
        QVERIFY(sawWaiting);
    }

    void settingsChangedWhileAwayAreSentOnReconnect()
    {
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.rfc2217", true } }));
        openDevice();
        VirtualComBridge bridge(bridgeOptions(true));
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        openProgram(115200);
        QVERIFY(m_program->setBaudRate(19200));
        QTRY_COMPARE(dataPort()->serialBaud(), 19200u);
        // The module restarts with its stored 115200; the bridge tells it again.
        module()->restart();
        QTRY_VERIFY(bridge.state() != VirtualComBridge::State::Connected);
        QVERIFY(connected(bridge));
        QTRY_COMPARE(dataPort()->serialBaud(), 19200u);
    }

    void udpTransport()
    {
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.mode", "udp-server" } }));
        openDevice();
        auto options = bridgeOptions(false);
        options.transport = VirtualComBridge::Transport::Udp;
        VirtualComBridge bridge(options);
        QVERIFY(bridge.start());
        QVERIFY(connected(bridge));
        openProgram();
        m_program->write("ping");
        QTRY_COMPARE(m_atDevice, QByteArray("ping"));
        m_device->write("pong");
        QTRY_COMPARE(m_atProgram, QByteArray("pong"));
    }

    void unreachableModuleKeepsRetrying()
    {
        auto options = bridgeOptions(false);
        options.port = freeTcpPort(); // nobody listens
        options.retryMaxMs = 100;
        VirtualComBridge bridge(options);
        QSignalSpy states(&bridge, &VirtualComBridge::stateChanged);
        QVERIFY(bridge.start());
        QTRY_VERIFY(states.count() >= 5);
        QVERIFY(bridge.state() != VirtualComBridge::State::Connected);
        int waits = 0;
        for (const auto &args : states) {
            if (args.at(0).value<VirtualComBridge::State>() != VirtualComBridge::State::Waiting)
                continue;
            ++waits;
            QVERIFY2(args.at(1).toString().contains(QStringLiteral("; retrying in ")), qPrintable(args.at(1).toString()));
        }
        QVERIFY(waits >= 2);
        QVERIFY(QFileInfo::exists(link()));
    }

    void badOptionsAreRefused()
    {
        VirtualComBridge::Options options;
        options.linkPath = link();
        VirtualComBridge bridge(options);
        const auto started = bridge.start();
        QVERIFY(!started);
        QVERIFY(started.error().contains(QStringLiteral("no module address")));
        auto unlinkable = bridgeOptions(false);
        unlinkable.linkPath = QStringLiteral("/nonexistent-dir/ttyK7");
        VirtualComBridge other(unlinkable);
        const auto refused = other.start();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("/nonexistent-dir/ttyK7")), qPrintable(refused.error()));
    }
};

QTEST_MAIN(tst_VirtualComBridge)
#include "tst_virtualcombridge.moc"
