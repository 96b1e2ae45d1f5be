#include "language.h"
#include "mainwindow.h"
#include "parametereditor.h"

#include <QApplication>
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
