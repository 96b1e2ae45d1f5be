#include "net/configclient.h"
#include "net/devicefinder.h"
#include "protocol/upgrade/firmwareimage.h"
#include "testfirmware.h"
#include "waitfor.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <memory>
#include <sched.h>
#include <unistd.h>

using namespace s2e;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, int ms = 60000)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (process.waitForFinished(ms) && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// A virtual module in a namespace of its own, its output kept.
struct Module
{
    QProcess process;
    QByteArray output;
};

const QString OnSubnetMac = QStringLiteral("02:55:53:52:00:01");
const QString ForeignMac = QStringLiteral("02:55:53:52:00:02");

} // namespace

// A LAN as a user has it (scripts/lan.sh): this PC at 10.77.0.1/24, a module at 10.77.0.7/24
// and one on a foreign subnet, 192.168.0.7/24, on the same segment, all in network namespaces
// this test makes and removes. Modules answer as the vendor's documents and TI's boot loader
// say they may; s2ectl and the finder are used with their default targets, as a new user
// would. Broadcasts stay inside these namespaces.
class tst_Lan : public QObject
{
    Q_OBJECT

    QString m_lan = QStringLiteral("s2e%1").arg(::getpid());
    bool m_ready = false;
    std::vector<std::unique_ptr<Module>> m_modules;
    QTemporaryDir m_dir;

    QString ns(const char *name) const { return m_lan + QLatin1Char('-') + QLatin1String(name); }

    Run ctl(const QStringList &arguments, int ms = 60000)
    {
        return run(QStringLiteral("ip"), QStringList { "netns", "exec", ns("h"), S2ECTL_PATH } + arguments, ms);
    }

    void stopModules()
    {
        for (auto &module : m_modules) {
            module->process.disconnect(this);
            module->process.terminate();
            module->process.waitForFinished(5000);
        }
        m_modules.clear();
    }

    // Both modules, answering as `mode` says. A module on a foreign subnet can answer
    // unicast only when its stack sends off-subnet traffic straight onto the link; for
    // "peer" its namespace is given such a route, the broadcasts need none.
    bool startModules(const QString &mode, const QStringList &extra = {})
    {
        stopModules();
        const QStringList route = mode == u"peer" ? QStringList { "dev", "eth0" } : QStringList { "via", "192.168.0.1" };
        run(QStringLiteral("ip"), QStringList { "-n", ns("m2"), "route", "replace", "default" } + route);
        const QList<std::pair<const char *, const char *>> modules { { "m1", "10.77.0.7" }, { "m2", "192.168.0.7" } };
        int number = 1;
        for (const auto &[name, address] : modules) {
            auto module = std::make_unique<Module>();
            module->process.start(QStringLiteral("ip"),
                                  QStringList { "netns", "exec", ns(name), S2E_EMU_PATH, "--first-number",
                                                QString::number(number++), "--first-address", address, "--no-serial",
                                                "--reboot-ms", "200", "--reply", mode }
                                          + extra);
            QDeadlineTimer started(10000);
            while (!module->output.contains('\n') && !started.hasExpired()
                   && module->process.state() != QProcess::NotRunning) {
                module->process.waitForReadyRead(200);
                module->output += module->process.readAllStandardOutput();
            }
            if (!module->output.contains("listening")) {
                qWarning("s2e-emu did not start in %s: %s", qPrintable(ns(name)), module->process.readAllStandardError().constData());
                return false;
            }
            Module *running = module.get();
            connect(&module->process, &QProcess::readyReadStandardOutput, this,
                    [running] { running->output += running->process.readAllStandardOutput(); });
            m_modules.push_back(std::move(module));
        }
        return true;
    }

    // Runs `body` with this thread in the PC's namespace: sockets and interface lists made
    // there belong to it.
    template<typename Body>
    void inPcNamespace(Body body)
    {
        const int home = ::open("/proc/self/ns/net", O_RDONLY);
        const int pc = ::open(qPrintable(QStringLiteral("/var/run/netns/%1").arg(ns("h"))), O_RDONLY);
        QVERIFY(home >= 0 && pc >= 0);
        QVERIFY(::setns(pc, CLONE_NEWNET) == 0);
        body();
        QVERIFY(::setns(home, CLONE_NEWNET) == 0);
        ::close(pc);
        ::close(home);
    }

    static void modes()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("route");
        QTest::newRow("peer") << "peer" << "unicast";
        QTest::newRow("broadcast") << "broadcast" << "broadcast";
        QTest::newRow("broadcast-port") << "broadcast-port" << "setting-port";
    }

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("LAN test skipped: needs root for ip netns (run scripts/test.sh as root)");
        const Run up = run(QStringLiteral("sh"), { QStringLiteral(S2E_SOURCE_DIR "/scripts/lan.sh"), "up", m_lan });
        if (up.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("LAN test skipped: %1").arg(QString::fromUtf8(up.err).trimmed())));
        m_ready = true;
    }

    void cleanupTestCase()
    {
        stopModules();
        if (m_ready)
            run(QStringLiteral("sh"), { QStringLiteral(S2E_SOURCE_DIR "/scripts/lan.sh"), "down", m_lan });
    }

    void searchGetSetWithDefaultTargets_data() { modes(); }

    void searchGetSetWithDefaultTargets()
    {
        QFETCH(QString, mode);
        QFETCH(QString, route);
        QVERIFY(startModules(mode));
        const Run search = ctl({ "search", "--json" });
        QVERIFY2(search.exitCode == 0, search.err.constData());
        QMap<QString, QString> ips;
        for (const QJsonValue &module : QJsonDocument::fromJson(search.out).array()) {
            ips.insert(module[QStringLiteral("mac")].toString(), module[QStringLiteral("ip")].toString());
            QCOMPARE(module[QStringLiteral("reply")].toString(), route);
        }
        QCOMPARE(ips, (QMap<QString, QString> { { OnSubnetMac, "10.77.0.7" }, { ForeignMac, "192.168.0.7" } }));
        for (const QString &mac : { OnSubnetMac, ForeignMac }) {
            const Run set = ctl({ "set", mac, "port1.baud=57600", "name=LAN-" + mode.left(6) });
            QVERIFY2(set.exitCode == 0, qPrintable(mac + QLatin1Char(' ') + QString::fromUtf8(set.err)));
            const Run get = ctl({ "get", mac });
            QVERIFY2(get.exitCode == 0, get.err.constData());
            QVERIFY2(get.out.contains("port1.baud=57600\n"), get.out.constData());
            QVERIFY(get.out.contains(("name=LAN-" + mode.left(6) + "\n").toUtf8()));
        }
        // Requests sent unicast to the module on this subnet are answered the same way.
        const Run unicast = ctl({ "get", OnSubnetMac, "--ip", "10.77.0.7" });
        QVERIFY2(unicast.exitCode == 0, unicast.err.constData());
    }

    void finderAndClientClassesInTheLan_data() { modes(); }

    void finderAndClientClassesInTheLan()
    {
        // The classes the GUI uses, with their default options, in the PC's namespace.
        QFETCH(QString, mode);
        QVERIFY(startModules(mode));
        inPcNamespace([&] {
            DeviceFinder finder({});
            bool finished = false;
            connect(&finder, &DeviceFinder::finished, this, [&] { finished = true; });
            finder.start();
            QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
            QStringList macs;
            for (const FoundDevice &device : finder.devices()) {
                macs << device.reply.mac().toString();
                QCOMPARE(device.interfaces, QStringList { QStringLiteral("eth0") });
                QCOMPARE(device.localAddress, QHostAddress(QStringLiteral("10.77.0.1")));
            }
            macs.sort();
            QCOMPARE(macs, (QStringList { OnSubnetMac, ForeignMac }));
            for (const QString &mac : { OnSubnetMac, ForeignMac }) {
                ConfigClient client(*MacAddress::parse(mac), {}, {});
                const auto config = waitFor<DeviceConfig>([&](auto done) { client.read(done); });
                QVERIFY(config);
                QVERIFY2(config->ok(), qPrintable(config->error()));
                QCOMPARE(config->value().value(u"ip.address")->toString(),
                         mac == OnSubnetMac ? QStringLiteral("10.77.0.7") : QStringLiteral("192.168.0.7"));
            }
        });
    }

    void foreignModuleIsReaddressedByBroadcast()
    {
        QVERIFY(startModules(QStringLiteral("broadcast-port")));
        // Not reachable by unicast on its foreign address.
        QVERIFY(ctl({ "get", ForeignMac, "--ip", "192.168.0.7", "--timeout", "300", "--attempts", "1" }).exitCode != 0);
        const Run set = ctl({ "set", ForeignMac, "ip.address=10.77.0.8", "ip.mask=255.255.255.0", "ip.gateway=10.77.0.1" });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(ctl({ "search", "--json" }).out.contains("\"10.77.0.8\""));
        // A real module's IP stack takes the new address at restart; the virtual module's
        // namespace follows it by hand.
        run(QStringLiteral("ip"), { "-n", ns("m2"), "addr", "flush", "dev", "eth0" });
        run(QStringLiteral("ip"), { "-n", ns("m2"), "addr", "add", "10.77.0.8/24", "brd", "+", "dev", "eth0" });
        const Run unicast = ctl({ "get", ForeignMac, "--ip", "10.77.0.8" });
        QVERIFY2(unicast.exitCode == 0, unicast.err.constData());
        QVERIFY(unicast.out.contains("ip.address=10.77.0.8"));
        run(QStringLiteral("ip"), { "-n", ns("m2"), "addr", "flush", "dev", "eth0" });
        run(QStringLiteral("ip"), { "-n", ns("m2"), "addr", "add", "192.168.0.7/24", "brd", "+", "dev", "eth0" });
    }

    void netAtWithDefaultTargets()
    {
        // The module wants "+ok" after its discovery reply, as the WIFI232 lineage does. The
        // foreign module hears the keyword too but has no route back to answer it.
        QVERIFY(startModules(QStringLiteral("broadcast-port"), { "--net-at-needs-ok" }));
        const Run at = ctl({ "at", "--at-port", "48899", "AT+VER", "--json" });
        QVERIFY2(at.exitCode == 0, at.err.constData());
        const QJsonArray answers = QJsonDocument::fromJson(at.out).array();
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers.first()[QStringLiteral("ok")].toBool(), at.out.constData());
    }

    void upgradeThroughTisBootLoader()
    {
        QVERIFY(startModules(QStringLiteral("broadcast-port")));
        const QByteArray image = testFirmware(4044, 64 * 1024);
        const QString path = m_dir.filePath(QStringLiteral("fw.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(image) == image.size());
        file.close();
        const Run upgrade = ctl({ "upgrade", OnSubnetMac, path, "--json" }, 90000);
        QVERIFY2(upgrade.exitCode == 0, upgrade.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(upgrade.out).object();
        QCOMPARE(report[QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(report[QStringLiteral("given_ip")].toString(), QStringLiteral("10.77.0.7"));
        QCOMPARE(report[QStringLiteral("server_ip")].toString(), QStringLiteral("10.77.0.1"));
        QCOMPARE(report[QStringLiteral("firmware")].toInt(), 4044);
        QCOMPARE(report[QStringLiteral("transfer_restarts")].toInt(), 0);
        // The loader asked with no address, was given the module's, read twice, restarted never.
        QTRY_VERIFY_WITH_TIMEOUT(m_modules.front()->output.contains("firmware written"), 5000);
        const QByteArray &loader = m_modules.front()->output;
        QVERIFY2(loader.contains("given address 10.77.0.7"), loader.constData());
        QVERIFY2(loader.contains("0 transfer restart(s), 2 read request(s)"), loader.constData());
        QVERIFY(loader.contains(FirmwareImage::sha256(image)));
    }
};

QTEST_GUILESS_MAIN(tst_Lan)
#include "tst_lan.moc"
