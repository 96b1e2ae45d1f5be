#include "atconsole.h"
#include "testplatform.h"
#include "devicetablemodel.h"
#include "loopbackemulator.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "parametereditor.h"

#include "batchdialog.h"
#include "consolepane.h"
#include "endpointform.h"
#include "serialportbox.h"
#include "serialside.h"
#include "profile/profile.h"
#include "searchtargetbox.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

using namespace s2e;
using namespace s2e::ui;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    // What the window asked, and what it is answered.
    QStringList m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;

    MainWindow::Options windowOptions() const
    {
        MainWindow::Options options;
        options.searchAddresses = { QHostAddress(QStringLiteral("127.255.255.255")) };
        options.ports = m_emu.settingPorts();
        options.timeoutMs = 300;
        options.apply.restartSettleMs = 50;
        options.settingsFile = m_dir->filePath(QStringLiteral("studio.ini"));
        return options;
    }

    void selectModules(const QList<int> &modules)
    {
        const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(m_window->table()->model());
        auto *selection = m_window->table()->selectionModel();
        selection->clearSelection();
        for (const int module : modules)
            selection->select(proxy->mapFromSource(m_window->model()->index(rowOf(module), 0)),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    void setPassword(int module, const QString &password)
    {
        QVERIFY(m_emu.module(module)->applyChanges({ { QStringLiteral("password"), password } }).ok());
        m_emu.module(module)->restart();
        QTRY_VERIFY(!m_emu.module(module)->isRebooting());
    }

    QString writeProfile(const QJsonObject &fields)
    {
        const QString path = m_dir->filePath(QStringLiteral("line.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(QJsonObject { { QStringLiteral("format"), QStringLiteral("s2e-studio-profile") },
                                               { QStringLiteral("version"), 1 },
                                               { QStringLiteral("fields"), fields } })
                           .toJson());
        return path;
    }

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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // One module of each family: every test works against all three.
        auto options = LoopbackEmulator::options(3);
        options.models = { ModelTable::find(u"k7"), ModelTable::find(u"410s"), ModelTable::find(u"302") };
        QVERIFY(m_emu.start(options));
        m_window = std::make_unique<MainWindow>(windowOptions());
        m_questions.clear();
        m_window->setQuestion([this](const QString &title, const QString &, QMessageBox::StandardButtons) {
            m_questions << title;
            return m_answer;
        });
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
        editor->lineEditFor(QStringLiteral("ip.address"))->setText(QStringLiteral("127.0.0.99"));
        editor->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("57600"));
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

    void eachFamilyHasItsFormsAndItsModelShown()
    {
        const auto modelText = [this](int module) {
            return m_window->model()->index(rowOf(module), DeviceTableModel::Model).data().toString();
        };
        // Found on the 302's own port: known before any read. The others share 1901.
        QCOMPARE(modelText(2), QStringLiteral("USR-TCP232-302"));
        QCOMPARE(modelText(0), QStringLiteral("?"));
        auto *tabs = m_window->editor()->findChild<QTabWidget *>();
        const QList<QPair<QString, int>> expected = { { QStringLiteral("USR-K7"), 3 },
                                                      { QStringLiteral("USR-TCP232-410S"), 3 },
                                                      { QStringLiteral("USR-TCP232-302"), 2 } };
        for (int module = 0; module < 3; ++module) {
            loadModule(module);
            QCOMPARE(modelText(module), expected[module].first);
            QCOMPARE(tabs->count(), expected[module].second);
            QCOMPARE(bool(m_window->editor()->editorFor(QStringLiteral("port1.max_clients"))), module == 2);
            QCOMPARE(bool(m_window->editor()->editorFor(QStringLiteral("port2.baud"))), module == 1);
        }
        // A 302-only field saved through the window lands in the module's own layout.
        m_window->editor()->lineEditFor(QStringLiteral("port1.max_clients"))->setText(QStringLiteral("8"));
        m_window->saveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().contains(QStringLiteral("1 field(s) saved and verified")), 15000);
        // The 302 has no store command: written, restarted and read back.
        QVERIFY2(m_window->statusText().contains(QStringLiteral("stores on write")), qPrintable(m_window->statusText()));
        QCOMPARE(*m_emu.module(2)->runningConfig().value(u"port1.max_clients"), QJsonValue(8));
        QCOMPARE(m_emu.module(2)->runningConfig().port(0).encode().at(53), char(8));
    }

    void refusedValueBlocksSave()
    {
        loadModule(0);
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("12"));
        QVERIFY(!m_window->saveAction()->isEnabled());
        // Whatever tab is in sight, the user is told which field keeps Save off.
        const QString reason = QStringLiteral("Save is off until these are valid: Port 1 › Baud rate: a whole number from 600 to 1000000");
        QCOMPARE(m_window->saveAction()->toolTip(), reason);
        QCOMPARE(m_window->statusText(), reason);
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("9600"));
        QVERIFY(m_window->saveAction()->isEnabled());
        QCOMPARE(m_window->saveAction()->toolTip(), QStringLiteral("Save"));
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("12"));
        m_window->save();
        QVERIFY(m_window->statusText().contains(QStringLiteral("port1.baud")));
        QTest::qWait(300);
        QCOMPARE(m_emu.emulator->commandsReceived(), 1); // the read, nothing written
    }

    void wrongPasswordOpensLogin()
    {
        setPassword(2, QStringLiteral("pw"));
        selectModule(2);
        LoginDialog *dialog = nullptr;
        QTRY_VERIFY2((dialog = m_window->findChild<LoginDialog *>()) != nullptr, qPrintable(m_window->statusText()));
        QVERIFY(m_window->statusText().contains(QStringLiteral("rejected the user name or password")));
        dialog->passwordEdit()->setText(QStringLiteral("pw"));
        dialog->accept();
        QTRY_VERIFY(m_window->editor()->config().has_value());
        QCOMPARE(*m_window->editor()->config()->value(u"password"), QJsonValue("pw"));
    }

    void aSaveGoesOnWhenAnotherModuleIsSelected()
    {
        loadModule(0);
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("4800"));
        m_window->saveAction()->trigger();
        QVERIFY(m_window->manager()->isBusy(m_emu.module(0)->identity().mac));
        // The user clicks another module at once: nothing asks (the edits are being saved),
        // the form shows the other module, and the save runs to its end.
        loadModule(1);
        QVERIFY(m_questions.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->index(rowOf(0), DeviceTableModel::Status).data().toString(),
                                  QStringLiteral("saved"), 15000);
        QCOMPARE(*m_emu.module(0)->runningConfig().value(u"port1.baud"), QJsonValue(4800));
        QCOMPARE(*m_emu.module(0)->storedConfig().value(u"port1.baud"), QJsonValue(4800));
        QVERIFY(m_window->statusText().contains(QStringLiteral("1 field(s) saved and verified")));
        QCOMPARE(*m_window->editor()->config()->value(u"mac.user"), QJsonValue(m_emu.module(1)->identity().mac.toString()));
    }

    // Every step of a save, on modules that answer slowly: a click on another module leaves
    // the save to finish and be reported; a cancel says what the module was left with.
    void aClickOrACancelDuringEachSaveStep_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("cancel");
        using Step = ConfigClient::Step;
        for (const Step step : { Step::Read, Step::Write, Step::Store, Step::Restart, Step::Reappear, Step::Verify }) {
            const QByteArray name = ConfigClient::stepName(step).toUtf8();
            QTest::newRow(("click during " + name).constData()) << int(step) << false;
            QTest::newRow(("cancel during " + name).constData()) << int(step) << true;
        }
    }

    void aClickOrACancelDuringEachSaveStep()
    {
        QFETCH(int, step);
        QFETCH(bool, cancel);
        m_window.reset();
        m_emu.emulator.reset();
        auto emuOptions = LoopbackEmulator::options(2);
        emuOptions.faults.delayMs = 150; // each step lasts long enough to be clicked in
        QVERIFY(m_emu.start(emuOptions));
        m_window = std::make_unique<MainWindow>(windowOptions());
        m_window->show();
        m_window->search();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().contains(QStringLiteral("2 module(s) found")), 10000);
        loadModule(0);
        const MacAddress mac = m_emu.module(0)->identity().mac;
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("4800"));
        m_window->saveAction()->trigger();
        auto *job = qobject_cast<ApplyJob *>(m_window->manager()->jobOf(mac));
        QVERIFY2(job, qPrintable(m_window->statusText() + QStringLiteral(" / ") + m_window->saveAction()->toolTip()));
        QTRY_VERIFY_WITH_TIMEOUT(job->clientStep() == ConfigClient::Step(step), 15000);
        if (cancel) {
            job->cancel();
            const QString said = ConfigClient::cancelledApplyText(ConfigClient::Step(step));
            QVERIFY2(m_window->statusText().contains(said), qPrintable(m_window->statusText()));
            QCOMPARE(m_window->model()->index(rowOf(0), DeviceTableModel::Status).data().toString(),
                     QStringLiteral("save cancelled"));
            QVERIFY(!m_window->manager()->isBusy(mac));
            // What the message says: before the store nothing is kept, before the write nothing changed.
            QTest::qWait(500);
            if (ConfigClient::Step(step) <= ConfigClient::Step::Write)
                QVERIFY(*m_emu.module(0)->storedConfig().value(u"port1.baud") != QJsonValue(4800));
            if (ConfigClient::Step(step) == ConfigClient::Step::Read)
                QVERIFY(*m_emu.module(0)->workingConfig().value(u"port1.baud") != QJsonValue(4800));
            return;
        }
        selectModule(1);
        QVERIFY(m_questions.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->index(rowOf(0), DeviceTableModel::Status).data().toString(),
                                  QStringLiteral("saved"), 20000);
        QCOMPARE(*m_emu.module(0)->runningConfig().value(u"port1.baud"), QJsonValue(4800));
        QCOMPARE(*m_emu.module(0)->storedConfig().value(u"port1.baud"), QJsonValue(4800));
    }

    void aBusyModuleTakesNoSecondJobAndSaysWhy()
    {
        loadModule(1);
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("9600"));
        m_window->saveAction()->trigger();
        QVERIFY(m_window->manager()->isBusy(m_emu.module(1)->identity().mac));
        m_window->restartSelected();
        QVERIFY2(m_window->statusText().contains(QStringLiteral("saving")), qPrintable(m_window->statusText()));
        QVERIFY(m_window->statusText().endsWith(QStringLiteral("wait until it ends")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->index(rowOf(1), DeviceTableModel::Status).data().toString(),
                                  QStringLiteral("saved"), 15000);
    }

    void theListSortsByAddressAndTheWindowFitsALaptop()
    {
        const QHeaderView *header = m_window->table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(DeviceTableModel::Ip));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(m_window->table()->model()->index(0, DeviceTableModel::Ip).data().toString(), QStringLiteral("127.0.0.2"));
        // Every tab's least size fits a 1280×800 screen, with room for the frame.
        QVERIFY2(m_window->minimumSizeHint().width() <= 1240 && m_window->minimumSizeHint().height() <= 740,
                 qPrintable(QStringLiteral("%1×%2").arg(m_window->minimumSizeHint().width()).arg(m_window->minimumSizeHint().height())));
    }

    void theTableShowsEveryColumnWhenModulesArrive()
    {
        m_window.reset();
        QFile::remove(m_dir->filePath(QStringLiteral("studio.ini")));
        m_window = std::make_unique<MainWindow>(windowOptions());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *hint = m_window->findChild<QLabel *>(QStringLiteral("hint"));
        QVERIFY(hint && hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("No modules yet.")), qPrintable(hint->text()));
        QVERIFY(hint->text().contains(QStringLiteral("127.255.255.255")));
        QVERIFY(hint->text().contains(QStringLiteral("--demo")));
        m_window->search();
        QTRY_COMPARE(m_window->model()->rowCount(), 3);
        QVERIFY(!hint->isVisible());
        QTableView *table = m_window->table();
        int columns = 0;
        for (int column = 0; column < DeviceTableModel::ColumnCount; ++column)
            columns += table->columnWidth(column);
        QVERIFY2(columns <= table->viewport()->width(),
                 qPrintable(QStringLiteral("columns %1 px, table %2 px").arg(columns).arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
    }

    void onAWideScreenTheListTakesTheRoom()
    {
        m_window.reset();
        QFile::remove(m_dir->filePath(QStringLiteral("studio.ini")));
        m_window = std::make_unique<MainWindow>(windowOptions());
        m_window->resize(1920, 1080);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->search();
        QTRY_COMPARE(m_window->model()->rowCount(), 3);
        // Not a narrow list beside a form stretched over empty space.
        QVERIFY2(m_window->table()->width() > m_window->editor()->width(),
                 qPrintable(QStringLiteral("table %1 px, form %2 px").arg(m_window->table()->width()).arg(m_window->editor()->width())));
        QVERIFY(m_window->editor()->width() >= m_window->editor()->minimumSizeHint().width());
    }

    void aSearchThatFindsNothingSaysWhereItLooked()
    {
        m_window.reset();
        auto options = windowOptions();
        options.ports = { SettingPort { 1901, 9 } };
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        m_window->search();
        QTRY_VERIFY(m_window->statusText().startsWith(QStringLiteral("No module answered on 127.255.255.255")));
        auto *hint = m_window->findChild<QLabel *>(QStringLiteral("hint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().startsWith(QStringLiteral("No module answered on 127.255.255.255")), qPrintable(hint->text()));
    }

    void shortcutsAreTheirOwn()
    {
        QCOMPARE(m_window->searchAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(m_window->readAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(m_window->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        // No key does two things (Qt would then do neither).
        QList<QKeySequence> seen;
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!seen.contains(key), qPrintable(key.toString() + QStringLiteral(" twice")));
                seen << key;
            }
        }
        QVERIFY(seen.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)));
        // Ctrl+R reads the selected module.
        selectModule(1);
        QTRY_VERIFY(m_window->editor()->config().has_value());
        QTRY_VERIFY(!m_window->manager()->hasRunningJobs());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(m_window->manager()->jobOf(m_emu.module(1)->identity().mac));
        // The shortcut moved on before the keys were let go: Ctrl must not stay down for
        // the tests after (a Ctrl+click selects several rows).
        QTest::keyRelease(m_window.get(), Qt::Key_Control);
        QCOMPARE(QGuiApplication::keyboardModifiers(), Qt::NoModifier);
    }

    void virtualSerialPortsAreListedByName()
    {
        S2E_REQUIRE_PTY();
        m_window.reset();
        auto options = windowOptions();
        const QString pty = m_emu.emulator->serialSide(0)->pty().slavePath();
        const auto &identity = m_emu.module(0)->identity();
        options.virtualPorts = { NamedPort { identity.name, pty, identity.mac } };
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        const QString entry = identity.name + QStringLiteral(" — ") + pty;
        QCOMPARE(m_window->atConsole()->serialPorts()->itemText(0), entry);
        QCOMPARE(m_window->serialPane()->form()->serialPorts()->itemText(0), entry);
        QCOMPARE(m_window->serialPane()->form()->serialPorts()->path(), pty);
        // The module's details name its port, and the serial pane is ready for it.
        m_window->search();
        QTRY_COMPARE(m_window->model()->rowCount(), 3);
        loadModule(0);
        auto *shown = m_window->editor()->findChild<QLabel *>(QStringLiteral("serialPort"));
        QVERIFY(shown);
        QCOMPARE(shown->text(), entry);
        QCOMPARE(m_window->serialPane()->spec()->serial.port, pty);

        // A folder of links (s2e-emu --pty-link) is listed too, and remembered.
        QTemporaryDir links;
        QVERIFY(QFile::link(pty, links.filePath(QStringLiteral("ttyS2E1"))));
        m_window->addPortFolder(links.path());
        QCOMPARE(m_window->namedPorts().size(), 2);
        QCOMPARE(m_window->atConsole()->serialPorts()->itemText(1),
                 QStringLiteral("ttyS2E1 — ") + links.filePath(QStringLiteral("ttyS2E1")));
        m_window->close();
        m_window = std::make_unique<MainWindow>(windowOptions());
        QCOMPARE(m_window->portFolders(), QStringList { links.path() });
        QCOMPARE(m_window->serialPane()->form()->serialPorts()->itemText(0),
                 QStringLiteral("ttyS2E1 — ") + links.filePath(QStringLiteral("ttyS2E1")));
        // A link that goes is no longer offered.
        QVERIFY(QFile::remove(links.filePath(QStringLiteral("ttyS2E1"))));
        QTRY_VERIFY(m_window->namedPorts().isEmpty()
                    && m_window->serialPane()->form()->serialPorts()->findText(QStringLiteral("ttyS2E1"), Qt::MatchStartsWith) < 0);
    }

    // s2e-studio --console: each kind of endpoint opens in its own pane, which is shown.
    void aConsoleOpensInThePaneForItsKind()
    {
        S2E_REQUIRE_PTY();
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_window->openConsole(*EndpointSpec::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()))));
        QTRY_COMPARE(m_window->networkPane()->session()->endpoint()->state(), Endpoint::State::Open);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->networkPane()->parentWidget());

        const QString pty = m_emu.emulator->serialSide(0)->pty().slavePath();
        QVERIFY(m_window->openConsole(*EndpointSpec::parse(QStringLiteral("serial:%1@57600").arg(pty))));
        QCOMPARE(m_window->serialPane()->session()->endpoint()->state(), Endpoint::State::Open);
        QCOMPARE(m_window->serialPane()->spec()->serial.baud, 57600);
        QCOMPARE(m_emu.emulator->serialSide(0)->pty().settings()->baud, 57600u);

        QVERIFY(m_window->openConsole(*EndpointSpec::parse(QStringLiteral("ws://127.0.0.1:1/"))));
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->webSocketPane());
        QTRY_VERIFY(m_window->webSocketPane()->message().contains(QStringLiteral("ws://127.0.0.1:1/")));
    }

    void aNetAtSessionKeepsOtherJobsOff()
    {
        loadModule(0);
        const MacAddress mac = m_emu.module(0)->identity().mac;
        AtConsole *console = m_window->atConsole();
        console->openNetwork(m_emu.module(0)->identity().address);
        QVERIFY2(console->isOpen(), qPrintable(console->transcript()));
        QVERIFY(m_window->manager()->isBusy(mac));
        QVERIFY(!m_window->readAction()->isEnabled());
        QCOMPARE(m_window->readAction()->statusTip(),
                 mac.toString() + QStringLiteral(": net AT session in the AT console — wait until it ends"));
        console->close();
        QVERIFY(!m_window->manager()->isBusy(mac));
        QVERIFY(m_window->readAction()->isEnabled());

        // And the other way round: no net AT session crosses a save.
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("9600"));
        m_window->saveAction()->trigger();
        console->openNetwork(m_emu.module(0)->identity().address);
        QVERIFY(!console->isOpen());
        QVERIFY2(console->transcript().contains(QStringLiteral("not opened: ") + mac.toString() + QStringLiteral(": saving")),
                 qPrintable(console->transcript()));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->index(rowOf(0), DeviceTableModel::Status).data().toString(),
                                  QStringLiteral("saved"), 15000);
    }

    void leavingUnsavedEditsAsks()
    {
        loadModule(0);
        auto *baud = m_window->editor()->lineEditFor(QStringLiteral("port1.baud"));
        baud->setText(QStringLiteral("2400"));
        // Cancel: the selection goes back, the edits stay.
        m_answer = QMessageBox::Cancel;
        selectModule(1);
        QCOMPARE(m_questions, QStringList({ QStringLiteral("Unsaved changes") }));
        QCOMPARE(m_window->table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_window->model()->rowOf(*MacAddress::parse(m_window->table()->selectionModel()->selectedRows().first()
                                                                     .data(DeviceTableModel::MacRole).toString())),
                 rowOf(0));
        QCOMPARE(m_window->editor()->changes().size(), 1);
        // Discard: on to the other module; nothing was sent.
        m_answer = QMessageBox::Discard;
        loadModule(1);
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(*m_emu.module(0)->workingConfig().value(u"port1.baud"), QJsonValue(115200));
        // Save: on to the other module while the save runs to its end.
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("1200"));
        m_answer = QMessageBox::Save;
        loadModule(2);
        QCOMPARE(m_questions.size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(*m_emu.module(1)->runningConfig().value(u"port1.baud"), QJsonValue(1200), 15000);
    }

    void quittingWithAJobRunningAsks()
    {
        loadModule(0);
        m_window->restartSelected();
        QVERIFY(m_window->manager()->isBusy(m_emu.module(0)->identity().mac));
        m_answer = QMessageBox::No;
        QVERIFY(!m_window->close());
        QCOMPARE(m_questions, QStringList({ QStringLiteral("Operations running") }));
        QVERIFY(m_window->manager()->isBusy(m_emu.module(0)->identity().mac));
        m_answer = QMessageBox::Yes;
        QVERIFY(m_window->close());
        QVERIFY(!m_window->manager()->isBusy(m_emu.module(0)->identity().mac));
        QCOMPARE(m_window->model()->index(rowOf(0), DeviceTableModel::Status).data().toString(),
                 QStringLiteral("restart cancelled"));
    }

    void labelsComeFromTheFieldTable()
    {
        loadModule(0);
        QWidget *baud = m_window->editor()->editorFor(QStringLiteral("port1.baud"));
        const auto labels = m_window->editor()->findChildren<QLabel *>();
        const auto label = std::find_if(labels.begin(), labels.end(), [baud](QLabel *l) { return l->buddy() == baud; });
        QVERIFY(label != labels.end());
        QCOMPARE((*label)->text(), QStringLiteral("Baud rate"));
        QVERIFY(baud->toolTip().contains(QStringLiteral("port1.baud")));
    }

    void batchReportsEveryModule()
    {
        setPassword(2, QStringLiteral("pw"));
        const QString path = writeProfile({ { QStringLiteral("port1.baud"), 19200 },
                                            { QStringLiteral("name"), QStringLiteral("LINE-A") } });
        selectModules({ 0, 1, 2 });
        QVERIFY(m_window->applyEditsAction()->isEnabled() == false); // nothing edited
        BatchDialog *dialog = m_window->applyProfileFile(path);
        QVERIFY(dialog);
        QCOMPARE(dialog->results()->rowCount(), 3);
        // A module's name and address are not copied unless asked for.
        QVERIFY(dialog->identityCheck()->isVisibleTo(dialog));
        QCOMPARE(dialog->effectiveChanges(), FieldChanges({ { QStringLiteral("port1.baud"), 19200 } }));
        // The changes in the form's words, the keys in the tooltips.
        auto *listed = dialog->findChild<QListWidget *>();
        QCOMPARE(listed->count(), 1);
        QCOMPARE(listed->item(0)->text(), QStringLiteral("Port 1 › Baud rate: 19200"));
        QCOMPARE(listed->item(0)->toolTip(), QStringLiteral("port1.baud = 19200"));
        dialog->identityCheck()->setChecked(true);
        QCOMPARE(listed->count(), 2);
        QCOMPARE(listed->item(0)->text(), QStringLiteral("Module name: LINE-A"));
        dialog->identityCheck()->setChecked(false);
        QSignalSpy finished(dialog, &BatchDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog->failureCount(), 1);
        for (int row = 0; row < 3; ++row) {
            const QString mac = dialog->results()->item(row, BatchDialog::MacColumn)->text();
            const QString result = dialog->results()->item(row, BatchDialog::ResultColumn)->text();
            if (mac == m_emu.module(2)->identity().mac.toString())
                QVERIFY2(result.contains(QStringLiteral("rejected the user name or password")), qPrintable(result));
            else
                QCOMPARE(result, QStringLiteral("1 field(s) saved and verified"));
        }
        QCOMPARE(*m_emu.module(0)->runningConfig().value(u"port1.baud"), QJsonValue(19200));
        QCOMPARE(*m_emu.module(1)->runningConfig().value(u"port1.baud"), QJsonValue(19200));
        QCOMPARE(*m_emu.module(2)->runningConfig().value(u"port1.baud"), QJsonValue(115200));
        QVERIFY(*m_emu.module(0)->runningConfig().value(u"name") != QJsonValue("LINE-A"));
        QCOMPARE(m_window->model()->index(rowOf(2), DeviceTableModel::Status).data().toString(), QStringLiteral("batch failed"));
        QCOMPARE(m_window->model()->index(rowOf(0), DeviceTableModel::Status).data().toString(), QStringLiteral("saved"));
        QCOMPARE(m_window->recentProfiles(), QStringList { QFileInfo(path).absoluteFilePath() });
    }

    void editsGoToEverySelectedModule()
    {
        loadModule(0);
        m_window->editor()->lineEditFor(QStringLiteral("port1.baud"))->setText(QStringLiteral("4800"));
        selectModules({ 0, 1 });
        QVERIFY(m_window->applyEditsAction()->isEnabled());
        QVERIFY(!m_window->saveAction()->isEnabled()); // Save is for one module
        m_window->applyEditsToSelected();
        auto *dialog = m_window->findChild<BatchDialog *>();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &BatchDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog->failureCount(), 0);
        QCOMPARE(*m_emu.module(1)->runningConfig().value(u"port1.baud"), QJsonValue(4800));
    }

    void restartAndCopyActions()
    {
        selectModule(1);
        QTRY_VERIFY(m_window->editor()->config().has_value());
        QStringList texts;
        for (QAction *action : m_window->contextMenu()->actions())
            texts << action->text();
        for (const char *name : { "Read", "Save", "Restart", "Factory reset…", "Open web page", "Upgrade firmware…",
                                  "Upload web pages…", "Export profile…", "Apply profile…", "Copy MAC", "Copy IP address" })
            QVERIFY2(texts.contains(QString::fromUtf8(name)), name);
        m_window->copyMac();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_emu.module(1)->identity().mac.toString());
        m_window->copyIp();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_emu.module(1)->identity().address.toString());
        QSignalSpy restarted(m_emu.module(1), &emu::VirtualModule::restarted);
        QSignalSpy statuses(m_window.get(), &MainWindow::statusChanged);
        m_window->restartSelected();
        const QString expected = QStringLiteral("%1: restarted, answering at 127.0.0.3").arg(m_emu.module(1)->identity().mac.toString());
        const auto shown = [&statuses] {
            QStringList texts;
            for (const auto &args : statuses)
                texts << args.first().toString();
            return texts;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(shown().contains(expected), qPrintable(shown().join(QStringLiteral(" | "))), 10000);
        QCOMPARE(restarted.count(), 1);
    }

    void exportedProfileAndSettingsPersist()
    {
        loadModule(0);
        QCOMPARE(m_window->suggestedProfileName(), QStringLiteral("USR-K7-001-02-55-53-52-00-01.json"));
        // Typed without an extension, saved with one.
        const QString path = m_dir->filePath(QStringLiteral("k7.json"));
        const auto exported = m_window->exportProfileTo(m_dir->filePath(QStringLiteral("k7")));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("k7"))));
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        const auto profile = Profile::load(path);
        QVERIFY(profile);
        QCOMPARE(profile->fields().value(QStringLiteral("port1.baud")), QJsonValue(115200));
        m_window->close();
        m_window = std::make_unique<MainWindow>(windowOptions());
        QCOMPARE(m_window->recentProfiles(), QStringList { QFileInfo(path).absoluteFilePath() });
        QVERIFY(m_window->targetBox()->recentCustom().contains(QStringLiteral("127.255.255.255")));
        QFile settings(m_dir->filePath(QStringLiteral("studio.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains("geometry"));
        QVERIFY(!stored.contains("password") && !stored.contains("admin"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
