#include "parametereditor.h"

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
        QVERIFY(qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("port2.baud"))));
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
        QVERIFY(qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("port1.max_clients"))));
        QVERIFY(qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.httpd_method"))));
        QCOMPARE(qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("name")))->maxLength(), 14);
        // The client limit matters to a TCP server, the method to an HTTPD client.
        QVERIFY(editor.editorFor(QStringLiteral("port1.max_clients"))->isEnabled());
        QVERIFY(!editor.editorFor(QStringLiteral("port1.httpd_method"))->isEnabled());
        qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("port1.max_clients")))->setText(QStringLiteral("8"));
        QCOMPARE(editor.changes(), FieldChanges({ { QStringLiteral("port1.max_clients"), QJsonValue(QStringLiteral("8")) } }));

        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        QVERIFY(!editor.editorFor(QStringLiteral("port1.max_clients")));
        QCOMPARE(qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("name")))->maxLength(), 15);
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
        QVERIFY(labelOn(0, "name"));
        QVERIFY(editor.changes().isEmpty());
    }

    void editsBecomeChanges()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        QSignalSpy edited(&editor, &ParameterEditor::edited);
        auto *baud = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("port1.baud")));
        baud->setText(QStringLiteral("9600"));
        auto *mode = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.mode")));
        mode->setCurrentIndex(mode->findText(QStringLiteral("tcp-client")));
        QVERIFY(edited.count() >= 2);
        const FieldChanges changes = editor.changes();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).first, QStringLiteral("port1.baud"));
        QCOMPARE(changes.at(1), qMakePair(QStringLiteral("port1.mode"), QJsonValue(QStringLiteral("tcp-client"))));
        QVERIFY(baud->property("modified").toBool());
        QVERIFY(!editor.editorFor(QStringLiteral("port1.parity"))->property("modified").toBool());
        editor.revert();
        QVERIFY(editor.changes().isEmpty());
    }

    void refusedValuesAreShown()
    {
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        auto *baud = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("port1.baud")));
        baud->setText(QStringLiteral("12"));
        QCOMPARE(editor.errors().size(), 1);
        QVERIFY(editor.errors().first().startsWith(QStringLiteral("port1.baud: \"12\" is not allowed")));
        auto *address = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("ip.address")));
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
        mode->setCurrentIndex(mode->findText(QStringLiteral("tcp-client")));
        QVERIFY(enabled("port1.remote_host"));
        QVERIFY(enabled("port1.cloud"));
        auto *ipMode = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("ip.mode")));
        ipMode->setCurrentIndex(ipMode->findText(QStringLiteral("dhcp")));
        QVERIFY(!enabled("ip.address"));
        QVERIFY(!enabled("ip.gateway"));
    }
};

QTEST_MAIN(tst_ParameterEditor)
#include "tst_parametereditor.moc"
