#include "emulatorprocess.h"
#include "s2ectlrun.h"
#include "testvectors.h"

#include "protocol/requestframe.h"

#include <QJsonArray>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString K7 = QStringLiteral("02:55:53:52:00:01");
const QString TwoPort = QStringLiteral("02:55:53:52:00:02");
const QString M0 = QStringLiteral("02:55:53:52:00:03");
} // namespace

// One run against a virtual USR-K7, TCP232-410S and TCP232-302: each found on its own
// setting port, read, written, reset and given profiles in its own layout.
class tst_S2ectlFamilies : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emu;

    S2ectlRun ctl(const QStringList &arguments, const EmulatorProcess &emu)
    {
        return s2ectl(QStringList { "--broadcast", "127.255.255.255", "--port", emu.portsArgument(), "--timeout", "300" }
                      + arguments);
    }
    S2ectlRun ctl(const QStringList &arguments) { return ctl(arguments, m_emu); }

    // The module's read reply as it comes, from a plain socket: what s2ectl wrote, unparsed.
    // By broadcast, as the protocol sends commands: only the module with that MAC answers.
    static QByteArray rawRead(const QString &mac, quint16 port)
    {
        const QHostAddress address(QStringLiteral("127.255.255.255"));
        QUdpSocket socket;
        if (!socket.bind(QHostAddress::AnyIPv4, 0))
            return {};
        const auto request = s2e::RequestFrame::create(s2e::Command::Read, *s2e::MacAddress::parse(mac),
                                                       QStringLiteral("admin"), QStringLiteral("admin"));
        for (int attempt = 0; attempt < 5; ++attempt) {
            socket.writeDatagram(request->encode(), address, port);
            if (socket.waitForReadyRead(500))
                return socket.receiveDatagram().data();
        }
        return {};
    }

    QJsonObject fieldsOf(const QString &mac)
    {
        const S2ectlRun run = ctl({ "get", mac, "--json" });
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.json().object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_emu.start({ "--devices", "3", "--model", "k7,410s,302" }));
        QVERIFY(m_emu.port() != 0 && m_emu.m0Port() != 0 && m_emu.port() != m_emu.m0Port());
        QVERIFY(m_emu.lines().at(3).contains(QStringLiteral("USR-302-003")));
    }

    void cleanupTestCase() { m_emu.stop(); }

    void searchFindsEveryFamilyOnItsPort()
    {
        const S2ectlRun run = ctl({ "search", "--json" });
        QCOMPARE(run.exitCode, 0);
        QMap<QString, QJsonObject> byMac;
        for (const QJsonValue &device : run.json().array())
            byMac.insert(device[u"mac"].toString(), device.toObject());
        QCOMPARE(byMac.size(), 3);
        QCOMPARE(byMac[K7].value(u"setting_port"), QJsonValue(m_emu.port()));
        QCOMPARE(byMac[M0].value(u"setting_port"), QJsonValue(m_emu.m0Port()));
        // Only the 302 listens on 1500; the K7 and 410S are told apart by a read.
        QCOMPARE(byMac[M0].value(u"model"), QJsonValue("302"));
        QCOMPARE(byMac[K7].value(u"model"), QJsonValue(QJsonValue::Null));
        // Each answers as real modules did: by broadcast to the asker's port.
        QCOMPARE(byMac[M0].value(u"reply"), QJsonValue("broadcast"));
        QCOMPARE(byMac[K7].value(u"reply"), QJsonValue("broadcast"));
        QCOMPARE(byMac[TwoPort].value(u"reply"), QJsonValue("broadcast"));

        const S2ectlRun table = ctl({ "search" });
        QVERIFY(table.out.contains("USR-TCP232-302"));
        QVERIFY(table.out.contains("MODEL"));

        // --port narrows the search to the ports it names.
        const S2ectlRun m0Only = s2ectl({ "--broadcast", "127.255.255.255", "--port",
                                          QStringLiteral("1500=%1").arg(m_emu.m0Port()), "search", "--json" });
        QCOMPARE(m0Only.json().array().size(), 1);
        QCOMPARE(m0Only.json().array().first()[u"mac"], QJsonValue(M0));
    }

    void getShowsEachFamilysParameters()
    {
        const QJsonObject k7 = fieldsOf(K7);
        QCOMPARE(k7.size(), 30);
        QVERIFY(k7.contains(u"cloud.id"));
        QVERIFY(k7.contains(u"port1.pack_len"));
        QVERIFY(!k7.contains(u"port1.max_clients"));

        const QJsonObject twoPort = fieldsOf(TwoPort);
        QCOMPARE(twoPort.size(), 43);
        QCOMPARE(twoPort.value(u"port2.baud"), QJsonValue(115200));
        QVERIFY(!twoPort.contains(u"cloud.id"));

        const QJsonObject m0 = fieldsOf(M0);
        QCOMPARE(m0.size(), 30);
        QCOMPARE(m0.value(u"port1.max_clients"), QJsonValue(4));
        QCOMPARE(m0.value(u"port1.httpd_method"), QJsonValue("get"));
        QCOMPARE(m0.value(u"port1.pack_time"), QJsonValue(10));
        QCOMPARE(m0.value(u"name"), QJsonValue("USR-302-003"));
        QVERIFY(!m0.contains(u"cloud.id"));
    }

    void setWritesEachFamilysLayout()
    {
        const S2ectlRun m0 = ctl({ "set", M0, "port1.max_clients=8", "port1.pack_len=512", "port1.httpd_method=post",
                                   "name=fourteen-chars" });
        QVERIFY2(m0.exitCode == 0, m0.err.constData());
        const QJsonObject after = fieldsOf(M0);
        QCOMPARE(after.value(u"port1.max_clients"), QJsonValue(8));
        QCOMPARE(after.value(u"port1.pack_len"), QJsonValue(512));
        QCOMPARE(after.value(u"port1.httpd_method"), QJsonValue("post"));
        QCOMPARE(after.value(u"name"), QJsonValue("fourteen-chars"));

        // A name the K7 would take is one character too long for the 302: refused, nothing written.
        const S2ectlRun tooLong = ctl({ "set", M0, "name=fifteen-chars!!" });
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(tooLong.err.contains("validate: name:"), tooLong.err.constData());
        QCOMPARE(fieldsOf(M0).value(u"name"), QJsonValue("fourteen-chars"));

        const S2ectlRun k7 = ctl({ "set", K7, "port1.max_clients=8" });
        QCOMPARE(k7.exitCode, 1);
        QVERIFY2(k7.err.contains("port1.max_clients: the USR-K7 has no such parameter"), k7.err.constData());

        const S2ectlRun twoPort = ctl({ "set", TwoPort, "port2.baud=9600", "port2.mode=udp-client" });
        QVERIFY2(twoPort.exitCode == 0, twoPort.err.constData());
        QCOMPARE(fieldsOf(TwoPort).value(u"port2.baud"), QJsonValue(9600));
        QCOMPARE(fieldsOf(TwoPort).value(u"port1.baud"), QJsonValue(115200));
    }

    void aK7ProfileOnA302WritesOnlyWhatExistsThere()
    {
        QVERIFY(ctl({ "set", K7, "port1.baud=57600", "port1.pack_len=256", "cloud.id=12345678901234567890" }).exitCode == 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k7.json"));
        QCOMPARE(ctl({ "export", K7, path }).exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())[u"module"][u"model"], QJsonValue("k7"));

        const QJsonObject before = fieldsOf(M0);
        const S2ectlRun applied = ctl({ "apply", path, M0, "--json" });
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        const QJsonObject result = applied.json().array().first().toObject();
        QCOMPARE(result.value(u"ok"), QJsonValue(true));
        // The K7 packs after 0 ms (4 characters), the 302 after 10, and has no WebSocket port:
        // those move too.
        QCOMPARE(result.value(u"changed").toArray(),
                 QJsonArray({ "websocket.port", "port1.baud", "port1.pack_len", "port1.pack_time" }));
        const QJsonArray leftOut = result.value(u"left_out").toArray();
        QCOMPARE(leftOut.size(), 3);
        // The cloud keys, and the K7's restart timer, which the 302 keeps outside its blocks.
        QVERIFY(leftOut.first().toString().startsWith(QStringLiteral("cloud.")));
        QVERIFY(leftOut.first().toString().contains(QStringLiteral("USR-TCP232-302")));
        QVERIFY2(leftOut.last().toString().startsWith(QStringLiteral("restart_timeout: ")), qPrintable(leftOut.last().toString()));
        QVERIFY(leftOut.last().toString().contains(QStringLiteral("AT+RSTIM")));

        // Mapped by key: the 302's packing length moved, its HTTPD flag and client limit did not.
        const QJsonObject after = fieldsOf(M0);
        QCOMPARE(after.value(u"port1.pack_len"), QJsonValue(256));
        QCOMPARE(after.value(u"port1.baud"), QJsonValue(57600));
        QCOMPARE(after.value(u"port1.max_clients"), before.value(u"port1.max_clients"));
        QCOMPARE(after.value(u"port1.httpd_method"), before.value(u"port1.httpd_method"));
        QCOMPARE(after.value(u"name"), before.value(u"name"));

        const S2ectlRun text = ctl({ "apply", path, M0 });
        QVERIFY(text.out.contains("left out: cloud.id: the USR-TCP232-302"));
    }

    void aK7sDnsIsNeverWrittenIntoItsRestartTimer()
    {
        const QByteArray before = rawRead(K7, m_emu.port());
        QCOMPARE(before.size(), 180);
        QCOMPARE(before.sliced(59, 4), QByteArray::fromHex("100E0000"));
        const S2ectlRun dns = ctl({ "set", K7, "ip.dns=8.8.8.8" });
        QCOMPARE(dns.exitCode, 1);
        QVERIFY2(dns.err.contains("AT+DNS"), dns.err.constData());
        QCOMPARE(rawRead(K7, m_emu.port()).sliced(59, 4), before.sliced(59, 4));
        // The restart timer itself is a parameter of its own.
        const S2ectlRun timer = ctl({ "set", K7, "restart_timeout=0", "--json" });
        QVERIFY2(timer.exitCode == 0, timer.err.constData());
        QCOMPARE(rawRead(K7, m_emu.port()).sliced(59, 4),
                 QByteArray::fromHex("00000000"));
        QVERIFY(ctl({ "set", K7, "restart_timeout=3600" }).exitCode == 0);
    }

    void a302SavesWithoutAStore()
    {
        const S2ectlRun set = ctl({ "set", M0, "port1.baud=38400", "--json" });
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(set.json().object().value(u"stored_on_write"), QJsonValue(true));
        QCOMPARE(fieldsOf(M0).value(u"port1.baud"), QJsonValue(38400));
        QVERIFY(ctl({ "set", M0, "port1.baud=115200" }).exitCode == 0);
    }

    void aModuleThatAnswersEToAStoreIsVerifiedInstead_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("E") << "E";
        QTest::newRow("no answer") << "none";
    }

    void aModuleThatAnswersEToAStoreIsVerifiedInstead()
    {
        QFETCH(QString, answer);
        EmulatorProcess storesOnWrite;
        QVERIFY(storesOnWrite.start({ "--first-number", "40", "--store-reply", answer }));
        const QString mac = QStringLiteral("02:55:53:52:00:28");
        const S2ectlRun set = ctl({ "set", mac, "port1.baud=9600", "--attempts", "2" }, storesOnWrite);
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(set.out.contains("stores on write"), set.out.constData());
        QCOMPARE(ctl({ "get", mac, "--json" }, storesOnWrite).json().object().value(u"port1.baud"), QJsonValue(9600));
    }

    void factoryResetRestoresEachFamilysDefaults()
    {
        for (const QString &mac : { M0, TwoPort }) {
            const S2ectlRun reset = ctl({ "factory-reset", mac });
            QVERIFY2(reset.exitCode == 0, reset.err.constData());
        }
        const QJsonObject m0 = fieldsOf(M0);
        QCOMPARE(m0.value(u"name"), QJsonValue("USR-302-003"));
        QCOMPARE(m0.value(u"port1.max_clients"), QJsonValue(4));
        QCOMPARE(m0.value(u"port1.pack_time"), QJsonValue(10));
        QCOMPARE(fieldsOf(TwoPort).value(u"port2.baud"), QJsonValue(115200));
    }

    void theTwoPortFamilyAnswersAWrongRestartLoginWithE()
    {
        const S2ectlRun run = ctl({ "restart", TwoPort, "--password", "nope", "--attempts", "1" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("some modules answer so to a wrong user name or password"), run.err.constData());
    }

    void aSplitReadArrivingLateAndOutOfOrderIsAssembled()
    {
        EmulatorProcess slow;
        QVERIFY(slow.start({ "--model", "302", "--first-number", "20", "--piece-gap", "50", "--reverse-pieces" }));
        const S2ectlRun run = ctl({ "get", "02:55:53:52:00:14", "--json" }, slow);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().object().value(u"name"), QJsonValue("USR-302-020"));
        QCOMPARE(run.json().object().value(u"port1.max_clients"), QJsonValue(4));
    }

    void aSplitReadWithAPieceMissingIsRefusedNotMisparsed()
    {
        EmulatorProcess gapped;
        QVERIFY(gapped.start({ "--model", "302", "--first-number", "30", "--piece-gap", "50", "--drop-piece", "2" }));
        const S2ectlRun run = ctl({ "get", "02:55:53:52:00:1E", "--attempts", "2" }, gapped);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("an incomplete read reply (214 byte(s) in 2 datagram(s) (130 + 84); the "
                                  "USR-TCP232-302 answers 130 + 50 + 84)"),
                 run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_S2ectlFamilies)
#include "tst_s2ectl_families.moc"
