#include "profile/profile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace s2e;

namespace {

DeviceConfig sampleConfig()
{
    auto config = DeviceConfig::defaults(*ModelTable::find(u"k7"));
    (void)config.setValue(u"name", QStringLiteral("Line-4"));
    (void)config.setValue(u"port1.baud", 9600);
    (void)config.setValue(u"cloud.id", QStringLiteral("00012345678901234567"));
    return config;
}

QStringList keysOf(const FieldChanges &changes)
{
    QStringList keys;
    for (const auto &change : changes)
        keys << change.first;
    return keys;
}

} // namespace

class tst_Profile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughAFile()
    {
        SearchReply module;
        module.setMac(*MacAddress::parse(u"02:55:53:52:00:04"));
        module.setFirmware(4017);
        module.setIpv4(0x7F000005);
        module.setName(QStringLiteral("Line-4"));
        const Profile profile = Profile::fromConfig(sampleConfig(), module, true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("line4.json"));
        QVERIFY(profile.save(path).ok());

        const auto loaded = Profile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->fields(), sampleConfig().fields());
        QCOMPARE(loaded->fields().size(), 30);
        const QJsonObject info = loaded->moduleInfo();
        QCOMPARE(info.value(u"mac"), QJsonValue("02:55:53:52:00:04"));
        QCOMPARE(info.value(u"firmware"), QJsonValue(4017));
        QCOMPARE(info.value(u"ip"), QJsonValue("127.0.0.5"));
        QCOMPARE(info.value(u"ports"), QJsonValue(1));
        QCOMPARE(info.value(u"cloud"), QJsonValue(true));
        QCOMPARE(loaded->toJson().value(u"format"), QJsonValue("s2e-studio-profile"));
        QCOMPARE(loaded->toJson().value(u"version"), QJsonValue(1));
    }

    void identityIsLeftOutUnlessAsked()
    {
        const Profile profile = Profile::fromConfig(sampleConfig(), std::nullopt, true);
        const QStringList all = keysOf(profile.changes({}, true));
        QCOMPARE(all.size(), 30);
        const QStringList shared = keysOf(profile.changes({}, false));
        QCOMPARE(shared.size(), 27);
        for (const QString &key : Profile::identityKeys()) {
            QVERIFY(all.contains(key));
            QVERIFY(!shared.contains(key));
        }
    }

    void onlyPatternsSelectKeys()
    {
        const Profile profile = Profile::fromConfig(sampleConfig(), std::nullopt);
        const QStringList port = keysOf(profile.changes({ QStringLiteral("port1.*") }, false));
        QCOMPARE(port.size(), 15);
        QVERIFY(std::all_of(port.begin(), port.end(), [](const QString &k) { return k.startsWith(u"port1."); }));
        const QStringList some = keysOf(profile.changes({ QStringLiteral("port1.baud"), QStringLiteral("cloud.*") }, false));
        QCOMPARE(some, QStringList({ "cloud.code", "cloud.id", "port1.baud" }));
        QVERIFY(profile.changes({ QStringLiteral("nothing.*") }, true).isEmpty());
        QCOMPARE(keysOf(profile.changes({ QStringLiteral("name") }, false)), QStringList());
        QCOMPARE(keysOf(profile.changes({ QStringLiteral("name") }, true)), QStringList({ "name" }));
    }

    void thePasswordStaysOutUnlessAsked()
    {
        const Profile plain = Profile::fromConfig(sampleConfig(), std::nullopt);
        QVERIFY(!plain.fields().contains(u"password"));
        QCOMPARE(plain.leftOutSecrets(), QStringList({ "password" }));
        QVERIFY(plain.fields().contains(u"user"));
        // Applied, it never changes the module's password.
        QVERIFY(!keysOf(plain.changes({}, true)).contains(QStringLiteral("password")));

        const Profile full = Profile::fromConfig(sampleConfig(), std::nullopt, true);
        QCOMPARE(full.fields().value(u"password"), QJsonValue(QStringLiteral("admin")));
        QVERIFY(full.leftOutSecrets().isEmpty());
        QVERIFY(keysOf(full.changes({}, false)).contains(QStringLiteral("password")));
        QCOMPARE(Profile::identityKeys(), QStringList({ "ip.address", "name", "mac.user" }));
    }

    void recordsItsFamily()
    {
        const Profile k7 = Profile::fromConfig(sampleConfig(), std::nullopt);
        QCOMPARE(k7.moduleInfo().value(u"model"), QJsonValue(QStringLiteral("k7")));
        QCOMPARE(k7.model(), ModelTable::find(u"k7"));
        auto m0Config = DeviceConfig::defaults(*ModelTable::find(u"302"));
        QVERIFY(m0Config.setValue(u"port1.max_clients", 9).ok());
        const auto m0 = Profile::fromJson(Profile::fromConfig(m0Config, std::nullopt).toJson());
        QVERIFY2(m0.ok(), qPrintable(m0.error()));
        QCOMPARE(m0->model(), ModelTable::find(u"302"));
        QCOMPARE(m0->fields().value(u"port1.max_clients"), QJsonValue(9));
        QVERIFY(!m0->fields().contains(u"cloud.id"));
    }

    void refusesWhatIsNotAProfile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"fields":{}})")
                                      << "not an s2e-studio profile";
        QTest::newRow("future version")
                << QByteArray(R"({"format":"s2e-studio-profile","version":2,"fields":{}})")
                << "profile version 2 is not supported";
        QTest::newRow("no fields") << QByteArray(R"({"format":"s2e-studio-profile","version":1})")
                                   << "no \"fields\" object";
        QTest::newRow("unknown key")
                << QByteArray(R"({"format":"s2e-studio-profile","version":1,"fields":{"port1.speed":1}})")
                << "unknown parameter \"port1.speed\"";
        QTest::newRow("bad value")
                << QByteArray(R"({"format":"s2e-studio-profile","version":1,"fields":{"port1.baud":50}})")
                << "port1.baud: 50 is not allowed";
        QTest::newRow("not json") << QByteArray("{") << "not a JSON object";
        QTest::newRow("unknown model")
                << QByteArray(R"({"format":"s2e-studio-profile","version":1,"module":{"model":"k9"},"fields":{}})")
                << "unknown model \"k9\" (known: k7, 410s, 302)";
        QTest::newRow("a K7 name on a 302")
                << QByteArray(R"({"format":"s2e-studio-profile","version":1,"module":{"model":"302"},)"
                              R"("fields":{"name":"fifteen-chars!!"}})")
                << "name: \"fifteen-chars!!\" is not allowed";
        QTest::newRow("a key the 302 has not")
                << QByteArray(R"({"format":"s2e-studio-profile","version":1,"module":{"model":"302"},)"
                              R"("fields":{"cloud.id":"x"}})")
                << "cloud.id: the USR-TCP232-302 reports no USR-cloud parameters";
    }

    void refusesWhatIsNotAProfile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const auto loaded = Profile::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().startsWith(path + QStringLiteral(": ")), qPrintable(loaded.error()));
        QVERIFY2(loaded.error().contains(error), qPrintable(loaded.error()));
    }

    void missingFile()
    {
        const auto loaded = Profile::load(QStringLiteral("/nonexistent/profile.json"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().startsWith(QStringLiteral("/nonexistent/profile.json: ")));
        QVERIFY(!Profile::fromConfig(sampleConfig(), std::nullopt)
                         .save(QStringLiteral("/nonexistent/dir/p.json"))
                         .ok());
    }
};

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
