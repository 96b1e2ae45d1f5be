#include "language.h"
#include "mainwindow.h"
#include "parametereditor.h"

#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace s2e;
using namespace s2e::ui;

// With the zh_CN locale the window speaks Chinese: menus, tabs and the field table's labels.
class tst_Translation : public QObject
{
    Q_OBJECT

private slots:
    void chineseUnderZhCn()
    {
        QCOMPARE(language::install(*qApp, QStringLiteral("zh_CN"), { QStringLiteral(S2E_QM_DIR) }), QStringLiteral("zh_CN"));
        QTemporaryDir dir;
        MainWindow::Options options;
        options.searchAddresses = { QHostAddress(QStringLiteral("127.255.255.255")) };
        options.settingsFile = dir.filePath(QStringLiteral("studio.ini"));
        MainWindow window(options);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, QStringList({ QStringLiteral("文件(&F)"), QStringLiteral("模块(&M)"), QStringLiteral("设置(&S)") }));
        QCOMPARE(window.searchAction()->text(), QStringLiteral("搜索"));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("模块"));
        QCOMPARE(FieldTable::find(u"port1.baud")->def->labelText(), QStringLiteral("波特率"));
        // Choices by their labels, units in the labels.
        ParameterEditor editor;
        editor.setConfig(DeviceConfig::defaults(*ModelTable::find(u"k7")));
        QCOMPARE(qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("port1.mode")))->currentText(),
                 QStringLiteral("TCP 服务器"));
        QCOMPARE(qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("ip.mode")))->currentText(),
                 QStringLiteral("静态 IP"));
        QCOMPARE(FieldTable::find(u"port1.pack_time")->def->formLabel(), QStringLiteral("打包时间（毫秒）"));
    }

    void englishWithoutATranslation()
    {
        QCOMPARE(language::install(*qApp, QStringLiteral("fr_FR"), { QStringLiteral(S2E_QM_DIR) }), QStringLiteral("en"));
        QVERIFY(language::available().contains(QStringLiteral("zh_CN")));
        QCOMPARE(language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }
};

QTEST_MAIN(tst_Translation)
#include "tst_translation.moc"
