#include "parametereditor.h"
#include "protocol/fieldtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace s2e;
using namespace s2e::ui;

class tst_ParameterEditor : public QObject
{
    Q_OBJECT

private slots:
    void formsFromTheFieldTable()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"410s")));
        auto *tabs = editor.findChild<QTabWidget *>();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Port 1"));
        for (const QString &key : DeviceConfig::defaults(*ModelTable::find(u"410s")).keys())
            QVERIFY2(editor.editorFor(key), qPrintable(key));
        QVERIFY(editor.lineEditFor(QStringLiteral("port2.baud")));
        QVERIFY(qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.parity"))));
        QVERIFY(qobject_cast<QCheckBox *>(editor.editorFor(QStringLiteral("port1.rfc2217"))));
        QVERIFY(editor.changes().isEmpty());
        QVERIFY(editor.errors().isEmpty());
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Cloud"));
    }

    void formsFollowTheFamily()
    {
        ParameterEditor editor;
        auto *tabs = editor.findChild<QTabWidget *>();
        // Forms of an earlier module are deleted later: look in the current tabs.
        const auto labelOn = [&](int tab, const char *name) { return tabs->widget(tab)->findChild<QLabel *>(QLatin1String(name)); };
        const auto modelShown = [&] { return labelOn(0, "model")->text(); };

        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"302")));
        QCOMPARE(tabs->count(), 2); // Basic and its one port: no cloud block in its read
        QCOMPARE(modelShown(), QStringLiteral("USR-TCP232-302"));
        QVERIFY(editor.lineEditFor(QStringLiteral("port1.max_clients")));
        QVERIFY(qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.httpd_method"))));
        QCOMPARE(editor.lineEditFor(QStringLiteral("name"))->maxLength(), 14);
        // The client limit matters to a TCP server, the method to an HTTPD client.
        QVERIFY(editor.editorFor(QStringLiteral("port1.max_clients"))->isEnabled());
        QVERIFY(!editor.editorFor(QStringLiteral("port1.httpd_method"))->isEnabled());
        editor.lineEditFor(QStringLiteral("port1.max_clients"))->setText(QStringLiteral("8"));
        QCOMPARE(editor.changes(), FieldChanges({ { QStringLiteral("port1.max_clients"), QJsonValue(QStringLiteral("8")) } }));

        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        QVERIFY(!editor.editorFor(QStringLiteral("port1.max_clients")));
        QCOMPARE(editor.lineEditFor(QStringLiteral("name"))->maxLength(), 15);
        QCOMPARE(modelShown(), QStringLiteral("USR-K7"));

        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"410s")));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Port 2"));
        QVERIFY(!editor.editorFor(QStringLiteral("port2.max_clients")));

        // A module of no known shape: what cannot be placed is named, and has no editor.
        editor.setConfig(*DeviceConfig::parse(DeviceConfig::defaults(*ModelTable::find(u"k7")).encode().first(130), nullptr));
        QCOMPARE(modelShown(), QStringLiteral("unknown model"));
        QVERIFY(!editor.editorFor(QStringLiteral("port1.pack_len")));
        auto *unknown = labelOn(1, "port1.pack_len");
        QVERIFY(unknown);
        QVERIFY(unknown->text().contains(QStringLiteral("unknown for this model")));
        // The layouts place the name and basic 59-62 apart; this name reads alike in both.
        QVERIFY(labelOn(0, "restart_timeout"));
        QVERIFY(editor.editorFor(QStringLiteral("name")));
        QVERIFY(editor.changes().isEmpty());
    }

    void editsBecomeChanges()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        QSignalSpy edited(&editor, &ParameterEditor::edited);
        auto *baud = editor.lineEditFor(QStringLiteral("port1.baud"));
        baud->setText(QStringLiteral("9600"));
        auto *mode = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.mode")));
        mode->setCurrentIndex(mode->findData(QStringLiteral("tcp-client")));
        QVERIFY(edited.count() >= 2);
        const FieldChanges changes = editor.changes();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).first, QStringLiteral("port1.baud"));
        QCOMPARE(changes.at(1), qMakePair(QStringLiteral("port1.mode"), QJsonValue(QStringLiteral("tcp-client"))));
        QVERIFY(editor.editorFor(QStringLiteral("port1.baud"))->property("modified").toBool());
        QVERIFY(!editor.editorFor(QStringLiteral("port1.parity"))->property("modified").toBool());
        editor.revert();
        QVERIFY(editor.changes().isEmpty());
    }

    void choicesShowLabelsAndKeepKeys()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        auto *mode = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.mode")));
        QCOMPARE(mode->currentText(), QStringLiteral("TCP Server"));
        QCOMPARE(mode->currentData().toString(), QStringLiteral("tcp-server"));
        auto *ipMode = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("ip.mode")));
        QCOMPARE(ipMode->currentText(), QStringLiteral("Static IP"));
        // Every choice of every enum field is labelled, none by its key.
        for (const FieldDef &def : FieldTable::all()) {
            for (const EnumValue &e : def.enumValues) {
                QVERIFY2(*e.label, e.name);
                QCOMPARE(def.enumLabel(QLatin1String(e.name)), e.labelText());
            }
        }
        mode->setCurrentIndex(mode->findText(QStringLiteral("UDP Client")));
        QCOMPARE(editor.changes(), FieldChanges({ { QStringLiteral("port1.mode"), QStringLiteral("udp-client") } }));
    }

    void serialSettingsOfferCommonValuesAndTakeOthers()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        const auto items = [&](const char *key) {
            auto *combo = qobject_cast<QComboBox *>(editor.editorFor(QLatin1String(key)));
            QStringList texts;
            for (int i = 0; combo && i < combo->count(); ++i)
                texts << combo->itemText(i);
            return texts;
        };
        QVERIFY(items("port1.baud").contains(QStringLiteral("115200")));
        QVERIFY(items("port1.baud").contains(QStringLiteral("9600")));
        QCOMPARE(items("port1.data_bits"), QStringList({ "5", "6", "7", "8" }));
        QCOMPARE(items("port1.stop_bits"), QStringList({ "1", "2" }));
        auto *baud = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.baud")));
        QVERIFY(baud->isEditable());
        QCOMPARE(baud->currentText(), QStringLiteral("115200"));
        // A rate of one's own, not in the list.
        baud->setCurrentText(QStringLiteral("250000"));
        QCOMPARE(editor.changes(), FieldChanges({ { QStringLiteral("port1.baud"), QStringLiteral("250000") } }));
        QCOMPARE(baud->count(), int(FieldTable::find(u"port1.baud")->def->suggestions.size()));
        baud->setCurrentIndex(baud->findText(QStringLiteral("9600")));
        QCOMPARE(editor.changes(), FieldChanges({ { QStringLiteral("port1.baud"), QStringLiteral("9600") } }));
    }

    void unitsAreInTheLabels()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        const auto labelOf = [&](const char *key) {
            QWidget *field = editor.editorFor(QLatin1String(key));
            for (QLabel *label : editor.findChildren<QLabel *>())
                if (label->buddy() == field)
                    return label->text();
            return QString();
        };
        QCOMPARE(labelOf("port1.pack_time"), QStringLiteral("Packing time (ms)"));
        QCOMPARE(labelOf("port1.pack_len"), QStringLiteral("Packing length (bytes)"));
        QCOMPARE(labelOf("port1.reconnect_timeout"), QStringLiteral("Reconnect timeout (s)"));
        QCOMPARE(labelOf("port1.baud"), QStringLiteral("Baud rate"));
    }

    void aTextAtItsLimitSaysSo()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        editor.show();
        auto *password = editor.lineEditFor(QStringLiteral("password"));
        QCOMPARE(password->maxLength(), 5);
        QCOMPARE(password->placeholderText(), QStringLiteral("up to 5 character(s)"));
        auto *limit = editor.findChild<QLabel *>(QStringLiteral("password.limit"));
        QVERIFY(limit && !limit->isVisible());
        password->clear();
        password->setFocus();
        QTest::keyClicks(password, QStringLiteral("S1te#42"));
        QCOMPARE(password->text(), QStringLiteral("S1te#"));
        QVERIFY(limit->isVisible());
        QCOMPARE(limit->text(), QStringLiteral("The module keeps at most 5 character(s) here."));
        QTest::keyClick(password, Qt::Key_Backspace);
        QVERIFY(!limit->isVisible());
    }

    void anInvalidValueNamesItsTab()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"410s")));
        auto *tabs = editor.findChild<QTabWidget *>();
        QVERIFY(editor.blockingReason().isEmpty());
        editor.lineEditFor(QStringLiteral("port2.baud"))->setText(QStringLiteral("12"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Port 2 ⚠"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Port 1"));
        QCOMPARE(editor.blockingReason(),
                 QStringLiteral("Save is off until these are valid: Port 2 › Baud rate: a whole number from 600 to 1000000"));
        editor.lineEditFor(QStringLiteral("port2.baud"))->setText(QStringLiteral("9600"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Port 2"));
        QVERIFY(editor.blockingReason().isEmpty());
    }

    void refusedValuesAreShown()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        auto *baud = editor.lineEditFor(QStringLiteral("port1.baud"));
        baud->setText(QStringLiteral("12"));
        QCOMPARE(editor.errors().size(), 1);
        QVERIFY(editor.errors().first().startsWith(QStringLiteral("port1.baud: \"12\" is not allowed")));
        auto *address = editor.lineEditFor(QStringLiteral("ip.address"));
        address->setText(QStringLiteral("10.0.0"));
        QCOMPARE(editor.errors().size(), 2);
        baud->setText(QStringLiteral("600"));
        address->setText(QStringLiteral("10.0.0.9"));
        QVERIFY(editor.errors().isEmpty());
    }

    void onlyRelevantFieldsAreEnabled()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        const auto enabled = [&](const char *key) { return editor.editorFor(QLatin1String(key))->isEnabled(); };
        QVERIFY(!enabled("port1.remote_host")); // a TCP server has no remote
        QVERIFY(!enabled("port1.cloud"));
        QVERIFY(enabled("port1.local_port"));
        auto *mode = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.mode")));
        mode->setCurrentIndex(mode->findData(QStringLiteral("tcp-client")));
        QVERIFY(enabled("port1.remote_host"));
        QVERIFY(enabled("port1.cloud"));
        auto *ipMode = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("ip.mode")));
        ipMode->setCurrentIndex(ipMode->findData(QStringLiteral("dhcp")));
        QVERIFY(!enabled("ip.address"));
        QVERIFY(!enabled("ip.gateway"));
    }
};

QTEST_MAIN(tst_ParameterEditor)
#include "tst_parametereditor.moc"
