#include "net/knownmodules.h"
#include "loopbackemulator.h"
#include "testplatform.h"
#include "testvectors.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSet>
#include <QSignalSpy>
#include <QUdpSocket>

using namespace s2e;

Q_DECLARE_METATYPE(s2e::emu::ReplyMode)
Q_DECLARE_METATYPE(s2e::ReplyRoute)

class tst_DeviceFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryModuleOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("50") << 50;
    }

    void findsEveryModuleOnce()
    {
        QFETCH(int, count);
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(count)));
        auto options = emu.finderOptions();
        options.capMs = 10000;
        DeviceFinder finder(options);
        QSignalSpy found(&finder, &DeviceFinder::deviceFound);
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.count(), 1);
        // Three searches, three answers from each module, one report each.
        QCOMPARE(found.count(), count);
        QSet<QString> macs;
        for (const auto &signal : found) {
            const auto device = signal.first().value<FoundDevice>();
            macs.insert(device.reply.mac().toString());
            QVERIFY(device.reply.checksumOk());
            QVERIFY(device.reply.ipString().startsWith(QStringLiteral("127.0.")));
        }
        QCOMPARE(macs.size(), count);
        QCOMPARE(finder.devices().size(), count);
        QCOMPARE(finder.ignoredDatagrams(), 0);
        // Ended by the quiet period, well before the cap.
        QVERIFY(finder.elapsedMs() < options.capMs);
        QVERIFY(!finder.isRunning());
    }

    void foreignAndMalformedDatagramsAreIgnored()
    {
        // A peer that answers every search with junk, a truncated reply, the same good
        // reply twice, and a reply whose checksum is wrong.
        QUdpSocket peer;
        QVERIFY2(peer.bind(QHostAddress::LocalHost, 0), qPrintable(peer.errorString()));
        SearchReply good;
        good.setMac(*MacAddress::parse(u"02:00:00:00:00:0A"));
        good.setIpv4(0x7F00000A);
        good.setName(QStringLiteral("good"));
        SearchReply flawed = good;
        flawed.setMac(*MacAddress::parse(u"02:00:00:00:00:0B"));
        QByteArray badSum = flawed.encode();
        badSum[35] = char(badSum[35] + 1);
        int searches = 0;
        connect(&peer, &QUdpSocket::readyRead, &peer, [&] {
            while (peer.hasPendingDatagrams()) {
                const QNetworkDatagram request = peer.receiveDatagram();
                if (request.data() != QByteArray::fromHex("FF010102"))
                    continue;
                ++searches;
                for (const QByteArray &answer :
                     { QByteArray("hello"), good.encode().left(20), good.encode(), good.encode(),
                       badSum, QByteArray::fromHex("FF01034B") })
                    peer.writeDatagram(answer, request.senderAddress(), quint16(request.senderPort()));
            }
        });

        DeviceFinder::Options options;
        options.targets = customSettingTargets({ QHostAddress::LocalHost });
        options.ports = { SettingPort { DefaultSettingPort, peer.localPort() } };
        options.quietMs = 300;
        DeviceFinder finder(options);
        QSignalSpy found(&finder, &DeviceFinder::deviceFound);
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(searches >= options.minSends);
        QCOMPARE(found.count(), 2);
        QCOMPARE(finder.ignoredDatagrams(), 3 * searches);
        const auto devices = finder.devices();
        const auto flawedDevice = std::find_if(devices.begin(), devices.end(), [](const FoundDevice &d) {
            return d.reply.mac().toString() == QStringLiteral("02:00:00:00:00:0B");
        });
        QVERIFY(flawedDevice != devices.end());
        QVERIFY(!flawedDevice->reply.checksumOk());
    }

    void answersAreTakenHoweverTheyCome_data()
    {
        QTest::addColumn<emu::ReplyMode>("mode");
        QTest::addColumn<ReplyRoute>("route");
        QTest::newRow("unicast to the asker") << emu::ReplyMode::Peer << ReplyRoute::Unicast;
        QTest::newRow("broadcast to the asker's port") << emu::ReplyMode::Broadcast << ReplyRoute::Broadcast;
        QTest::newRow("broadcast to the setting port") << emu::ReplyMode::BroadcastPort << ReplyRoute::SettingPort;
    }

    void answersAreTakenHoweverTheyCome()
    {
        QFETCH(emu::ReplyMode, mode);
        QFETCH(ReplyRoute, route);
        auto emulatorOptions = LoopbackEmulator::options(3);
        emulatorOptions.reply = mode;
        LoopbackEmulator emu;
        QVERIFY(emu.start(emulatorOptions));
        DeviceFinder finder(emu.finderOptions());
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finder.devices().size(), 3);
        QCOMPARE(finder.ignoredDatagrams(), 0);
        // Loopback's name: "lo" on Linux, "loopback_0" or so on Windows.
        QString loopback;
        for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
            if (iface.flags().testFlag(QNetworkInterface::IsLoopBack))
                loopback = iface.name();
        }
        for (const FoundDevice &device : finder.devices()) {
            QCOMPARE(device.route, route);
            QCOMPARE(device.interfaces, QStringList { loopback });
            // Every answer comes from the module's own address; this machine is 127.0.0.1 to it.
            S2E_EXPECT_SOURCE_ADDRESS_UNDER_WINE();
            QCOMPARE(device.sender, QHostAddress(device.reply.ipv4()));
            QCOMPARE(device.localAddress, QHostAddress(QHostAddress::LocalHost));
        }
    }

    void unusableTargetIsReportedAndOthersGoOn()
    {
        if (QSysInfo::kernelType() == u"winnt")
            QSKIP("Windows (Wine) sends through an interface index no interface has without an error");
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(3)));
        auto options = emu.finderOptions();
        // No interface has this index: the send fails, and nothing leaves.
        options.targets.prepend({ QHostAddress(QStringLiteral("127.255.255.255")), 999999, QStringLiteral("ghost") });
        DeviceFinder finder(options);
        QSignalSpy failed(&finder, &DeviceFinder::targetFailed);
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("ghost")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(finder.devices().size(), 3);
    }

    // Adaptive rounds, against a scripted network: `answers(round)` says which of the
    // modules answer each search (a lost broadcast is a round nobody answers).
    void roundsFollowTheLossTheySee_data()
    {
        QTest::addColumn<int>("modules");
        QTest::addColumn<QString>("network");
        QTest::addColumn<int>("minRounds");
        QTest::addColumn<int>("maxRounds");
        QTest::addColumn<int>("found");
        // Every module answers every round: three rounds are enough for 200.
        QTest::newRow("no loss") << 200 << "all" << 3 << 3 << 200;
        // Few modules prove little: more rounds before it believes nothing is lost.
        QTest::newRow("one module") << 1 << "all" << 4 << 6 << 1;
        QTest::newRow("nobody") << 0 << "all" << 3 << 3 << 0;
        // Every other broadcast lost, and one module that misses the first five rounds:
        // the loss seen keeps the rounds going until it answers.
        QTest::newRow("lost broadcasts") << 50 << "odd rounds lost, last module late" << 7 << 12 << 50;
    }

    void roundsFollowTheLossTheySee()
    {
        QFETCH(int, modules);
        QFETCH(QString, network);
        QFETCH(int, minRounds);
        QFETCH(int, maxRounds);
        QFETCH(int, found);
        QUdpSocket peer;
        QVERIFY2(peer.bind(QHostAddress::LocalHost, 0), qPrintable(peer.errorString()));
        int rounds = 0;
        connect(&peer, &QUdpSocket::readyRead, &peer, [&] {
            while (peer.hasPendingDatagrams()) {
                const QNetworkDatagram request = peer.receiveDatagram();
                if (request.data() != QByteArray::fromHex("FF010102"))
                    continue;
                const int round = rounds++;
                const bool lossy = network != u"all";
                if (lossy && round % 2 == 1)
                    continue;
                for (int i = 0; i < modules; ++i) {
                    if (lossy && i == modules - 1 && round < 5)
                        continue;
                    SearchReply reply;
                    reply.setMac(*MacAddress::fromBytes(QByteArray::fromHex("02000000") + char(i >> 8) + char(i)));
                    reply.setIpv4(0x0A000000 + quint32(i));
                    peer.writeDatagram(reply.encode(), request.senderAddress(), quint16(request.senderPort()));
                }
            }
        });
        DeviceFinder::Options options;
        options.targets = customSettingTargets({ QHostAddress::LocalHost });
        options.ports = { SettingPort { DefaultSettingPort, peer.localPort() } };
        options.capMs = 10000;
        DeviceFinder finder(options);
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finder.devices().size(), found);
        QVERIFY2(rounds >= minRounds && rounds <= maxRounds, qPrintable(QString::number(rounds)));
        QVERIFY(finder.elapsedMs() < options.capMs);
    }

    void busySettingPortIsSaidOnce()
    {
        // Another program holds the setting port without sharing it: the search goes on
        // with its own port, says why once, and a second search in this program is quiet.
        const quint16 port = freeUdpPort();
        QUdpSocket squatter;
        QVERIFY(squatter.bind(QHostAddress::AnyIPv4, port, QUdpSocket::DontShareAddress));
        DeviceFinder::Options options;
        options.targets = customSettingTargets({ QHostAddress(QStringLiteral("127.255.255.255")) });
        options.ports = { SettingPort { DefaultSettingPort, port } };
        options.quietMs = 100;
        for (int run = 0; run < 2; ++run) {
            DeviceFinder finder(options);
            QSignalSpy warned(&finder, &DeviceFinder::targetFailed);
            QSignalSpy finished(&finder, &DeviceFinder::finished);
            finder.start();
            QVERIFY(finished.wait(10000));
            QCOMPARE(warned.count(), run == 0 ? 1 : 0);
            if (run == 0)
                QVERIFY2(warned.first().first().toString().contains(QStringLiteral("cannot listen on UDP port %1").arg(port)),
                         qPrintable(warned.first().first().toString()));
        }
    }

    void everyFamilyIsFoundOnItsOwnPort()
    {
        LoopbackEmulator emu;
        auto emuOptions = LoopbackEmulator::options(3);
        emuOptions.models = { ModelTable::find(u"k7"), ModelTable::find(u"410s"), ModelTable::find(u"302") };
        QVERIFY(emu.start(emuOptions));
        const SettingPorts ports = emu.settingPorts();
        QCOMPARE(ports.size(), 2);
        DeviceFinder finder(emu.finderOptions());
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(5000));
        QMap<MacAddress, FoundDevice> found;
        for (const FoundDevice &device : finder.devices())
            found.insert(device.reply.mac(), device);
        QCOMPARE(found.size(), 3);
        const FoundDevice m0 = found.value(emu.module(2)->identity().mac);
        QCOMPARE(m0.settingPort, (SettingPort { 1500, emu.emulator->port(*ModelTable::find(u"302")) }));
        QCOMPARE(m0.model, ModelTable::find(u"302"));
        QCOMPARE(KnownModules::settingPort(m0.reply.mac()), m0.settingPort);
        const FoundDevice k7 = found.value(emu.module(0)->identity().mac);
        QCOMPARE(k7.settingPort.number, emu.emulator->port());
        QCOMPARE(k7.model, nullptr); // 1901 is the K7's and the 410S's: a read tells
        // The 302 answers the T24 search too; its own answer says what it is.
        QVERIFY(!m0.t24);
    }

    void anOldT24IsListedFromItsOwnSearch()
    {
        // A T24 on the 302's port answers only the 40-byte ASCII search, with the real reply.
        QUdpSocket t24;
        QVERIFY2(t24.bind(QHostAddress::LocalHost, 0), qPrintable(t24.errorString()));
        int asked = 0;
        connect(&t24, &QUdpSocket::readyRead, &t24, [&] {
            while (t24.hasPendingDatagrams()) {
                const QNetworkDatagram request = t24.receiveDatagram();
                if (request.data() != QByteArray("0123456789").repeated(4))
                    continue;
                ++asked;
                t24.writeDatagram(testVectorBytes("t24_reply_real"), request.senderAddress(), quint16(request.senderPort()));
            }
        });
        DeviceFinder::Options options;
        options.targets = customSettingTargets({ QHostAddress::LocalHost });
        options.ports = { SettingPort { 1500, t24.localPort() } };
        options.quietMs = 300;
        DeviceFinder finder(options);
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(asked >= options.minSends);
        QCOMPARE(finder.devices().size(), 1);
        const FoundDevice device = finder.devices().first();
        QCOMPARE(device.model, &ModelTable::t24());
        QVERIFY(device.t24);
        QCOMPARE(device.reply.mac().toString(), QStringLiteral("D8:B0:4C:D9:DC:89"));
        QCOMPARE(device.reply.ipString(), QStringLiteral("192.168.1.194"));
        QCOMPARE(device.t24->versionText(), QStringLiteral("11.1"));
        QCOMPARE(finder.ignoredDatagrams(), 0);
        // Listed, not configured: a read is refused before anything is sent.
        ConfigClient client(device.reply.mac(), {}, SettingChannel::Options {});
        std::optional<Result<DeviceConfig>> read;
        client.read([&](Result<DeviceConfig> config) { read.emplace(config); });
        QVERIFY(read && !read->ok());
        QVERIFY2(read->error().contains(QStringLiteral("listed, not configured")), qPrintable(read->error()));
    }

    void stopsAtTheModuleItWaitsFor()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(3)));
        auto options = emu.finderOptions();
        options.sends = 100;
        options.capMs = 20000;
        options.stopAtMac = emu.module(1)->identity().mac;
        DeviceFinder finder(options);
        QSignalSpy finished(&finder, &DeviceFinder::finished);
        finder.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(finder.elapsedMs() < options.capMs);
        const auto devices = finder.devices();
        QVERIFY(std::any_of(devices.begin(), devices.end(), [&](const FoundDevice &d) {
            return d.reply.mac() == options.stopAtMac;
        }));
    }

    void defaultTargetsAreEachInterfacesBroadcasts()
    {
        // Only inspected, never sent to. Each up, broadcast-capable interface but loopback gets
        // the limited broadcast once and each of its addresses' directed broadcast, sent out
        // of that interface.
        QMultiHash<int, QHostAddress> expected; // interface index -> broadcasts
        for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
            const auto flags = iface.flags();
            if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::CanBroadcast)
                || flags.testFlag(QNetworkInterface::IsLoopBack))
                continue;
            for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
                if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.broadcast().isNull()) {
                    if (!expected.contains(iface.index(), QHostAddress(QHostAddress::Broadcast)))
                        expected.insert(iface.index(), QHostAddress(QHostAddress::Broadcast));
                    expected.insert(iface.index(), entry.broadcast());
                }
            }
        }
        const QList<SettingTarget> targets = defaultSettingTargets();
        if (expected.isEmpty()) {
            // No broadcast-capable interface (a private network namespace): the limited
            // broadcast, routed by the routing table, is all there is.
            QCOMPARE(targets.size(), 1);
            QCOMPARE(targets.first().address, QHostAddress(QHostAddress::Broadcast));
            QCOMPARE(targets.first().interfaceIndex, 0);
            return;
        }
        QCOMPARE(targets.size(), expected.size());
        for (const SettingTarget &target : targets) {
            QVERIFY2(expected.contains(target.interfaceIndex, target.address), qPrintable(target.toString()));
            QVERIFY(!target.interfaceName.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_DeviceFinder)
#include "tst_devicefinder.moc"
