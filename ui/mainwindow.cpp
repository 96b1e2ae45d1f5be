#include "mainwindow.h"

#include "atconsole.h"
#include "batchdialog.h"
#include "consolepane.h"
#include "devicetablemodel.h"
#include "endpointform.h"
#include "firmwaredialog.h"
#include "language.h"
#include "logindialog.h"
#include "modbuspane.h"
#include "parametereditor.h"
#include "profile/profile.h"
#include "searchtargetbox.h"
#include "vcompanel.h"
#include "webpagedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemWatcher>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {
constexpr int ApplySteps = 7; // read, validate, write, store, restart, reappear, verify
constexpr int MaxRecentProfiles = 8;
const QString GeometryKey = QStringLiteral("window/geometry");
const QString SplitterKey = QStringLiteral("window/devicesSplitter");
const QString PortFoldersKey = QStringLiteral("serial/linkFolders");
const QString StateKey = QStringLiteral("window/state");
const QString TargetsKey = QStringLiteral("search/recentTargets");
const QString ProfilesKey = QStringLiteral("profiles/recent");
} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent),
      m_options(options),
      m_settings(options.settingsFile.isEmpty()
                         ? std::make_unique<QSettings>()
                         : std::make_unique<QSettings>(options.settingsFile, QSettings::IniFormat)),
      m_model(new DeviceTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView),
      m_editor(new ParameterEditor),
      m_targets(new SearchTargetBox),
      m_console(new AtConsole(options.netAtPort)),
      m_vcom(new VcomPanel),
      m_modbus(new ModbusPane),
      m_serialPane(new ConsolePane(tr("Serial"), { EndpointSpec::Kind::Serial }, m_settings.get())),
      m_networkPane(new ConsolePane(tr("Network"),
                                    { EndpointSpec::Kind::TcpClient, EndpointSpec::Kind::TcpServer, EndpointSpec::Kind::Udp },
                                    m_settings.get())),
      m_webSocketPane(new ConsolePane(tr("WebSocket"), { EndpointSpec::Kind::WebSocket }, m_settings.get())),
      m_tabs(new QTabWidget),
      m_splitter(new QSplitter),
      m_hint(new QLabel),
      m_status(new QLabel),
      m_progress(new QProgressBar),
      m_contextMenu(new QMenu(this)),
      m_recentMenu(new QMenu(tr("Recent profiles"), this)),
      m_manager(new DeviceManager({ [this] { return channelOptions(); }, options.apply }, this)),
      m_question([this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
          return QMessageBox::question(this, title, text, buttons);
      })
{
    setWindowTitle(tr("s2e-studio"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(DeviceTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::Ip, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Addresses, MACs and names whole; the status as wide as its longest ("saving: wait for the
    // module after restart…" is seen in its tooltip).
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeviceTableModel::Status, QHeaderView::Interactive);
    m_table->setColumnWidth(DeviceTableModel::Status, 140);
    m_table->verticalHeader()->hide();

    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter by address, MAC or name"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setContentsMargins(8, 8, 8, 8);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filter);
    leftLayout->addWidget(m_hint);
    leftLayout->addWidget(m_table, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editor);
    // A wider window widens the list; the form's fields are wide enough already.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_tabs->addTab(m_splitter, tr("Modules"));
    m_tabs->addTab(m_console, tr("AT console"));
    auto *console = new QSplitter;
    console->addWidget(m_serialPane);
    console->addWidget(m_networkPane);
    m_tabs->addTab(console, tr("Test console"));
    m_tabs->addTab(m_webSocketPane, tr("WebSocket terminal"));
    m_tabs->addTab(m_modbus, tr("Modbus poll"));
    m_tabs->addTab(m_vcom, tr("Virtual COM"));
    setCentralWidget(m_tabs);

    m_search = new QAction(tr("Search"), this);
    // F5 alone: the platform's Refresh also means Ctrl+R on Linux, which reads.
    m_search->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_search, &QAction::triggered, this, &MainWindow::search);
    m_read = addModuleAction(tr("Read"), &MainWindow::readSelected);
    m_read->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_save = addModuleAction(tr("Save"), &MainWindow::save);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Write the changes, store them, restart the module and verify"));
    m_revert = new QAction(tr("Revert"), this);
    connect(m_revert, &QAction::triggered, m_editor, &ParameterEditor::revert);
    m_restart = addModuleAction(tr("Restart"), &MainWindow::restartSelected);
    m_restart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_factoryReset = addModuleAction(tr("Factory reset…"), &MainWindow::factoryResetSelected);
    m_openWeb = addModuleAction(tr("Open web page"), &MainWindow::openWebPage);
    m_upgrade = new QAction(tr("Upgrade firmware…"), this);
    m_uploadWeb = new QAction(tr("Upload web pages…"), this);
    m_exportProfile = addModuleAction(tr("Export profile…"), &MainWindow::exportProfile);
    m_applyProfile = addModuleAction(tr("Apply profile…"), &MainWindow::applyProfile);
    m_applyEdits = addModuleAction(tr("Apply edits to selected…"), &MainWindow::applyEditsToSelected);
    m_applyEdits->setToolTip(tr("Write the fields changed in the form to every selected module"));
    m_copyMac = addModuleAction(tr("Copy MAC"), &MainWindow::copyMac);
    m_copyIp = addModuleAction(tr("Copy IP address"), &MainWindow::copyIp);
    buildMenus();

    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_table, &QTableView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_contextMenu->popup(m_table->viewport()->mapToGlobal(pos)); });
    connect(m_editor, &ParameterEditor::edited, this, [this] {
        updateActions();
        if (const QString blocked = m_editor->blockingReason(); !blocked.isEmpty())
            setStatus(blocked);
    });
    // Every job's progress and outcome shows in its module's row and in the status line,
    // whichever module the form shows meanwhile.
    connect(m_manager, &DeviceManager::statusChanged, m_model, &DeviceTableModel::setStatus);
    connect(m_manager, &DeviceManager::jobProgressed, this, [this](ConfigJob *job) {
        setStatus(tr("%1: %2…").arg(job->subject(), job->step()));
        if (job->fraction() >= 0 && m_progress->maximum() > 0)
            m_progress->setValue(int(job->fraction() * m_progress->maximum()));
        updateActions();
    });
    connect(m_manager, &DeviceManager::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_manager, &DeviceManager::credentialsNeeded, this, &MainWindow::askCredentials);
    connect(m_manager, &DeviceManager::reservationChanged, this, &MainWindow::updateActions);
    // A net AT session changes parameters behind the form's back: no job crosses it.
    m_console->setReserve([this](const QHostAddress &address, const std::optional<MacAddress> &mac,
                                 QObject *holder) -> Result<void> {
        const int row = mac ? m_model->rowOf(*mac) : m_model->rowOfAddress(address);
        if (row < 0)
            return {};
        return m_manager->reserve(m_model->device(row)->reply.mac(), holder, tr("net AT session in the AT console"));
    });
    connect(m_targets, &SearchTargetBox::targetsChanged, this, [this] {
        m_settings->setValue(TargetsKey, m_targets->recentCustom());
        search();
    });

    m_targets->setRecentCustom(m_settings->value(TargetsKey).toStringList());
    if (!options.searchAddresses.isEmpty()) {
        const QSignalBlocker quiet(m_targets);
        m_targets->addCustom(options.searchAddresses);
    }
    for (const QString &path : m_settings->value(ProfilesKey).toStringList())
        if (QFileInfo::exists(path) && m_recentProfiles.size() < MaxRecentProfiles)
            m_recentProfiles << path;
    updateRecentProfilesMenu();
    // Within the screen it opens on, whatever its size (a 1280×800 laptop included).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(1280, available.width()), qMin(800, available.height()));
    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    restoreState(m_settings->value(StateKey).toByteArray());
    m_splitterRestored = m_splitter->restoreState(m_settings->value(SplitterKey).toByteArray());
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateHint);
    updateHint();
    m_portWatcher = new QFileSystemWatcher(this);
    m_portFolders = m_settings->value(PortFoldersKey).toStringList();
    connect(m_portWatcher, &QFileSystemWatcher::directoryChanged, this, &MainWindow::updateNamedPorts);
    updateNamedPorts();
    updateActions();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::addModuleAction(const QString &text, void (MainWindow::*slot)())
{
    auto *action = new QAction(text, this);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MainWindow::buildMenus()
{
    connect(m_upgrade, &QAction::triggered, this, [this] {
        if (auto *dialog = openFirmwareDialog())
            dialog->open();
    });
    connect(m_uploadWeb, &QAction::triggered, this, [this] {
        if (auto *dialog = openWebPageDialog())
            dialog->open();
    });

    auto *toolbar = addToolBar(tr("Module"));
    toolbar->setObjectName(QStringLiteral("moduleToolbar"));
    toolbar->addWidget(m_targets);
    toolbar->addActions({ m_search, m_read, m_save, m_revert });
    toolbar->addSeparator();
    toolbar->addActions({ m_restart, m_applyProfile });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({ m_exportProfile, m_applyProfile });
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(tr("Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *module = menuBar()->addMenu(tr("&Module"));
    module->addActions({ m_search, m_read, m_save, m_revert, m_applyEdits });
    module->addSeparator();
    module->addActions({ m_restart, m_factoryReset, m_openWeb, m_upgrade, m_uploadWeb });
    module->addSeparator();
    module->addActions({ m_copyMac, m_copyIp });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Add a folder of serial port links…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of serial port links (s2e-emu --pty-link)"));
        if (!folder.isEmpty())
            addPortFolder(folder);
    });
    QMenu *languages = settings->addMenu(tr("Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString current = language::chosen();
    QStringList choices { QString() };
    choices += language::available();
    for (const QString &choice : std::as_const(choices)) {
        QAction *action = languages->addAction(choice.isEmpty() ? tr("System language") : language::nativeName(choice));
        action->setCheckable(true);
        action->setChecked(choice == current);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            language::choose(choice);
            setStatus(tr("The language changes when s2e-studio starts again"));
        });
    }

    m_contextMenu->addActions({ m_read, m_save, m_applyEdits, m_restart, m_factoryReset, m_openWeb });
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({ m_upgrade, m_uploadWeb, m_exportProfile, m_applyProfile });
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({ m_copyMac, m_copyIp });
}

Result<void> MainWindow::openConsole(const EndpointSpec &spec)
{
    ConsolePane *pane = m_networkPane;
    if (spec.kind == EndpointSpec::Kind::Serial)
        pane = m_serialPane;
    else if (spec.kind == EndpointSpec::Kind::WebSocket)
        pane = m_webSocketPane;
    pane->setSpec(spec);
    m_tabs->setCurrentIndex(m_tabs->indexOf(pane == m_webSocketPane ? pane : pane->parentWidget()));
    return pane->openEndpoint();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::setStatus(const QString &text)
{
    m_status->setText(text);
    emit statusChanged(text);
}

void MainWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool loaded = m_editor->config().has_value();
    const int count = int(selectedDevices().size());
    const auto device = selected();
    // A module with a job running takes no other: the actions say why.
    const QString busy = device && count == 1 ? m_manager->busyReason(device->reply.mac()) : QString();
    const bool one = !m_busy && count == 1;
    const bool free = one && busy.isEmpty();
    m_read->setEnabled(free);
    // Save only what the field table accepts: a refused value keeps the button off.
    const bool savable = loaded && m_editor->hasChanges() && m_editor->errors().isEmpty();
    m_save->setEnabled(free && savable && m_shown && device->reply.mac() == *m_shown);
    m_applyEdits->setEnabled(!m_busy && count > 1 && savable);
    m_revert->setEnabled(!m_busy && loaded && m_editor->hasChanges());
    for (QAction *action : { m_restart, m_factoryReset })
        action->setEnabled(free);
    for (QAction *action : { m_read, m_save, m_restart, m_factoryReset })
        action->setStatusTip(busy);
    // An invalid value on a tab out of sight is named, not only kept from being saved.
    const QString blocked = loaded && m_editor->hasChanges() ? m_editor->blockingReason() : QString();
    if (busy.isEmpty())
        m_save->setStatusTip(blocked);
    m_save->setToolTip(blocked.isEmpty() ? m_save->text().remove(u'&') : blocked);
    for (QAction *action : { m_openWeb, m_upgrade, m_uploadWeb, m_copyMac, m_copyIp })
        action->setEnabled(one);
    m_exportProfile->setEnabled(one && loaded);
    m_applyProfile->setEnabled(!m_busy && count > 0);
    m_progress->setVisible(m_busy || m_manager->hasRunningJobs());
    if (device)
        m_console->setModuleAddress(QHostAddress(device->reply.ipString()));
}

void MainWindow::onSelectionChanged()
{
    if (m_reselecting)
        return;
    const auto device = selected();
    // Leaving is showing another module; a selection that keeps this one (several rows, for
    // "apply edits to selected") or none replaces nothing.
    const QList<FoundDevice> rows = selectedDevices();
    const bool kept = std::any_of(rows.begin(), rows.end(),
                                  [this](const FoundDevice &row) { return m_shown && row.reply.mac() == *m_shown; });
    const bool leaving = m_shown && device && device->reply.mac() != *m_shown && !kept;
    if (leaving && !leaveShownModule()) {
        selectMac(*m_shown);
        return;
    }
    updateActions();
    if (device && (!m_shown || *m_shown != device->reply.mac()) && !kept)
        readSelected();
}

bool MainWindow::leaveShownModule()
{
    if (!m_editor->hasChanges())
        return true;
    // Edits being saved are not lost by looking elsewhere.
    if (const auto *saving = qobject_cast<const ApplyJob *>(m_manager->jobOf(*m_shown));
        saving && saving->changes() == m_editor->changes())
        return true;
    const QString name = m_shown->toString();
    const auto answer = m_question(tr("Unsaved changes"),
                                   tr("The changes to %1 are not saved. Save them now? The save goes on "
                                      "while you look at another module.")
                                           .arg(name),
                                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        saveShown();
    else
        m_editor->revert();
    return true;
}

void MainWindow::selectMac(const MacAddress &mac)
{
    const int row = m_model->rowOf(mac);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_table->selectionModel());
    m_reselecting = true;
    m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    m_reselecting = false;
    m_table->viewport()->update();
    updateActions();
}

QList<FoundDevice> MainWindow::selectedDevices() const
{
    QList<FoundDevice> result;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        if (const auto device = m_model->device(m_proxy->mapToSource(row).row()))
            result << *device;
    return result;
}

std::optional<FoundDevice> MainWindow::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_model->device(m_proxy->mapToSource(current).row());
}

SettingChannel::Options MainWindow::channelOptions() const
{
    SettingChannel::Options options;
    options.targets = m_targets->targets();
    options.ports = m_options.ports;
    options.timeoutMs = m_options.timeoutMs;
    return options;
}

void MainWindow::search()
{
    if (m_finder)
        m_finder->stop();
    DeviceFinder::Options options;
    options.targets = m_targets->targets();
    options.ports = m_options.ports;
    options.quietMs = m_options.timeoutMs;
    m_console->setSearchTargets(options.targets);
    m_finder = new DeviceFinder(options, this);
    connect(m_finder, &DeviceFinder::deviceFound, m_model, &DeviceTableModel::upsert);
    connect(m_finder, &DeviceFinder::deviceUpdated, m_model, &DeviceTableModel::upsert);
    connect(m_finder, &DeviceFinder::targetFailed, this,
            [this](const QString &message) { setStatus(tr("Cannot search %1").arg(message)); });
    connect(m_finder, &DeviceFinder::finished, this, [this, finder = m_finder.data(), where = searchedWhere(options.targets, options.ports)] {
        m_searched = true;
        fitTable();
        setStatus(m_model->rowCount() > 0 ? tr("%n module(s) found", nullptr, m_model->rowCount())
                                          : tr("No module answered on %1").arg(where));
        updateHint();
        setBusy(false);
        finder->deleteLater();
    });
    m_progress->setRange(0, 0);
    setBusy(true);
    setStatus(tr("Searching…"));
    m_finder->start();
}

QString MainWindow::searchedWhere(const QList<SettingTarget> &targets, const SettingPorts &ports)
{
    QStringList names;
    for (const SettingTarget &target : targets)
        names << target.toString();
    return tr("%1, UDP port %2").arg(names.join(QStringLiteral(", ")), settingPortsText(ports));
}

void MainWindow::updateHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_hint->setVisible(empty);
    if (!empty)
        return;
    const QString where = searchedWhere(m_targets->targets(), m_options.ports);
    m_hint->setText(m_searched
                            ? tr("No module answered on %1.\n\nCheck that the modules are powered and on this network, "
                                 "choose another adapter or type a module's address in the box above, and press "
                                 "Search (F5) again. To try the program without hardware, start it with --demo.")
                                      .arg(where)
                            : tr("No modules yet.\n\nPress Search (F5) to ask every module on %1, or type a "
                                 "module's address in the box above. To try the program without hardware, start it "
                                 "with --demo: five virtual modules answer on this computer.")
                                      .arg(where));
}

QList<NamedPort> MainWindow::namedPorts() const
{
    QList<NamedPort> ports = m_options.virtualPorts;
    for (const QString &folder : m_portFolders)
        ports += linkedPorts(folder);
    return ports;
}

void MainWindow::addPortFolder(const QString &folder)
{
    const QString path = QDir(folder).absolutePath();
    m_portFolders.removeAll(path);
    m_portFolders.prepend(path);
    m_settings->setValue(PortFoldersKey, m_portFolders);
    updateNamedPorts();
    setStatus(tr("%n serial port link(s) in %1", nullptr, int(linkedPorts(path).size())).arg(path));
}

void MainWindow::updateNamedPorts()
{
    // Links come and go with the program that made them.
    if (!m_portFolders.isEmpty())
        m_portWatcher->addPaths(m_portFolders);
    const QList<NamedPort> ports = namedPorts();
    m_console->setNamedPorts(ports);
    m_serialPane->form()->setNamedPorts(ports);
}

void MainWindow::fitTable()
{
    // Once, after the first search that found modules, unless the user's own split was
    // restored: the table as wide as its columns (MAC and Status whole), the form the rest.
    if (m_splitterRestored || m_tableFitted || m_model->rowCount() == 0)
        return;
    m_tableFitted = true;
    // What each column asks for, not what it has: the last one stretches over the rest.
    const QAbstractItemView *view = m_table;
    int width = m_table->frameWidth() * 2 + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column)
        width += column == DeviceTableModel::Status
                ? m_table->columnWidth(column)
                : qMax(m_table->horizontalHeader()->sectionSizeHint(column), view->sizeHintForColumn(column));
    // Room for a longer model name once the modules are read ("?" until then).
    width += m_table->fontMetrics().horizontalAdvance(QStringLiteral("USR-TCP232-410S"));
    const int total = m_splitter->width();
    // On a wide screen the table takes what the form does not need; the form keeps a third
    // at least, whatever the columns want.
    const int wanted = qMax(width, total - m_editor->sizeHint().width());
    const int table = qBound(total / 3, wanted, total - qMax(m_editor->minimumSizeHint().width(), total / 3));
    m_splitter->setSizes({ table, total - table });
}

void MainWindow::readSelected()
{
    const auto device = selected();
    if (!device)
        return updateActions();
    const MacAddress mac = device->reply.mac();
    // Never leave another module's parameters on screen, where Save would send them here.
    if (m_shown != mac)
        m_editor->clear();
    m_shown = mac;
    if (const auto job = m_manager->read(mac); !job) {
        // Its job goes on; the form fills when it ends.
        setStatus(job.error());
        return updateActions();
    }
    setStatus(tr("Reading %1…").arg(mac.toString()));
    m_progress->setRange(0, 0);
    updateActions();
}

void MainWindow::onJobFinished(ConfigJob *job)
{
    const MacAddress mac = job->mac();
    const bool shown = m_shown == mac;
    const Result<void> &result = job->result();
    if (!result) {
        if (result.errorCode() == ErrorCode::Credentials)
            setStatus(tr("%1: module rejected the user name or password").arg(mac.toString()));
        else
            setStatus(result.error());
    } else if (const auto *read = qobject_cast<ReadJob *>(job)) {
        m_model->setModel(mac, read->config()->model());
        if (shown) {
            const auto port = std::find_if(m_options.virtualPorts.cbegin(), m_options.virtualPorts.cend(),
                                           [&mac](const NamedPort &named) { return named.module == mac; });
            m_editor->setSerialPort(port == m_options.virtualPorts.cend()
                                            ? QString()
                                            : tr("%1 — %2").arg(port->name, port->path));
            m_editor->setConfig(*read->config());
            if (const auto device = selected(); device && device->reply.mac() == mac) {
                m_vcom->setModule(*device, *read->config());
                prefillConsoles(*device, *read->config());
            }
        }
        setStatus(tr("%1: parameters read").arg(mac.toString()));
    } else if (const auto *apply = qobject_cast<ApplyJob *>(job)) {
        if (apply->report()->reappeared)
            m_model->upsert(*apply->report()->reappeared);
        // The form takes what the module now holds, unless it has been edited since.
        if (shown && (!m_editor->hasChanges() || m_editor->changes() == apply->changes()))
            m_editor->setConfig(apply->report()->after);
        setStatus(apply->report()->storedOnWrite
                          ? tr("%1: %n field(s) saved and verified (the module stores on write: no store command, "
                               "restarted and read back)",
                               nullptr, int(apply->report()->changedKeys.size()))
                                    .arg(mac.toString())
                          : tr("%1: %n field(s) saved and verified", nullptr, int(apply->report()->changedKeys.size()))
                                    .arg(mac.toString()));
    } else if (const auto *restart = qobject_cast<RestartJob *>(job)) {
        m_model->upsert(*restart->reappeared());
        setStatus(tr("%1: restarted, answering at %2").arg(mac.toString(), restart->reappeared()->reply.ipString()));
    }
    // A form left empty while the module was busy is filled now.
    if (shown && !m_editor->config() && result.errorCode() != ErrorCode::Credentials) {
        if (const auto device = selected(); device && device->reply.mac() == mac)
            QTimer::singleShot(0, this, &MainWindow::readSelected);
    } else if (shown && qobject_cast<RestartJob *>(job) && result) {
        QTimer::singleShot(0, this, &MainWindow::readSelected);
    }
    updateActions();
}

void MainWindow::askCredentials(const MacAddress &mac)
{
    auto *dialog = new LoginDialog(mac, m_manager->credentials(mac), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (const auto job = m_manager->retry(dialog->mac(), dialog->credentials()); !job)
            setStatus(job.error());
        updateActions();
    });
    dialog->open();
}

void MainWindow::save()
{
    const auto device = selected();
    if (!device || !m_shown || device->reply.mac() != *m_shown || !m_editor->config())
        return;
    saveShown();
}

void MainWindow::saveShown()
{
    if (!m_shown || !m_editor->config())
        return;
    if (const auto errors = m_editor->errors(); !errors.isEmpty())
        return setStatus(errors.join(QStringLiteral("; ")));
    const auto job = m_manager->save(*m_shown, m_editor->changes());
    if (!job)
        return setStatus(job.error());
    m_progress->setRange(0, ApplySteps);
    m_progress->setValue(0);
    updateActions();
}

void MainWindow::prefillConsoles(const FoundDevice &device, const DeviceConfig &config)
{
    const auto idle = [](const ConsolePane *pane) {
        return !pane->session() || pane->session()->endpoint()->state() == Endpoint::State::Closed;
    };
    const QString ip = device.reply.ipString();
    for (const NamedPort &port : std::as_const(m_options.virtualPorts)) {
        if (port.module != device.reply.mac() || !idle(m_serialPane))
            continue;
        SerialEndpoint::Options serial;
        serial.port = port.path;
        serial.baud = qint32(config.value(u"port1.baud")->toInteger());
        m_serialPane->setSpec(EndpointSpec::serialPort(serial));
    }
    if (idle(m_networkPane) && config.value(u"port1.mode")->toString() == u"tcp-server") {
        if (const auto spec = EndpointSpec::tcpClient(QStringLiteral("%1:%2").arg(ip).arg(config.value(u"port1.local_port")->toInt())))
            m_networkPane->setSpec(*spec);
    }
    // A module that converts Modbus TCP: the poll goes to its data port.
    if (!m_modbus->isRunning() && config.value(u"port1.modbus_tcp")->toBool()
        && config.value(u"port1.mode")->toString() == u"tcp-server")
        m_modbus->setTcpEndpoint(QStringLiteral("%1:%2").arg(ip).arg(config.value(u"port1.local_port")->toInt()));
    if (idle(m_webSocketPane) && config.value(u"websocket.port")->toInt() != 0) {
        if (const auto spec = EndpointSpec::webSocket(QStringLiteral("ws://%1:%2/").arg(ip).arg(config.value(u"websocket.port")->toInt()), false))
            m_webSocketPane->setSpec(*spec);
    }
}

void MainWindow::restartSelected()
{
    restartAndWait(false);
}

void MainWindow::factoryResetSelected()
{
    const auto device = selected();
    if (!device)
        return;
    const auto answer = QMessageBox::warning(
            this, tr("Factory reset"),
            tr("Restore the factory parameters of %1 (%2) and restart it? Its address, work mode "
               "and passwords go back to the defaults.")
                    .arg(device->reply.name(), device->reply.mac().toString()),
            QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Reset)
        restartAndWait(true);
}

void MainWindow::restartAndWait(bool factoryReset)
{
    const auto device = selected();
    if (!device)
        return;
    if (const auto job = m_manager->restart(device->reply.mac(), factoryReset); !job)
        setStatus(job.error());
    m_progress->setRange(0, 0);
    updateActions();
}

void MainWindow::openWebPage()
{
    const auto device = selected();
    if (!device)
        return;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(device->reply.ipString());
    if (m_editor->config())
        if (const auto port = m_editor->config()->value(u"web.port"); port && port->toInt() != 80)
            url.setPort(port->toInt());
    if (!QDesktopServices::openUrl(url))
        setStatus(tr("Cannot open %1: no web browser is set up").arg(url.toString()));
}

void MainWindow::copyMac()
{
    if (const auto device = selected())
        QApplication::clipboard()->setText(device->reply.mac().toString());
}

void MainWindow::copyIp()
{
    if (const auto device = selected())
        QApplication::clipboard()->setText(device->reply.ipString());
}

FirmwareDialog *MainWindow::openFirmwareDialog()
{
    const auto device = selected();
    if (!device)
        return nullptr;
    auto options = m_options.firmware;
    options.targets = m_targets->targets();
    options.settingPorts = m_options.ports;
    auto *dialog = new FirmwareDialog(*device, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // No save or restart may cross an upgrade: the module is the dialog's while it is open.
    if (const auto reserved = m_manager->reserve(device->reply.mac(), dialog, tr("upgrading firmware")); !reserved) {
        delete dialog;
        setStatus(reserved.error());
        return nullptr;
    }
    connect(dialog, &FirmwareDialog::jobFinished, this, [this, mac = device->reply.mac()](const QString &error) {
        m_model->setStatus(mac, error.isEmpty() ? tr("upgraded") : tr("upgrade failed"));
        setStatus(error.isEmpty() ? tr("%1: firmware upgraded").arg(mac.toString()) : error);
        if (error.isEmpty())
            search();
    });
    return dialog;
}

WebPageDialog *MainWindow::openWebPageDialog()
{
    const auto device = selected();
    if (!device)
        return nullptr;
    WebPageUploader::Options options;
    options.port = device->model ? device->model->uploadPort : m_options.webPagePort;
    auto *dialog = new WebPageDialog(*device, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto reserved = m_manager->reserve(device->reply.mac(), dialog, tr("uploading web pages")); !reserved) {
        delete dialog;
        setStatus(reserved.error());
        return nullptr;
    }
    connect(dialog, &WebPageDialog::jobFinished, this, [this, mac = device->reply.mac()](const QString &error) {
        m_model->setStatus(mac, error.isEmpty() ? tr("web pages uploaded") : tr("upload failed"));
        setStatus(error.isEmpty() ? tr("%1: web pages uploaded").arg(mac.toString()) : error);
    });
    return dialog;
}

QString MainWindow::suggestedProfileName() const
{
    const auto device = selected();
    if (!device)
        return QString();
    // The module's name and MAC, in characters every file system takes.
    QString name = QStringLiteral("%1-%2").arg(device->reply.name(), device->reply.mac().toString());
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    return name + QStringLiteral(".json");
}

Result<void> MainWindow::exportProfileTo(const QString &chosenPath, bool withPassword)
{
    const auto device = selected();
    if (!device || !m_editor->config())
        return Failure { tr("select a module and read it first"), ErrorCode::RefusedInput };
    const QString path = QFileInfo(chosenPath).suffix().isEmpty() ? chosenPath + QStringLiteral(".json") : chosenPath;
    const Profile profile = Profile::fromConfig(*m_editor->config(), device->reply, withPassword);
    if (const auto saved = profile.save(path); !saved)
        return saved;
    rememberProfile(path);
    setStatus(profile.leftOutSecrets().isEmpty()
                      ? tr("%1: profile saved to %2 (with the password)").arg(device->reply.mac().toString(), path)
                      : tr("%1: profile saved to %2; the password is left out").arg(device->reply.mac().toString(), path));
    return {};
}

void MainWindow::exportProfile()
{
    const QString folder = m_recentProfiles.isEmpty() ? QDir::homePath() : QFileInfo(m_recentProfiles.first()).absolutePath();
    QFileDialog dialog(this, tr("Export profile"), folder, tr("Profiles (*.json)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    dialog.selectFile(suggestedProfileName());
    // The tick lives in the dialog itself, so a native one cannot be used.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *withPassword = new QCheckBox(tr("Include the password (anyone with the file can read it)"));
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(withPassword, grid->rowCount(), 0, 1, grid->columnCount());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    if (const auto saved = exportProfileTo(path, withPassword->isChecked()); !saved)
        QMessageBox::warning(this, tr("Export profile"), saved.error());
}

void MainWindow::applyProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Apply profile"), m_recentProfiles.value(0),
                                                      tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (auto *dialog = applyProfileFile(path))
        dialog->open();
}

BatchDialog *MainWindow::applyProfileFile(const QString &path)
{
    const auto profile = Profile::load(path);
    if (!profile) {
        QMessageBox::warning(this, tr("Apply profile"), profile.error());
        setStatus(profile.error());
        return nullptr;
    }
    rememberProfile(path);
    return openBatch(profile->changes({}, true), tr("Profile %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::applyEditsToSelected()
{
    const auto device = selected();
    if (auto *dialog = openBatch(m_editor->changes(), tr("Fields edited on %1").arg(device ? device->reply.name() : QString())))
        dialog->open();
}

BatchDialog *MainWindow::openBatch(const FieldChanges &changes, const QString &source)
{
    const QList<FoundDevice> modules = selectedDevices();
    if (modules.isEmpty()) {
        setStatus(tr("Select the modules to apply to first"));
        return nullptr;
    }
    QStringList busy;
    for (const FoundDevice &module : modules) {
        if (const QString reason = m_manager->busyReason(module.reply.mac()); !reason.isEmpty())
            busy << reason;
    }
    if (!busy.isEmpty()) {
        setStatus(busy.join(QStringLiteral("; ")));
        return nullptr;
    }
    BatchDialog::Setup setup { modules, changes, source, m_manager };
    auto *dialog = new BatchDialog(setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchDialog::moduleFinished, this, [this](const BatchApply::ModuleResult &result) {
        if (result.reappeared)
            m_model->upsert(*result.reappeared);
        updateActions();
    });
    connect(dialog, &BatchDialog::finished, this, [this, dialog] {
        // The form may show a module the batch has just changed.
        m_shown.reset();
        onSelectionChanged();
        setStatus(dialog->failureCount() == 0 ? tr("Batch done: every module saved and verified")
                                              : tr("Batch done: %n module(s) failed", nullptr, dialog->failureCount()));
    });
    return dialog;
}

void MainWindow::rememberProfile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_recentProfiles.removeAll(absolute);
    m_recentProfiles.prepend(absolute);
    m_recentProfiles = m_recentProfiles.mid(0, MaxRecentProfiles);
    m_settings->setValue(ProfilesKey, m_recentProfiles);
    updateRecentProfilesMenu();
}

void MainWindow::updateRecentProfilesMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_recentProfiles))
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (auto *dialog = applyProfileFile(path))
                dialog->open();
        })->setToolTip(path);
    m_recentMenu->setEnabled(!m_recentProfiles.isEmpty());
}

void MainWindow::saveSettings()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->setValue(SplitterKey, m_splitter->saveState());
    m_settings->setValue(TargetsKey, m_targets->recentCustom());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_manager->hasRunningJobs()) {
        QStringList running;
        for (const ConfigJob *job : m_manager->runningJobs())
            running << m_manager->busyReason(job->mac()).section(QStringLiteral(" — "), 0, 0);
        for (const MacAddress &mac : m_manager->batchedModules())
            running << m_manager->busyReason(mac).section(QStringLiteral(" — "), 0, 0);
        const auto answer = m_question(tr("Operations running"),
                                       tr("Still running:\n%1\n\nQuit anyway? Each stops where it is, and "
                                          "its module keeps what it was sent so far.")
                                               .arg(running.join(QLatin1Char('\n'))),
                                       QMessageBox::Yes | QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return event->ignore();
        m_manager->cancelAll();
    } else if (m_shown && m_editor->hasChanges()) {
        const auto answer = m_question(tr("Unsaved changes"),
                                       tr("The changes to %1 are not saved. Quit and lose them?").arg(m_shown->toString()),
                                       QMessageBox::Discard | QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return event->ignore();
    }
    saveSettings();
    event->accept();
}

} // namespace s2e::ui
