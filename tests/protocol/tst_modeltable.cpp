#include "protocol/deviceconfig.h"
#include "protocol/modeltable.h"

#include <QSet>
#include <QTest>

using namespace s2e;

// The model table agrees with itself and with the field table: what the codec, the
// assembler, the client and the emulator take from it holds for every family.
class tst_ModelTable : public QObject
{
    Q_OBJECT

private slots:
    void familiesAndTheirPorts()
    {
        QStringList keys;
        for (const ModelDef &model : ModelTable::all())
            keys << QLatin1String(model.key);
        QCOMPARE(keys, QStringList({ "k7", "410s", "302" }));
        QCOMPARE(ModelTable::settingPorts(), QList<quint16>({ 1901, 1500 }));
        QCOMPARE(ModelTable::onPort(1500), QList<const ModelDef *>({ ModelTable::find(u"302") }));
        QCOMPARE(ModelTable::onPort(1901).size(), 2);
        QCOMPARE(ModelTable::find(u"302")->uploadPort, 1501);
        QCOMPARE(ModelTable::find(u"k7")->uploadPort, 1902);
        QCOMPARE(ModelTable::longestRead(), 264);
        QCOMPARE(ModelTable::find(u"unknown"), &ModelTable::unknown());
        QVERIFY(!ModelTable::find(u"k9"));
        QCOMPARE(ModelTable::unknown().displayName(), QStringLiteral("unknown model"));
        QCOMPARE(ModelTable::keysText(), QStringLiteral("k7, 410s, 302"));
    }

    void readRepliesAreTheirBlocks()
    {
        QSet<int> lengths;
        for (const ModelDef &model : ModelTable::all()) {
            const int blocks = ParamBlock::size(BlockKind::Basic) + model.ports * ParamBlock::size(BlockKind::Port)
                    + (model.cloud ? ParamBlock::size(BlockKind::Cloud) : 0);
            QCOMPARE(model.readLength(), blocks + model.extraBytes);
            QVERIFY2(!lengths.contains(model.readLength()), model.key);
            lengths << model.readLength();
            QCOMPARE(ModelTable::byReadLength(model.readLength()), &model);
            // The assembler places pieces by their size: a family's must differ.
            const QSet<int> sizes(model.readDatagrams.begin(), model.readDatagrams.end());
            QCOMPARE(sizes.size(), int(model.readDatagrams.size()));
            // The first piece parses as basic + port, as the 302 manual says.
            if (model.readDatagrams.size() > 1)
                QCOMPARE(model.readDatagrams.front(), ParamBlock::size(BlockKind::Basic) + ParamBlock::size(BlockKind::Port));
            QVERIFY(*model.evidence);
        }
    }

    void commandsFollowTheBlocks()
    {
        for (const ModelDef &model : ModelTable::all()) {
            for (Command command : { Command::Search, Command::Read, Command::Restart, Command::WriteBasic,
                                     Command::WritePort1, Command::FactoryReset })
                QVERIFY2(model.takes(command), model.key);
            // The 302 manual's chart has no store: it saves by write and restart.
            QCOMPARE(model.takes(Command::Store), model.layout == M4Layout);
            QCOMPARE(model.takes(Command::WritePort2), model.ports >= 2);
            QCOMPARE(model.takes(Command::WritePort3), model.ports >= 3);
            if (model.cloud)
                QVERIFY2(model.takes(Command::WriteCloud), model.key);
            QVERIFY(model.wrongLoginOnRestart == 'P' || model.wrongLoginOnRestart == 'E');
        }
        QCOMPARE(ModelTable::find(u"410s")->wrongLoginOnRestart, 'E');
    }

    void defaultsAreValidAndTheLayoutPlacesEveryKeyOnce()
    {
        for (const ModelDef &model : ModelTable::all()) {
            const DeviceConfig config = DeviceConfig::defaults(model);
            QCOMPARE(&config.model(), &model);
            QCOMPARE(config.encode().size(), model.readLength());
            for (const ModelDefault &value : model.defaults)
                QCOMPARE(FieldDef::toText(*config.value(QString::fromLatin1(value.key))), QLatin1String(value.value));
            const QStringList keys = config.keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
            QVERIFY(config.unplacedKeys().isEmpty());
            QCOMPARE(keys.contains(QStringLiteral("port1.max_clients")), model.layout == M0Layout);
            QVERIFY(keys.contains(QStringLiteral("port1.pack_len")));
            QVERIFY(keys.contains(QStringLiteral("name")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ModelTable)
#include "tst_modeltable.moc"
