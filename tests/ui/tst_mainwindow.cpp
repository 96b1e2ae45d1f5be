#include "devicetablemodel.h"
#include "loopbackemulator.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "parametereditor.h"

#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace s2e;
using namespace s2e::ui;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    std::unique_ptr<MainWindow> m_window;

    int rowOf(int module)
    {
        return m_window->model()->rowOf(m_emu.module(module)->identity().mac);
    }

    // The table shows the model sorted: select through the view's own rows.
    void selectModule(int module)
    {
        const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_window->table()->model());
        m_window->table()->selectRow(proxy->mapFromSource(m_window->model()->index(rowOf(module), 0)).row());
    }

    void loadModule(int module)
    {
        selectModule(module);
        QTRY_VERIFY(m_window->editor()->config().has_value());
        QCOMPARE(*m_window->editor()->config()->value(u"mac.user"),
                 QJsonValue(m_emu.module(module)->identity().mac.toString()));
    }

private slots:
    void init()
    {
        QVERIFY(m_emu.start(LoopbackEmulator::options(3)));
        MainWindow::Options options;
        options.searchAddresses = { QHostAddress(QStringLiteral("127.255.255.255")) };
        options.port = m_emu.emulator->port();
        options.timeoutMs = 300;
        options.apply.restartSettleMs = 50;
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("s2e-studio")));
        m_window->search();
        QTRY_COMPARE(m_window->model()->rowCount(), 3);
        QTRY_VERIFY(m_window->statusText().contains(QStringLiteral("3 module(s) found")));
    }

    void cleanup()
    {
        m_window.reset();
        m_emu.emulator.reset();
    }

    void editSaveAndVerify()
    {
        loadModule(1);
        QVERIFY(!m_window->saveAction()->isEnabled());
        auto *editor = m_window->editor();
        qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("ip.address")))->setText(QStringLiteral("127.0.0.99"));
        qobject_cast<QLineEdit *>(editor->editorFor(QStringLiteral("port1.baud")))->setText(QStringLiteral("57600"));
        QVERIFY(m_window->saveAction()->isEnabled());
        m_window->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().contains(QStringLiteral("2 field(s) saved and verified")), 15000);
        QCOMPARE(*m_emu.module(1)->runningConfig().value(u"ip.address"), QJsonValue("127.0.0.99"));
        QCOMPARE(*m_emu.module(1)->runningConfig().value(u"port1.baud"), QJsonValue(57600));
        // The row shows the module as it came back, and the form what it now holds.
        QCOMPARE(m_window->model()->index(rowOf(1), DeviceTableModel::Ip).data().toString(), QStringLiteral("127.0.0.99"));
        QCOMPARE(m_window->model()->index(rowOf(1), DeviceTableModel::Status).data().toString(), QStringLiteral("saved"));
        QVERIFY(editor->changes().isEmpty());
    }

    void refusedValueBlocksSave()
    {
        loadModule(0);
        qobject_cast<QLineEdit *>(m_window->editor()->editorFor(QStringLiteral("port1.baud")))->setText(QStringLiteral("12"));
        QVERIFY(!m_window->saveAction()->isEnabled());
        m_window->save();
        QVERIFY(m_window->statusText().contains(QStringLiteral("port1.baud")));
        QTest::qWait(300);
        QCOMPARE(m_emu.emulator->commandsReceived(), 1); // the read, nothing written
    }

    void wrongPasswordOpensLogin()
    {
        QVERIFY(m_emu.module(2)->applyChanges({ { QStringLiteral("password"), QStringLiteral("pw") } }).ok());
        m_emu.module(2)->restart();
        QTRY_VERIFY(!m_emu.module(2)->isRebooting());
        selectModule(2);
        LoginDialog *dialog = nullptr;
        QTRY_VERIFY2((dialog = m_window->findChild<LoginDialog *>()) != nullptr, qPrintable(m_window->statusText()));
        QVERIFY(m_window->statusText().contains(QStringLiteral("rejected the user name or password")));
        dialog->passwordEdit()->setText(QStringLiteral("pw"));
        dialog->accept();
        QTRY_VERIFY(m_window->editor()->config().has_value());
        QCOMPARE(*m_window->editor()->config()->value(u"password"), QJsonValue("pw"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
