#include "profile/profile.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "emulatorprocess.h"
#include "s2ectlrun.h"

#include <memory>


class tst_S2ectlModules : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emu;

    S2ectlRun ctl(const QStringList &arguments, quint16 port = 0)
    {
        return s2ectl(QStringList { "--broadcast", "127.255.255.255", "--port",
                                    QString::number(port ? port : m_emu.port()), "--timeout", "300" }
                      + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_emu.start({ "--devices", "5" }));
        QCOMPARE(m_emu.lines().size(), 6);
        QVERIFY(m_emu.lines().at(1).startsWith(QStringLiteral("02:55:53:52:00:01 127.0.0.2 USR-K7-001")));
    }

    void cleanupTestCase() { m_emu.stop(); }

    void search()
    {
        const S2ectlRun json = ctl({ "search", "--json" });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray devices = json.json().array();
        QCOMPARE(devices.size(), 5);
        const QJsonObject first = devices.first().toObject();
        QCOMPARE(first.keys(), QStringList({ "board_id", "board_type", "encryption", "firmware", "ip", "mac", "model", "name", "reply",
                                             "setting_port" }));
        // The K7 and the 410S share port 1901: until a read, which of them is not known.
        QCOMPARE(first.value(u"model"), QJsonValue(QJsonValue::Null));
        QCOMPARE(first.value(u"setting_port"), QJsonValue(m_emu.port()));
        // The virtual module answers as real modules did: by broadcast to the asker's port.
        QCOMPARE(first.value(u"reply"), QJsonValue("broadcast"));
        QCOMPARE(first.value(u"mac"), QJsonValue("02:55:53:52:00:01"));
        QCOMPARE(first.value(u"ip"), QJsonValue("127.0.0.2"));
        QCOMPARE(first.value(u"firmware"), QJsonValue(4017));

        const S2ectlRun table = ctl({ "search" });
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = QString::fromUtf8(table.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().startsWith(QStringLiteral("IP")));
        QVERIFY(lines.at(1).contains(QStringLiteral("02:55:53:52:00:01")));
        QVERIFY(lines.at(1).contains(QStringLiteral("USR-K7-001")));
    }

    void get()
    {
        const S2ectlRun json = ctl({ "get", "02:55:53:52:00:02", "--json" });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject fields = json.json().object();
        QCOMPARE(fields.size(), 30);
        QCOMPARE(fields.value(u"ip.address"), QJsonValue("127.0.0.3"));
        QCOMPARE(fields.value(u"port1.baud"), QJsonValue(115200));
        QCOMPARE(fields.value(u"port1.rfc2217"), QJsonValue(false));

        const S2ectlRun text = ctl({ "get", "02:55:53:52:00:02" });
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 30);
        QVERIFY(lines.contains(QStringLiteral("port1.mode=tcp-server")));
        QVERIFY(lines.contains(QStringLiteral("name=USR-K7-002")));
    }

    void setShowsInGetAndSearch()
    {
        const S2ectlRun set = ctl({ "set", "02:55:53:52:00:03", "ip.address=127.0.0.40",
                                 "port1.baud=19200", "port1.parity=odd", "port1.mode=udp-client",
                                 "name=Renamed-3" });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(set.out.contains("port1.baud: 115200 -> 19200"));
        QVERIFY(set.out.contains("port1.mode: tcp-server -> udp-client"));

        const QJsonObject fields = ctl({ "get", "02:55:53:52:00:03", "--json" }).json().object();
        QCOMPARE(fields.value(u"port1.baud"), QJsonValue(19200));
        QCOMPARE(fields.value(u"port1.parity"), QJsonValue("odd"));
        QCOMPARE(fields.value(u"port1.mode"), QJsonValue("udp-client"));

        const QJsonArray devices = ctl({ "search", "--json" }).json().array();
        bool seen = false;
        for (const QJsonValue &device : devices) {
            if (device[u"mac"] == QJsonValue("02:55:53:52:00:03")) {
                seen = true;
                QCOMPARE(device[u"ip"], QJsonValue("127.0.0.40"));
                QCOMPARE(device[u"name"], QJsonValue("Renamed-3"));
            }
        }
        QVERIFY(seen);

        const S2ectlRun json = ctl({ "set", "02:55:53:52:00:03", "port1.baud=4800", "--json" });
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().object().value(u"changed").toObject().value(u"port1.baud").toObject(),
                 QJsonObject({ { "from", 19200 }, { "to", 4800 } }));
    }

    void exportAndApply()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QVERIFY(ctl({ "set", "02:55:53:52:00:04", "port1.baud=57600", "port1.pack_len=256" }).exitCode == 0);
        const S2ectlRun exported = ctl({ "export", "02:55:53:52:00:04", path });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(profile.value(u"module").toObject().value(u"firmware"), QJsonValue(4017));
        QCOMPARE(profile.value(u"fields").toObject().value(u"port1.baud"), QJsonValue(57600));
        // The password only when asked for, and said so.
        QVERIFY(!profile.value(u"fields").toObject().contains(u"password"));
        QVERIFY2(exported.out.contains("password left out (add --with-password to include it)"), exported.out.constData());
        const QString withPassword = dir.filePath(QStringLiteral("with-password.json"));
        QCOMPARE(ctl({ "export", "02:55:53:52:00:04", withPassword, "--with-password" }).exitCode, 0);
        QVERIFY(s2e::Profile::load(withPassword)->fields().contains(u"password"));

        const S2ectlRun applied = ctl({ "apply", path, "02:55:53:52:00:01", "02:55:53:52:00:05", "--json" });
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QJsonArray results = applied.json().array();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &result : results) {
            QCOMPARE(result[u"ok"], QJsonValue(true));
            QCOMPARE(result[u"changed"].toArray(), QJsonArray({ "port1.baud", "port1.pack_len" }));
        }
        // Identity fields stayed with their modules.
        const QJsonObject fields = ctl({ "get", "02:55:53:52:00:05", "--json" }).json().object();
        QCOMPARE(fields.value(u"port1.pack_len"), QJsonValue(256));
        QCOMPARE(fields.value(u"name"), QJsonValue("USR-K7-005"));
        QCOMPARE(fields.value(u"ip.address"), QJsonValue("127.0.0.6"));

        const S2ectlRun text = ctl({ "apply", path, "02:55:53:52:00:01", "02:55:53:52:0F:FF",
                                  "--only", "port1.*", "--attempts", "1" });
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("02:55:53:52:00:01: ok, 0 field(s) changed"));
        QVERIFY(text.out.contains("FAILED 02:55:53:52:0F:FF: read: no answer"));
    }

    void restartAndFactoryReset()
    {
        const S2ectlRun restart = ctl({ "restart", "02:55:53:52:00:02" });
        QVERIFY2(restart.exitCode == 0, restart.err.constData());
        QVERIFY(restart.out.contains("restarted, answering at 127.0.0.3"));
        QVERIFY(ctl({ "set", "02:55:53:52:00:02", "port1.baud=2400" }).exitCode == 0);
        const S2ectlRun reset = ctl({ "factory-reset", "02:55:53:52:00:02" });
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        const QJsonObject fields = ctl({ "get", "02:55:53:52:00:02", "--json" }).json().object();
        QCOMPARE(fields.value(u"port1.baud"), QJsonValue(115200));
    }

    void failuresAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << QStringList { "get", "02:55:53:52:00:01", "--password", "nope" }
                                        << 1 << "02:55:53:52:00:01: read: module rejected the user name or password";
        QTest::newRow("bad value") << QStringList { "set", "02:55:53:52:00:01", "port1.baud=12" } << 2
                                   << "port1.baud: \"12\" is not allowed";
        QTest::newRow("unknown key") << QStringList { "set", "02:55:53:52:00:01", "port1.speed=1" } << 2
                                     << "unknown parameter \"port1.speed\"";
        QTest::newRow("not key=value") << QStringList { "set", "02:55:53:52:00:01", "baud" } << 2
                                       << "\"baud\" is not key=value";
        QTest::newRow("bad mac") << QStringList { "get", "02:55" } << 2 << "\"02:55\" is not a MAC address";
        QTest::newRow("missing mac") << QStringList { "get" } << 2 << "usage: s2ectl get MAC";
        QTest::newRow("long password") << QStringList { "search", "--password", "toolong" } << 2
                                       << "password \"toolong\" is not allowed";
        QTest::newRow("bad port") << QStringList { "search", "--port", "70000" } << 2 << "--port: expected";
        QTest::newRow("no profile") << QStringList { "apply", "/nonexistent.json", "02:55:53:52:00:01" } << 2
                                    << "/nonexistent.json: ";
    }

    void failuresAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const S2ectlRun run = ctl(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).startsWith(message), run.err.constData());
    }

    void credentialsFromTheEnvironment()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("S2E_PASSWORD"), QStringLiteral("wrong"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(S2ECTL_PATH),
                      { "--broadcast", "127.255.255.255", "--port", QString::number(m_emu.port()),
                        "--timeout", "300", "get", "02:55:53:52:00:01" });
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("rejected the user name or password"));
    }

    void persistsAcrossEmulatorRestart()
    {
        QTemporaryDir state;
        EmulatorProcess emu;
        QVERIFY(emu.start({ "--devices", "2", "--state-dir", state.path() }));
        QVERIFY(ctl({ "set", "02:55:53:52:00:02", "port1.baud=230400", "name=Kept" }, emu.port()).exitCode == 0);
        emu.stop();
        EmulatorProcess again;
        QVERIFY(again.start({ "--devices", "2", "--state-dir", state.path() }));
        QVERIFY(again.lines().at(2).startsWith(QStringLiteral("02:55:53:52:00:02")));
        const QJsonObject fields = ctl({ "get", "02:55:53:52:00:02", "--json" }, again.port()).json().object();
        QCOMPARE(fields.value(u"port1.baud"), QJsonValue(230400));
        QCOMPARE(fields.value(u"name"), QJsonValue("Kept"));
        again.stop();
    }
};

QTEST_GUILESS_MAIN(tst_S2ectlModules)
#include "tst_s2ectl_modules.moc"
