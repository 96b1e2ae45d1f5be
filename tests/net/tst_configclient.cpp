#include "net/knownmodules.h"
#include "testplatform.h"
#include "loopbackemulator.h"
#include "net/configclient.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

using namespace s2e;

namespace {

template<typename T>
struct Outcome
{
    std::optional<Result<T>> result;
    auto callback()
    {
        return [this](Result<T> r) { result.emplace(std::move(r)); };
    }
    bool wait(int ms = 15000)
    {
        QDeadlineTimer deadline(ms);
        while (!result && !deadline.hasExpired())
            QTest::qWait(10);
        return result.has_value();
    }
};

} // namespace

class tst_ConfigClient : public QObject
{
    Q_OBJECT

private slots:
    void readsTheModule()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(3)));
        ConfigClient client(emu.module(2)->identity().mac, {}, emu.channelOptions());
        Outcome<DeviceConfig> read;
        client.read(read.callback());
        QVERIFY(read.wait());
        QVERIFY2(read.result->ok(), qPrintable(read.result->error()));
        QCOMPARE(read.result->value(), emu.module(2)->workingConfig());
    }

    void aModuleNamedByMacIsFoundOnItsFamilysPort()
    {
        LoopbackEmulator emu;
        auto options = LoopbackEmulator::options(2);
        options.firstNumber = 40; // modules no earlier search of this program has seen
        options.models = { ModelTable::find(u"k7"), ModelTable::find(u"302") };
        QVERIFY(emu.start(options));
        // Before any read; the search for the first may well hear the second too.
        for (int i = 0; i < 2; ++i)
            QVERIFY(!KnownModules::settingPort(emu.module(i)->identity().mac));
        for (int i = 0; i < 2; ++i) {
            const MacAddress mac = emu.module(i)->identity().mac;
            ConfigClient client(mac, {}, emu.channelOptions());
            Outcome<DeviceConfig> read;
            client.read(read.callback());
            QVERIFY(read.wait());
            QVERIFY2(read.result->ok(), qPrintable(read.result->error()));
            QCOMPARE(read.result->value(), emu.module(i)->workingConfig());
            QCOMPARE(KnownModules::model(mac), emu.module(i)->identity().model);
        }
        // A module no port answers for: said, with the ports searched.
        ConfigClient nobody(*MacAddress::parse(u"02:55:53:52:0F:0F"), {}, emu.channelOptions());
        Outcome<DeviceConfig> missing;
        nobody.read(missing.callback());
        QVERIFY(missing.wait());
        QVERIFY(!missing.result->ok());
        QVERIFY2(missing.result->error().contains(QStringLiteral("did not answer a search on UDP port")),
                 qPrintable(missing.result->error()));
    }

    void wrongPasswordIsNamed()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        const MacAddress mac = emu.module(0)->identity().mac;
        ConfigClient client(mac, { QStringLiteral("admin"), QStringLiteral("nope") }, emu.channelOptions());
        Outcome<DeviceConfig> read;
        client.read(read.callback());
        QVERIFY(read.wait());
        QVERIFY(!read.result->ok());
        QCOMPARE(read.result->error(),
                 mac.toString() + QStringLiteral(": read: module rejected the user name or password"));

        Outcome<void> restart;
        client.restart(restart.callback());
        QVERIFY(restart.wait());
        QCOMPARE(restart.result->error(),
                 mac.toString() + QStringLiteral(": restart: module rejected the user name or password"));
        QVERIFY(!emu.module(0)->isRebooting());
    }

    void retriesSurviveDroppedRequests()
    {
        LoopbackEmulator emu;
        auto options = LoopbackEmulator::options(1);
        options.dropFirstRequests = 2;
        QVERIFY(emu.start(options));
        ConfigClient client(emu.module(0)->identity().mac, {}, emu.channelOptions());
        Outcome<DeviceConfig> read;
        client.read(read.callback());
        QVERIFY(read.wait());
        QVERIFY2(read.result->ok(), qPrintable(read.result->error()));
        QCOMPARE(emu.emulator->commandsReceived(), 3);
    }

    void silentModuleTimesOut()
    {
        LoopbackEmulator emu;
        auto options = LoopbackEmulator::options(1);
        options.dropFirstRequests = 3;
        QVERIFY(emu.start(options));
        ConfigClient client(emu.module(0)->identity().mac, {}, emu.channelOptions());
        Outcome<void> store;
        client.store(store.callback());
        QVERIFY(store.wait());
        QVERIFY(!store.result->ok());
        QCOMPARE(store.result->error(), QStringLiteral("02:55:53:52:00:01: store: no answer after 3 "
                                                       "attempt(s) of 200 ms"));
    }

    void applyWritesStoresRestartsAndVerifies()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(3)));
        auto *module = emu.module(1);
        ConfigClient client(module->identity().mac, {}, emu.channelOptions());
        QSignalSpy steps(&client, &ConfigClient::stepStarted);
        Outcome<ConfigClient::ApplyReport> apply;
        const FieldChanges changes {
            { QStringLiteral("ip.address"), QStringLiteral("127.0.0.77") },
            { QStringLiteral("port1.baud"), QStringLiteral("9600") },
            { QStringLiteral("port1.parity"), QStringLiteral("even") },
            { QStringLiteral("port1.mode"), QStringLiteral("tcp-client") },
            { QStringLiteral("port1.remote_port"), 8899 },
            { QStringLiteral("name"), QStringLiteral("Bench") },
            // Unchanged values are not changes.
            { QStringLiteral("port1.data_bits"), 8 },
        };
        client.apply(changes, LoopbackEmulator::applyOptions(), apply.callback());
        QVERIFY(apply.wait());
        QVERIFY2(apply.result->ok(), qPrintable(apply.result->error()));
        const auto &report = apply.result->value();
        QCOMPARE(report.changedKeys,
                 QStringList({ "ip.address", "name", "port1.baud", "port1.parity", "port1.mode",
                               "port1.remote_port" }));
        QVERIFY(report.reappeared);
        QCOMPARE(report.reappeared->reply.ipString(), QStringLiteral("127.0.0.77"));
        QCOMPARE(report.reappeared->reply.name(), QStringLiteral("Bench"));
        QCOMPARE(*module->runningConfig().value(u"port1.baud"), QJsonValue(9600));
        QCOMPARE(*module->storedConfig().value(u"port1.mode"), QJsonValue("tcp-client"));
        QCOMPARE(*report.after.value(u"port1.remote_port"), QJsonValue(8899));
        QCOMPARE(*report.before.value(u"port1.remote_port"), QJsonValue(23));

        QList<ConfigClient::Step> seen;
        for (const auto &signal : steps)
            seen << signal.first().value<ConfigClient::Step>();
        using S = ConfigClient::Step;
        QCOMPARE(seen, QList<S>({ S::Read, S::Validate, S::Write, S::Store, S::Restart, S::Reappear,
                                  S::Verify }));
        // Other modules are untouched.
        QCOMPARE(emu.module(0)->runningConfig(), emu.module(0)->factoryConfig());
    }

    void onlyChangedBlocksAreWritten()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        ConfigClient client(emu.module(0)->identity().mac, {}, emu.channelOptions());
        auto options = LoopbackEmulator::applyOptions();
        options.store = false;
        options.restart = false;
        Outcome<ConfigClient::ApplyReport> apply;
        client.apply({ { QStringLiteral("port1.pack_len"), 512 } }, options, apply.callback());
        QVERIFY(apply.wait());
        QVERIFY2(apply.result->ok(), qPrintable(apply.result->error()));
        // Two reads that agree, write port 1, two reads back: no basic or cloud write, no store,
        // no restart.
        QCOMPARE(emu.emulator->commandsReceived(), 5);
        QCOMPARE(*emu.module(0)->workingConfig().value(u"port1.pack_len"), QJsonValue(512));
        QCOMPARE(emu.module(0)->storedConfig(), emu.module(0)->factoryConfig());
    }

    void nothingIsSentWhenAValueIsRefused()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        ConfigClient client(emu.module(0)->identity().mac, {}, emu.channelOptions());
        Outcome<ConfigClient::ApplyReport> apply;
        client.apply({ { QStringLiteral("port1.baud"), 300 }, { QStringLiteral("ip.mask"), QStringLiteral("255.0") } },
                     LoopbackEmulator::applyOptions(), apply.callback());
        QVERIFY(apply.wait());
        QVERIFY(!apply.result->ok());
        QVERIFY(apply.result->error().startsWith(QStringLiteral("02:55:53:52:00:01: validate: port1.baud")));
        QVERIFY(apply.result->error().contains(QStringLiteral("ip.mask")));
        QTest::qWait(100);
        QCOMPARE(emu.emulator->commandsReceived(), 0);

        // A key this module does not have is refused after the read, before any write.
        Outcome<ConfigClient::ApplyReport> port2;
        client.apply({ { QStringLiteral("port2.baud"), 9600 } }, LoopbackEmulator::applyOptions(),
                     port2.callback());
        QVERIFY(port2.wait());
        QCOMPARE(port2.result->error(), QStringLiteral("02:55:53:52:00:01: validate: port2.baud: "
                                                       "this module has 1 serial port(s)"));
        QCOMPARE(emu.emulator->commandsReceived(), 2); // the two reads that agree
        QCOMPARE(emu.module(0)->workingConfig(), emu.module(0)->factoryConfig());
    }

    void newCredentialsAfterRestart()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        ConfigClient client(emu.module(0)->identity().mac, {}, emu.channelOptions());
        Outcome<ConfigClient::ApplyReport> apply;
        client.apply({ { QStringLiteral("password"), QStringLiteral("s3cr") } },
                     LoopbackEmulator::applyOptions(), apply.callback());
        QVERIFY(apply.wait());
        QVERIFY2(apply.result->ok(), qPrintable(apply.result->error()));
        ConfigClient fresh(emu.module(0)->identity().mac, { QStringLiteral("admin"), QStringLiteral("s3cr") },
                           emu.channelOptions());
        Outcome<DeviceConfig> read;
        fresh.read(read.callback());
        QVERIFY(read.wait());
        QVERIFY2(read.result->ok(), qPrintable(read.result->error()));
    }

    void unicastFollowsANewAddress()
    {
        if (runningUnderWine())
            QSKIP("under Wine a socket bound to a module's loopback address sends from 127.0.0.1 (Wine binds it to the whole interface), and this client takes a module's answers only from its address");
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(2)));
        auto channel = emu.channelOptions();
        channel.unicast = emu.module(1)->identity().address;
        ConfigClient client(emu.module(1)->identity().mac, {}, channel);
        Outcome<ConfigClient::ApplyReport> apply;
        client.apply({ { QStringLiteral("ip.address"), QStringLiteral("127.0.0.88") } },
                     LoopbackEmulator::applyOptions(), apply.callback());
        QVERIFY(apply.wait());
        QVERIFY2(apply.result->ok(), qPrintable(apply.result->error()));
        QCOMPARE(*apply.result->value().after.value(u"ip.address"), QJsonValue("127.0.0.88"));
    }

    void factoryResetRestoresDefaults()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        auto *module = emu.module(0);
        ConfigClient client(module->identity().mac, {}, emu.channelOptions());
        Outcome<ConfigClient::ApplyReport> apply;
        client.apply({ { QStringLiteral("port1.baud"), 2400 } }, LoopbackEmulator::applyOptions(),
                     apply.callback());
        QVERIFY(apply.wait());
        QVERIFY(apply.result->ok());
        Outcome<void> reset;
        client.factoryReset(reset.callback());
        QVERIFY(reset.wait());
        QVERIFY2(reset.result->ok(), qPrintable(reset.result->error()));
        QCOMPARE(module->storedConfig(), module->factoryConfig());
    }
};

QTEST_GUILESS_MAIN(tst_ConfigClient)
#include "tst_configclient.moc"
