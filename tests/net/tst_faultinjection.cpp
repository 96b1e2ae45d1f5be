#include "faultinjector.h"
#include "loopbackemulator.h"
#include "net/configclient.h"
#include "waitfor.h"

#include <QSignalSpy>

using namespace s2e;
using emu::FaultInjector;
using emu::FaultOptions;

namespace {

emu::Emulator::Options faulty(int devices, const FaultOptions &faults)
{
    auto options = LoopbackEmulator::options(devices);
    options.faults = faults;
    return options;
}

} // namespace

// The virtual module's fault injection, and what the client makes of a bad network.
class tst_FaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void injectorDoesWhatItSays()
    {
        const QByteArray reply = QByteArray::fromHex("FF0105" "4B");
        FaultInjector clean;
        for (int i = 0; i < 100; ++i) {
            QVERIFY(!clean.dropIncoming());
            QCOMPARE(clean.outgoing(reply), QList<QByteArray> { reply });
        }
        FaultInjector lossy({ .loss = 1.0, .seed = 1 });
        QVERIFY(lossy.dropIncoming());
        QVERIFY(lossy.outgoing(reply).isEmpty());
        FaultInjector twice({ .duplicate = 1.0, .seed = 1 });
        QCOMPARE(twice.outgoing(reply), QList<QByteArray>({ reply, reply }));
        FaultInjector damaging({ .corrupt = 1.0, .seed = 1 });
        for (int i = 0; i < 50; ++i) {
            const QByteArray damaged = damaging.outgoing(reply).first();
            QCOMPARE(damaged.size(), reply.size());
            int differing = 0;
            for (int b = 0; b < reply.size(); ++b)
                differing += damaged[b] != reply[b];
            QCOMPARE(differing, 1);
        }
        FaultInjector cutting({ .truncate = 1.0, .seed = 1 });
        QVERIFY(cutting.outgoing(reply).first().size() < reply.size());
        // The same seed, the same run.
        FaultInjector a({ .loss = 0.5, .seed = 42 }), b({ .loss = 0.5, .seed = 42 });
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a.dropIncoming(), b.dropIncoming());
    }

    void searchAndApplyAtTwentyPercentLoss()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(faulty(8, { .loss = 0.2, .delayMs = 30, .seed = 20 })));
        auto finderOptions = emu.finderOptions();
        finderOptions.sends = 10;
        finderOptions.sendIntervalMs = 100;
        finderOptions.quietMs = 600;
        DeviceFinder finder(finderOptions);
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finder.devices().size(), 8);

        auto channel = emu.channelOptions();
        channel.attempts = 10;
        channel.timeoutMs = 250;
        ConfigClient client(emu.module(3)->identity().mac, {}, channel);
        const auto report = waitFor<ConfigClient::ApplyReport>([&](auto cb) {
            client.apply({ { QStringLiteral("port1.baud"), 9600 }, { QStringLiteral("name"), QStringLiteral("LOSSY") } },
                         LoopbackEmulator::applyOptions(), cb);
        }, 60000);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->error()));
        QCOMPARE(*emu.module(3)->runningConfig().value(u"port1.baud"), QJsonValue(9600));
        QCOMPARE(*emu.module(3)->runningConfig().value(u"name"), QJsonValue("LOSSY"));
    }

    // Every reply damaged, or every reply cut short: nothing is ever written.
    void damagedRepliesAreNeverWritten_data()
    {
        QTest::addColumn<double>("corrupt");
        QTest::addColumn<double>("truncate");
        QTest::newRow("corrupted") << 1.0 << 0.0;
        QTest::newRow("truncated") << 0.0 << 1.0;
    }

    void damagedRepliesAreNeverWritten()
    {
        QFETCH(double, corrupt);
        QFETCH(double, truncate);
        LoopbackEmulator emu;
        QVERIFY(emu.start(faulty(1, { .corrupt = corrupt, .truncate = truncate, .seed = 3 })));
        const QByteArray before = emu.module(0)->workingConfig().encode();
        auto channel = emu.channelOptions();
        channel.attempts = 2;
        ConfigClient client(emu.module(0)->identity().mac, {}, channel);
        const auto report = waitFor<ConfigClient::ApplyReport>([&](auto cb) {
            client.apply({ { QStringLiteral("port1.baud"), 9600 } }, LoopbackEmulator::applyOptions(), cb);
        }, 60000);
        QVERIFY(report && !report->ok());
        QVERIFY2(report->error().contains(QStringLiteral(": read: ")), qPrintable(report->error()));
        QCOMPARE(emu.module(0)->workingConfig().encode(), before);
        QCOMPARE(emu.module(0)->storedConfig().encode(), before);
    }

    // Some replies damaged: the read that apply trusts is one two reads agree on, so what is
    // written is the module's own parameters with only the change.
    void partlyDamagedRepliesStillGiveAnExactConfig()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(faulty(1, { .corrupt = 0.3, .seed = 11 })));
        DeviceConfig expected = emu.module(0)->workingConfig();
        QVERIFY(expected.setValue(QStringLiteral("port1.baud"), 19200));
        auto channel = emu.channelOptions();
        channel.attempts = 10;
        ConfigClient client(emu.module(0)->identity().mac, {}, channel);
        ConfigClient::ApplyOptions options = LoopbackEmulator::applyOptions();
        options.restart = false;
        const auto report = waitFor<ConfigClient::ApplyReport>([&](auto cb) {
            client.apply({ { QStringLiteral("port1.baud"), 19200 } }, options, cb);
        }, 60000);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->error()));
        QCOMPARE(emu.module(0)->storedConfig().encode(), expected.encode());
    }

    void moduleDyingMidSaveNamesTheStep()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        const MacAddress mac = emu.module(0)->identity().mac;
        auto channel = emu.channelOptions();
        channel.attempts = 2;
        ConfigClient client(mac, {}, channel);
        connect(&client, &ConfigClient::stepStarted, this, [&emu](ConfigClient::Step step) {
            if (step == ConfigClient::Step::Store)
                emu.emulator.reset(); // the module loses power
        });
        const auto report = waitFor<ConfigClient::ApplyReport>([&](auto cb) {
            client.apply({ { QStringLiteral("port1.baud"), 9600 } }, LoopbackEmulator::applyOptions(), cb);
        }, 60000);
        QVERIFY(report && !report->ok());
        QVERIFY2(report->error().startsWith(mac.toString() + QStringLiteral(": store: no answer")), qPrintable(report->error()));
    }
};

QTEST_MAIN(tst_FaultInjection)
#include "tst_faultinjection.moc"
