#include "console/macrostore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace s2e;

// Macros live in the settings file they are given, and come back as they were saved.
class tst_MacroStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void cleanup() { QFile::remove(file()); }

    void savedMacrosComeBackFromTheFile()
    {
        {
            QSettings settings(file(), QSettings::IniFormat);
            MacroStore store(&settings);
            QVERIFY(store.all().isEmpty());
            Macro version { QStringLiteral("version"), QStringLiteral("AT+VER\\r"), {} };
            version.options.lineEnding = SendText::LineEnding::CrLf;
            version.options.checksum = Checksum::Kind::Modbus;
            store.save(version);
            store.save({ QStringLiteral("read"), QStringLiteral("01 03 00 00 00 02"), { SendText::Format::Hex } });
        }
        QSettings settings(file(), QSettings::IniFormat);
        MacroStore store(&settings);
        QCOMPARE(store.names(), QStringList({ "version", "read" }));
        const auto version = store.find(QStringLiteral("version"));
        QVERIFY(version);
        QCOMPARE(version->text, QStringLiteral("AT+VER\\r"));
        QCOMPARE(version->options.format, SendText::Format::Ascii);
        QCOMPARE(version->options.lineEnding, SendText::LineEnding::CrLf);
        QCOMPARE(version->options.checksum, Checksum::Kind::Modbus);
        QCOMPARE(store.find(QStringLiteral("read"))->options.format, SendText::Format::Hex);
        QVERIFY(!store.find(QStringLiteral("absent")));
    }

    void aNameIsKeptOnce()
    {
        QSettings settings(file(), QSettings::IniFormat);
        MacroStore store(&settings);
        store.save({ QStringLiteral("a"), QStringLiteral("one"), {} });
        store.save({ QStringLiteral("b"), QStringLiteral("two"), {} });
        store.save({ QStringLiteral("a"), QStringLiteral("three"), {} });
        QCOMPARE(store.names(), QStringList({ "b", "a" }));
        QCOMPARE(store.find(QStringLiteral("a"))->text, QStringLiteral("three"));
        store.remove(QStringLiteral("b"));
        QCOMPARE(store.names(), QStringList({ "a" }));
        store.save({ QString(), QStringLiteral("nameless"), {} });
        QCOMPARE(store.names(), QStringList({ "a" }));
    }

    void unknownValuesInTheFileFallBack()
    {
        QSettings settings(file(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("console/macros"),
                          QByteArray(R"([{"name":"x","text":"t","format":7,"ending":-3,"checksum":"nope"},{"text":"no name"},5])"));
        MacroStore store(&settings);
        QCOMPARE(store.names(), QStringList({ "x" }));
        const Macro macro = *store.find(QStringLiteral("x"));
        QCOMPARE(macro.options.format, SendText::Format::Ascii);
        QCOMPARE(macro.options.lineEnding, SendText::LineEnding::None);
        QCOMPARE(macro.options.checksum, Checksum::Kind::None);
        settings.setValue(QStringLiteral("console/macros"), QByteArray("not json"));
        QVERIFY(store.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MacroStore)
#include "tst_macrostore.moc"
