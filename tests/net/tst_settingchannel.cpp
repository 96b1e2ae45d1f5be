#include "loopbackemulator.h"
#include "testplatform.h"
#include "net/settingchannel.h"
#include "net/settingportlistener.h"
#include "testvectors.h"
#include "waitfor.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>

using namespace s2e;

namespace {

// A module that answers each request with the datagrams it is given, unicast to the asker,
// each `gapMs` after the one before.
class ScriptedPeer : public QObject
{
public:
    ScriptedPeer() : m_port(freeUdpPort())
    {
        m_socket.bind(QHostAddress::AnyIPv4, m_port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                const QNetworkDatagram request = m_socket.receiveDatagram();
                if (!RequestFrame::parse(request.data(), nullptr))
                    continue;
                ++requests;
                int delay = 0;
                for (const QByteArray &answer : std::as_const(answers)) {
                    QTimer::singleShot(delay, this, [this, answer, request] {
                        m_socket.writeDatagram(answer, request.senderAddress(), quint16(request.senderPort()));
                    });
                    delay += gapMs;
                }
            }
        });
    }

    SettingChannel::Options channelOptions() const
    {
        SettingChannel::Options options;
        options.targets = customSettingTargets({ QHostAddress(QStringLiteral("127.255.255.255")) });
        options.ports = { SettingPort { DefaultSettingPort, m_port } };
        options.timeoutMs = 300;
        options.attempts = 2;
        return options;
    }

    QList<QByteArray> answers;
    int gapMs = 0;
    int requests = 0;

private:
    quint16 m_port;
    QUdpSocket m_socket;
};

const MacAddress Mac = *MacAddress::parse(u"02:00:00:00:00:07");

RequestFrame frame(Command command)
{
    return *RequestFrame::create(command, Mac, QStringLiteral("admin"), QStringLiteral("admin"));
}

} // namespace

// What real modules send, taken as it comes: a read reply in pieces, replies to commands this
// tool does not know, an error with the module's checksum.
class tst_SettingChannel : public QObject
{
    Q_OBJECT

private slots:
    void readReplyInPiecesIsAssembled()
    {
        ScriptedPeer peer;
        const QByteArray reply = testVectorBytes("read_reply_180");
        peer.answers = { reply.first(60), reply.sliced(60, 60), reply.sliced(120) };
        peer.gapMs = 50;
        SettingChannel channel(peer.channelOptions());
        const auto result = waitFor<QByteArray>([&](auto done) { channel.request(frame(Command::Read), done); });
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        QCOMPARE(result->value(), reply);
        QCOMPARE(peer.requests, 1);
    }

    void theTcp232_302sThreeDatagramsOutOfOrderAreAssembled()
    {
        ScriptedPeer peer;
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        peer.answers = { pieces[2], pieces[1], pieces[0] };
        peer.gapMs = 50;
        SettingChannel channel(peer.channelOptions());
        const auto result = waitFor<QByteArray>([&](auto done) { channel.request(frame(Command::Read), done); });
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        QCOMPARE(result->value(), pieces.join());
        QCOMPARE(peer.requests, 1);
    }

    void aReadWithAPieceMissingIsRefusedNamingWhatCame()
    {
        ScriptedPeer peer;
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        peer.answers = { pieces[0], pieces[2] };
        peer.gapMs = 50;
        SettingChannel channel(peer.channelOptions());
        const auto result = waitFor<QByteArray>([&](auto done) { channel.request(frame(Command::Read), done); });
        QVERIFY(result && !result->ok());
        // Asked again, as for a lost reply, then refused: never taken for another shape.
        QCOMPARE(peer.requests, 2);
        QVERIFY2(result->error().contains(QStringLiteral("an incomplete read reply (214 byte(s) in 2 datagram(s) "
                                                         "(130 + 84); the USR-TCP232-302 answers 130 + 50 + 84)")),
                 qPrintable(result->error()));
    }

    void replyToAnUnknownCommandIsReportedNotFatal()
    {
        ScriptedPeer peer;
        peer.answers = { QByteArray::fromHex("FF01224B") };
        SettingChannel channel(peer.channelOptions());
        const auto ignored = waitFor<QByteArray>([&](auto done) { channel.request(frame(Command::Store), done); });
        QVERIFY(ignored && !ignored->ok());
        QVERIFY2(ignored->error().contains(QStringLiteral("no answer after 2 attempt(s)")), qPrintable(ignored->error()));
        QVERIFY2(ignored->error().contains(QStringLiteral("a reply to unknown command 0x22")), qPrintable(ignored->error()));
        // Its own answer after another model's is taken.
        peer.answers = { QByteArray::fromHex("FF01224B"), QByteArray::fromHex("FF01044B") };
        const auto stored = waitFor<QByteArray>([&](auto done) { channel.request(frame(Command::Store), done); });
        QVERIFY(stored);
        QVERIFY2(stored->ok(), qPrintable(stored->error()));
    }

    void errorsSayWhatTheModuleComputedAndSuggestTheLogin()
    {
        ScriptedPeer peer;
        peer.answers = { QByteArray::fromHex("FF0102452F") };
        SettingChannel channel(peer.channelOptions());
        const auto result = waitFor<QByteArray>([&](auto done) { channel.request(frame(Command::Restart), done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error(), QStringLiteral("module rejected the command (it computed the checksum 0x2f); "
                                                 "some modules answer so to a wrong user name or password"));
        peer.answers = { QByteArray::fromHex("FF010250") };
        const auto login = waitFor<QByteArray>([&](auto done) { channel.request(frame(Command::Restart), done); });
        QVERIFY(login && !login->ok());
        QCOMPARE(login->error(), QStringLiteral("module rejected the user name or password"));
    }

    void answersToTheSettingPortAreTakenInTurn()
    {
        // Two modules answering by broadcast to the setting port, asked at once: each channel
        // gets its own module's answer although neither answer names its asker.
        auto emulatorOptions = LoopbackEmulator::options(2);
        emulatorOptions.reply = emu::ReplyMode::BroadcastPort;
        LoopbackEmulator emu;
        QVERIFY(emu.start(emulatorOptions));
        QVERIFY(emu.module(1)->applyChanges({ { QStringLiteral("name"), QStringLiteral("second") } }).ok());
        emu.module(1)->restart();
        QTRY_COMPARE(emu.module(1)->runningConfig().value(u"name")->toString(), QStringLiteral("second"));
        for (int round = 0; round < 20; ++round) {
            SettingChannel first(emu.channelOptions());
            SettingChannel second(emu.channelOptions());
            std::optional<Result<QByteArray>> a;
            std::optional<Result<QByteArray>> b;
            const auto read = [](const emu::VirtualModule *module) {
                return *RequestFrame::create(Command::Read, module->identity().mac, QStringLiteral("admin"),
                                             QStringLiteral("admin"));
            };
            first.request(read(emu.module(0)), [&](Result<QByteArray> r) { a.emplace(r); });
            second.request(read(emu.module(1)), [&](Result<QByteArray> r) { b.emplace(r); });
            QTRY_VERIFY_WITH_TIMEOUT(a && b, 5000);
            QVERIFY(a->ok() && b->ok());
            QCOMPARE(DeviceConfig::parse(a->value(), nullptr)->value(u"name")->toString(), QStringLiteral("USR-K7-001"));
            QCOMPARE(DeviceConfig::parse(b->value(), nullptr)->value(u"name")->toString(), QStringLiteral("second"));
        }
    }

    void modulesKnownToAnswerTheAskerTakeNoTurn()
    {
        if (runningUnderWine())
            QSKIP("under Wine a socket bound to a module's loopback address sends from 127.0.0.1 (Wine binds it to the whole interface), and this client takes a module's answers only from its address");
        // A read of a module nobody has holds the turn of reads for a while. A module a search
        // saw answering unicast is read meanwhile; one not yet seen waits its turn.
        auto emulatorOptions = LoopbackEmulator::options(2);
        emulatorOptions.reply = emu::ReplyMode::Peer;
        LoopbackEmulator emu;
        QVERIFY(emu.start(emulatorOptions));
        // The search asks module 0 alone, at its own address.
        auto finderOptions = emu.finderOptions();
        finderOptions.targets = customSettingTargets({ emu.module(0)->identity().address });
        finderOptions.stopAtMac = emu.module(0)->identity().mac;
        DeviceFinder finder(finderOptions);
        QSignalSpy searched(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(searched.wait(5000));
        QVERIFY(SettingPortListener::knownRoute(emu.emulator->port(), emu.module(0)->identity().mac));
        QVERIFY(!SettingPortListener::knownRoute(emu.emulator->port(), emu.module(1)->identity().mac));

        auto slow = emu.channelOptions();
        slow.timeoutMs = 1500;
        slow.attempts = 1;
        SettingChannel ghost(slow);
        std::optional<Result<QByteArray>> lost;
        ghost.request(*RequestFrame::create(Command::Read, *MacAddress::parse(u"02:55:53:52:0F:FF"), QStringLiteral("admin"),
                                            QStringLiteral("admin")),
                      [&](Result<QByteArray> r) { lost.emplace(r); });
        SettingChannel seen(emu.channelOptions());
        SettingChannel unseen(emu.channelOptions());
        std::optional<Result<QByteArray>> seenRead;
        std::optional<Result<QByteArray>> unseenRead;
        const auto read = [](const emu::VirtualModule *module) {
            return *RequestFrame::create(Command::Read, module->identity().mac, QStringLiteral("admin"), QStringLiteral("admin"));
        };
        seen.request(read(emu.module(0)), [&](Result<QByteArray> r) { seenRead.emplace(r); });
        unseen.request(read(emu.module(1)), [&](Result<QByteArray> r) { unseenRead.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(seenRead, 5000);
        QVERIFY(seenRead->ok());
        QVERIFY(!lost && !unseenRead); // both still held up by the ghost's turn
        QTRY_VERIFY_WITH_TIMEOUT(lost && unseenRead, 5000);
        QVERIFY(!lost->ok());
        QVERIFY(unseenRead->ok());
    }

    void anotherCommandsAnswerIsNeverTaken()
    {
        // Module 1 answers its restart at once; module 0 ignores the store asked of it. The
        // restart's "K", broadcast to the setting port, must not pass for the store's.
        auto emulatorOptions = LoopbackEmulator::options(2);
        emulatorOptions.reply = emu::ReplyMode::BroadcastPort;
        LoopbackEmulator emu;
        QVERIFY(emu.start(emulatorOptions));
        emu.module(0)->setDropFirstRequests(100);
        auto options = emu.channelOptions();
        options.attempts = 2;
        SettingChannel storing(options);
        SettingChannel restarting(options);
        std::optional<Result<QByteArray>> stored;
        std::optional<Result<QByteArray>> restarted;
        const auto frameFor = [](const emu::VirtualModule *module, Command command) {
            return *RequestFrame::create(command, module->identity().mac, QStringLiteral("admin"), QStringLiteral("admin"));
        };
        storing.request(frameFor(emu.module(0), Command::Store), [&](Result<QByteArray> r) { stored.emplace(r); });
        restarting.request(frameFor(emu.module(1), Command::Restart), [&](Result<QByteArray> r) { restarted.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(stored && restarted, 5000);
        QVERIFY2(restarted->ok(), qPrintable(restarted->error()));
        QVERIFY(!stored->ok());
        QVERIFY2(stored->error().startsWith(QStringLiteral("no answer after 2 attempt(s)")), qPrintable(stored->error()));
    }
};

QTEST_GUILESS_MAIN(tst_SettingChannel)
#include "tst_settingchannel.moc"
