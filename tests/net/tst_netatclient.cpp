#include "loopbackemulator.h"
#include "testplatform.h"
#include "net/netatclient.h"
#include "waitfor.h"


using namespace s2e;
using at::AtReply;
using at::AtRequest;

class tst_NetAtClient : public QObject
{
    Q_OBJECT

    static NetAtClient::Options options(const LoopbackEmulator &emu)
    {
        NetAtClient::Options options;
        options.targets = emu.targets();
        options.port = emu.emulator->atPort();
        options.timeoutMs = 200;
        return options;
    }

private slots:
    void init()
    {
        if (runningUnderWine())
            QSKIP("under Wine a socket bound to a module's loopback address sends from 127.0.0.1 (Wine binds it to the whole interface), and this client takes a module's answers only from its address");
    }

    void discoversAndRunsCommands()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(3)));
        NetAtClient client(options(emu));
        const auto found = waitFor<QList<NetAtDevice>>([&](auto cb) { client.discover(cb); });
        QVERIFY(found && found->ok());
        QCOMPARE(found->value().size(), 3);

        client.setModule(emu.module(1)->identity().address);
        const auto version = waitFor<AtReply>([&](auto cb) { client.execute(*AtRequest::parse(u"AT+VER"), cb); });
        QVERIFY2(version && version->ok(), version ? qPrintable(version->error()) : "timeout");
        QCOMPARE(version->value().value, QStringLiteral("V4017"));
        const auto set = waitFor<AtReply>([&](auto cb) {
            client.execute(*AtRequest::parse(u"AT+UART=9600,8,1,NONE,NFC"), cb);
        });
        QVERIFY(set && set->ok() && set->value().ok);
        QCOMPARE(*emu.module(1)->workingConfig().value(u"port1.baud"), QJsonValue(9600));
        QCOMPARE(*emu.module(0)->workingConfig().value(u"port1.baud"), QJsonValue(115200));
    }

    void oneModuleByAddress()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(3)));
        auto clientOptions = options(emu);
        clientOptions.module = emu.module(2)->identity().address;
        NetAtClient client(clientOptions);
        const auto found = waitFor<QList<NetAtDevice>>([&](auto cb) { client.discover(cb); });
        QVERIFY(found && found->ok());
        QCOMPARE(found->value().size(), 1);
        QCOMPARE(found->value().first().mac, QStringLiteral("025553520003"));
        const auto name = waitFor<AtReply>([&](auto cb) { client.execute(*AtRequest::parse(u"AT+MID"), cb); });
        QCOMPARE(name->value().value, QStringLiteral("USR-K7-003"));
    }

    void commandsGivenTogetherRunInTurn()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        auto clientOptions = options(emu);
        NetAtClient client(clientOptions);
        client.setModule(emu.module(0)->identity().address);
        QStringList answers;
        for (const char16_t *command : { u"AT+VER", u"AT+MID", u"AT+UART=4800,8,1,NONE,NFC", u"AT+UART" })
            client.execute(*AtRequest::parse(command), [&answers](Result<AtReply> reply) {
                answers << (reply ? reply->value : reply.error());
            });
        QTRY_COMPARE(answers.size(), 4);
        QCOMPARE(answers, QStringList({ "V4017", "USR-K7-001", "", "4800,8,1,NONE,NFC" }));
    }

    void reentersAfterTheModuleLeftNetAt()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        emu.emulator->netAtServer()->setIdleExitMs(100);
        auto clientOptions = options(emu);
        clientOptions.module = emu.module(0)->identity().address;
        NetAtClient client(clientOptions);
        QVERIFY(waitFor<QList<NetAtDevice>>([&](auto cb) { client.discover(cb); })->ok());
        QTest::qWait(300); // the module has left net AT mode; the client does not know yet
        const auto version = waitFor<AtReply>([&](auto cb) { client.execute(*AtRequest::parse(u"AT+VER"), cb); });
        QVERIFY2(version->ok(), qPrintable(version->error()));
        QCOMPARE(version->value().value, QStringLiteral("V4017"));
    }

    void wrongKeywordFindsNothing()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(2)));
        auto clientOptions = options(emu);
        clientOptions.keyword = QStringLiteral("not-the-keyword");
        NetAtClient client(clientOptions);
        const auto found = waitFor<QList<NetAtDevice>>([&](auto cb) { client.discover(cb); });
        QVERIFY(found && found->ok());
        QVERIFY(found->value().isEmpty());
        const auto refused = waitFor<AtReply>([&](auto cb) { client.execute(*AtRequest::parse(u"AT+VER"), cb); });
        QVERIFY(!refused->ok());
        QCOMPARE(refused->error(), QStringLiteral("net AT: no module chosen"));
    }
};

QTEST_GUILESS_MAIN(tst_NetAtClient)
#include "tst_netatclient.moc"
