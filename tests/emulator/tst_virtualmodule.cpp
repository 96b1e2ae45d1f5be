#include "protocol/shortreply.h"
#include "virtualmodule.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace s2e;
using namespace s2e::emu;

namespace {

ModuleIdentity identity()
{
    ModuleIdentity id;
    id.mac = *MacAddress::parse(u"02:55:53:52:00:07");
    id.address = QHostAddress(QStringLiteral("127.0.0.9"));
    id.name = QStringLiteral("USR-K7-007");
    id.firmware = 4021;
    return id;
}

RequestFrame frame(Command command, const QByteArray &params = {},
                   const QString &password = QStringLiteral("admin"),
                   const MacAddress &mac = identity().mac)
{
    return *RequestFrame::create(command, mac, QStringLiteral("admin"), password, params);
}

std::optional<ShortReply> shortReply(const std::optional<QByteArray> &bytes)
{
    if (!bytes)
        return std::nullopt;
    return ShortReply::parse(*bytes, nullptr);
}

} // namespace

class tst_VirtualModule : public QObject
{
    Q_OBJECT

private slots:
    void answersSearchWithItsIdentity()
    {
        VirtualModule module(identity(), QString());
        const auto reply = module.handle(RequestFrame::search());
        QVERIFY(reply);
        const auto parsed = SearchReply::parse(*reply, nullptr);
        QVERIFY(parsed);
        QVERIFY(parsed->checksumOk());
        QCOMPARE(parsed->mac(), identity().mac);
        QCOMPARE(parsed->ipString(), QStringLiteral("127.0.0.9"));
        QCOMPARE(parsed->name(), QStringLiteral("USR-K7-007"));
        QCOMPARE(parsed->firmware(), 4021);
    }

    void factoryParametersAreK7WithLoopbackAddresses()
    {
        VirtualModule module(identity(), QString());
        const DeviceConfig config = module.workingConfig();
        QCOMPARE(config.encode().size(), 180);
        QCOMPARE(*config.value(u"ip.address"), QJsonValue("127.0.0.9"));
        QCOMPARE(*config.value(u"port1.remote_host"), QJsonValue("127.0.0.1"));
        QCOMPARE(*config.value(u"port1.mode"), QJsonValue("tcp-server"));
        QCOMPARE(*config.value(u"port1.baud"), QJsonValue(115200));
        QCOMPARE(*config.value(u"mac.user"), QJsonValue("02:55:53:52:00:07"));
        QCOMPARE(*config.value(u"user"), QJsonValue("admin"));
    }

    void ignoresOtherModules()
    {
        VirtualModule module(identity(), QString());
        const auto other = *MacAddress::parse(u"02:55:53:52:00:08");
        QVERIFY(!module.handle(frame(Command::Read, {}, QStringLiteral("admin"), other)));
        QVERIFY(!module.handle(frame(Command::Restart, {}, QStringLiteral("admin"), other)));
        QVERIFY(!module.isRebooting());
    }

    void checksAndCredentials()
    {
        VirtualModule module(identity(), QString());
        const auto wrong = shortReply(module.handle(frame(Command::Read, {}, QStringLiteral("guess"))));
        QVERIFY(wrong);
        QCOMPARE(wrong->command(), Command::Read);
        QCOMPARE(wrong->status(), ShortReply::Status::Auth);

        QByteArray bytes = frame(Command::Store).encode();
        bytes[bytes.size() - 1] = char(bytes.back() + 1);
        const auto badSum = shortReply(module.handle(*RequestFrame::parse(bytes, nullptr)));
        QVERIFY(badSum);
        QCOMPARE(badSum->status(), ShortReply::Status::Error);

        // A one-port module has no second port block to write.
        const auto port2 = shortReply(module.handle(
                frame(Command::WritePort2, module.workingConfig().port(0).encode())));
        QCOMPARE(port2->status(), ShortReply::Status::Error);
    }

    void writeStoreRestart()
    {
        VirtualModule module(identity(), QString());
        module.setRebootDelay(50);
        DeviceConfig changed = module.workingConfig();
        QVERIFY(changed.setValue(u"port1.baud", 9600).ok());
        QVERIFY(changed.setValue(u"name", QStringLiteral("Renamed")).ok());

        QCOMPARE(shortReply(module.handle(frame(Command::WritePort1, changed.port(0).encode())))->status(),
                 ShortReply::Status::Ok);
        QCOMPARE(shortReply(module.handle(frame(Command::WriteBasic, changed.basic().encode())))->status(),
                 ShortReply::Status::Ok);
        // A read before restart returns what was written; search still shows the old name.
        QCOMPARE(*module.handle(frame(Command::Read)), changed.encode());
        QCOMPARE(SearchReply::parse(*module.handle(RequestFrame::search()), nullptr)->name(),
                 QStringLiteral("USR-K7-007"));

        QSignalSpy stored(&module, &VirtualModule::stored);
        QCOMPARE(shortReply(module.handle(frame(Command::Store)))->status(), ShortReply::Status::Ok);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(module.storedConfig(), changed);

        QSignalSpy restarted(&module, &VirtualModule::restarted);
        QCOMPARE(shortReply(module.handle(frame(Command::Restart)))->status(), ShortReply::Status::Ok);
        QVERIFY(module.isRebooting());
        QVERIFY(!module.handle(RequestFrame::search()));
        QVERIFY(!module.handle(frame(Command::Read)));
        QVERIFY(restarted.wait(5000));
        QCOMPARE(SearchReply::parse(*module.handle(RequestFrame::search()), nullptr)->name(),
                 QStringLiteral("Renamed"));
        QCOMPARE(module.runningConfig(), changed);
    }

    void restartWithoutStoreDropsWrites()
    {
        VirtualModule module(identity(), QString());
        module.setRebootDelay(10);
        DeviceConfig changed = module.workingConfig();
        QVERIFY(changed.setValue(u"port1.baud", 9600).ok());
        module.handle(frame(Command::WritePort1, changed.port(0).encode()));
        QSignalSpy restarted(&module, &VirtualModule::restarted);
        module.handle(frame(Command::Restart));
        QVERIFY(restarted.wait(5000));
        QCOMPARE(*module.workingConfig().value(u"port1.baud"), QJsonValue(115200));
    }

    void factoryReset()
    {
        VirtualModule module(identity(), QString());
        DeviceConfig changed = module.workingConfig();
        QVERIFY(changed.setValue(u"port1.mode", QStringLiteral("udp-client")).ok());
        module.handle(frame(Command::WritePort1, changed.port(0).encode()));
        module.handle(frame(Command::Store));
        QCOMPARE(shortReply(module.handle(frame(Command::FactoryReset)))->status(),
                 ShortReply::Status::Ok);
        QCOMPARE(module.storedConfig(), module.factoryConfig());
        QCOMPARE(module.workingConfig(), module.factoryConfig());
    }

    void dropsFirstRequests()
    {
        VirtualModule module(identity(), QString());
        module.setDropFirstRequests(2);
        QVERIFY(module.handle(RequestFrame::search())); // search is never dropped
        QVERIFY(!module.handle(frame(Command::Read)));
        QVERIFY(!module.handle(frame(Command::Read)));
        QVERIFY(module.handle(frame(Command::Read)));
    }

    void persistsStoredParameters()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString state = dir.filePath(QStringLiteral("module.bin"));
        DeviceConfig changed;
        {
            VirtualModule module(identity(), state);
            changed = module.workingConfig();
            QVERIFY(changed.setValue(u"port1.baud", 57600).ok());
            module.handle(frame(Command::WritePort1, changed.port(0).encode()));
            QVERIFY(!QFile::exists(state));
            module.handle(frame(Command::Store));
            QVERIFY(QFile::exists(state));
        }
        VirtualModule reborn(identity(), state);
        QVERIFY(reborn.stateError().isEmpty());
        QCOMPARE(reborn.runningConfig(), changed);

        QFile file(state);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a configuration");
        file.close();
        VirtualModule damaged(identity(), state);
        QVERIFY(damaged.stateError().contains(QStringLiteral("ignored")));
        QCOMPARE(damaged.runningConfig(), damaged.factoryConfig());
    }

    void eachFamilyAnswersInItsOwnShape()
    {
        for (const ModelDef &model : ModelTable::all()) {
            ModuleIdentity id = identity();
            id.model = &model;
            id.name = QStringLiteral("USR-%1-007").arg(QLatin1String(model.key));
            VirtualModule module(id, QString());
            const auto read = module.handle(frame(Command::Read));
            QVERIFY(read);
            QCOMPARE(read->size(), model.readLength());
            const auto config = DeviceConfig::parse(*read, nullptr);
            QCOMPARE(&config->model(), &model);
            QCOMPARE(*config->value(u"name"), QJsonValue(id.name));
            QCOMPARE(config->portCount(), model.ports);
            // A restart with a wrong login: 'P', or 'E' where the family answers so.
            QCOMPARE(quint8(shortReply(module.handle(frame(Command::Restart, {}, QStringLiteral("nope"))))->status()),
                     quint8(model.wrongLoginOnRestart));
        }
    }

    void commandsAFamilyDoesNotTakeAreRefused()
    {
        ModuleIdentity id = identity();
        id.model = ModelTable::find(u"302");
        VirtualModule module(id, QString());
        const QByteArray cloud(ParamBlock::size(BlockKind::Cloud), '\x01');
        QCOMPARE(shortReply(module.handle(frame(Command::WriteCloud, cloud)))->status(), ShortReply::Status::Error);
        QCOMPARE(shortReply(module.handle(frame(Command::WritePort2, module.workingConfig().port(0).encode())))->status(),
                 ShortReply::Status::Error);
        QCOMPARE(shortReply(module.handle(frame(Command::FactoryReset)))->status(), ShortReply::Status::Ok);

        // The 410S takes USR-cloud parameters its read does not return.
        id.model = ModelTable::find(u"410s");
        VirtualModule twoPort(id, QString());
        QCOMPARE(shortReply(twoPort.handle(frame(Command::WriteCloud, cloud)))->status(), ShortReply::Status::Ok);
        QCOMPARE(twoPort.handle(frame(Command::Read))->size(), 193);
    }

    void aStateFileOfAnotherFamilyIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.bin"));
        {
            VirtualModule k7(identity(), path);
            QCOMPARE(shortReply(k7.handle(frame(Command::Store)))->status(), ShortReply::Status::Ok);
        }
        ModuleIdentity id = identity();
        id.model = ModelTable::find(u"302");
        VirtualModule m0(id, path);
        QVERIFY(!m0.stateError().isEmpty());
        QCOMPARE(m0.storedConfig().model().key, "302");
    }
};

QTEST_GUILESS_MAIN(tst_VirtualModule)
#include "tst_virtualmodule.moc"
