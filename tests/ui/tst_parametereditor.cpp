#include "parametereditor.h"

#include <QCheckBox>
#include <QComboBox>
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
