#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>
#include <unistd.h>

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

Run ip(const QStringList &arguments)
{
    return run(QStringLiteral("ip"), arguments, 10000);
}

} // namespace

// A small LAN of network namespaces this test creates (and removes): the host at
// 192.168.50.1/24, two modules on its subnet and one on a foreign subnet (10.9.8.7/24), all
// joined by a bridge. Everything is broadcast inside these namespaces only.
class tst_Lan : public QObject
{
    Q_OBJECT

    QString m_prefix = QStringLiteral("s2e%1").arg(::getpid());
    QStringList m_namespaces;
    std::vector<std::unique_ptr<QProcess>> m_modules;
    bool m_ready = false;

    QString ns(const char *name) const { return m_prefix + QLatin1String(name); }

    Run ctl(const QStringList &arguments)
    {
        return run(QStringLiteral("ip"), QStringList { "netns", "exec", ns("host"), S2ECTL_PATH } + arguments);
    }

    bool setUp(QString *why)
    {
        if (::geteuid() != 0) {
            *why = QStringLiteral("needs root for ip netns (run scripts/test.sh as root)");
            return false;
        }
        for (const char *name : { "host", "bridge", "m1", "m2", "m3" }) {
            const Run added = ip({ "netns", "add", ns(name) });
            if (added.exitCode != 0) {
                *why = QStringLiteral("ip netns add failed: %1").arg(QString::fromUtf8(added.err).trimmed());
                return false;
            }
            m_namespaces << ns(name);
            ip({ "-n", ns(name), "link", "set", "lo", "up" });
        }
        ip({ "-n", ns("bridge"), "link", "add", "br0", "type", "bridge" });
        ip({ "-n", ns("bridge"), "link", "set", "br0", "up" });
        const QList<std::pair<const char *, const char *>> hosts { { "host", "192.168.50.1/24" }, { "m1", "192.168.50.11/24" },
                                                                    { "m2", "192.168.50.12/24" }, { "m3", "10.9.8.7/24" } };
        for (const auto &[name, address] : hosts) {
            const QString port = QStringLiteral("p-") + QLatin1String(name);
            if (ip({ "-n", ns("bridge"), "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", ns(name) }).exitCode != 0) {
                *why = QStringLiteral("cannot create veth pairs here");
                return false;
            }
            ip({ "-n", ns("bridge"), "link", "set", port, "master", "br0", "up" });
            ip({ "-n", ns(name), "addr", "add", QLatin1String(address), "brd", "+", "dev", "eth0" });
            ip({ "-n", ns(name), "link", "set", "eth0", "up" });
        }
        // The foreign module answers whoever asked through its only link, as a module does.
        ip({ "-n", ns("m3"), "route", "add", "default", "dev", "eth0" });
        int number = 1;
        for (const auto &[name, address] : hosts.mid(1)) {
            auto module = std::make_unique<QProcess>();
            module->start(QStringLiteral("ip"), { "netns", "exec", ns(name), S2E_EMU_PATH, "--devices", "1", "--first-number",
                                                  QString::number(number++), "--first-address", QString::fromLatin1(address).section(u'/', 0, 0),
                                                  "--no-serial", "--at-port", "0", "--magic-port", "0", "--reboot-ms", "200" });
            if (!module->waitForReadyRead(10000)) {
                *why = QStringLiteral("s2e-emu did not start in %1: %2").arg(ns(name), QString::fromUtf8(module->readAllStandardError()));
                return false;
            }
            m_modules.push_back(std::move(module));
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_ready = setUp(&why);
        if (!m_ready)
            QSKIP(qPrintable(QStringLiteral("LAN test skipped: %1").arg(why)));
    }

    void cleanupTestCase()
    {
        for (auto &module : m_modules) {
            module->terminate();
            module->waitForFinished(5000);
        }
        for (const QString &name : std::as_const(m_namespaces))
            ip({ "netns", "del", name });
    }

    void broadcastSearchFindsAllThree()
    {
        const Run search = ctl({ "search", "--json", "--search-time", "3000" });
        QVERIFY2(search.exitCode == 0, search.err.constData());
        const QJsonArray modules = QJsonDocument::fromJson(search.out).array();
        QStringList ips;
        for (const QJsonValue &module : modules)
            ips << module[QStringLiteral("ip")].toString();
        ips.sort();
        QCOMPARE(ips, QStringList({ "10.9.8.7", "192.168.50.11", "192.168.50.12" }));
    }

    void foreignModuleIsReaddressedByBroadcast()
    {
        const QString mac = QStringLiteral("02:55:53:52:00:03");
        // Not reachable by unicast on its foreign address.
        QVERIFY(ctl({ "get", mac, "--ip", "10.9.8.7", "--timeout", "300", "--attempts", "1" }).exitCode != 0);
        const Run set = ctl({ "set", mac, "ip.address=192.168.50.13", "ip.mask=255.255.255.0", "ip.gateway=192.168.50.1" });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const Run search = ctl({ "search", "--json" });
        QVERIFY(search.out.contains("\"192.168.50.13\""));
        // A real module's IP stack takes the new address at restart; the virtual module's
        // namespace follows it by hand.
        ip({ "-n", ns("m3"), "addr", "flush", "dev", "eth0" });
        ip({ "-n", ns("m3"), "addr", "add", "192.168.50.13/24", "brd", "+", "dev", "eth0" });
        const Run unicast = ctl({ "get", mac, "--ip", "192.168.50.13" });
        QVERIFY2(unicast.exitCode == 0, unicast.err.constData());
        QVERIFY(unicast.out.contains("ip.address=192.168.50.13"));
    }
};

QTEST_APPLESS_MAIN(tst_Lan)
#include "tst_lan.moc"
