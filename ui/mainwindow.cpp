#include "mainwindow.h"

#include "devicetablemodel.h"
#include "logindialog.h"
#include "parametereditor.h"
#include "protocol/shortreply.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {
constexpr int ApplySteps = 7; // read, validate, write, store, restart, reappear, verify
}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent),
      m_options(options),
      m_model(new DeviceTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView),
      m_editor(new ParameterEditor),
      m_status(new QLabel),
      m_progress(new QProgressBar)
{
    setWindowTitle(tr("s2e-studio"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *filter = new QLineEdit;
    filter->setPlaceholderText(tr("Filter by address, MAC or name"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filter);
    leftLayout->addWidget(m_table);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 520, 680 });
    setCentralWidget(splitter);

    auto *toolbar = addToolBar(tr("Module"));
    toolbar->setObjectName(QStringLiteral("moduleToolbar"));
    m_search = toolbar->addAction(tr("Search"), this, &MainWindow::search);
    m_read = toolbar->addAction(tr("Read"), this, &MainWindow::readSelected);
    m_save = toolbar->addAction(tr("Save"), this, &MainWindow::save);
    m_revert = toolbar->addAction(tr("Revert"), m_editor, &ParameterEditor::revert);
    m_search->setShortcut(QKeySequence::Refresh);
    m_save->setShortcut(QKeySequence::Save);

    m_progress->setMaximumWidth(200);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::readSelected);
    connect(m_editor, &ParameterEditor::edited, this, &MainWindow::updateActions);
    updateActions();
    resize(1100, 700);
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
    m_read->setEnabled(!m_busy && selected().has_value());
    // Save only what the field table accepts: a refused value keeps the button off.
    m_save->setEnabled(!m_busy && loaded && m_editor->hasChanges() && m_editor->errors().isEmpty());
    m_revert->setEnabled(!m_busy && loaded && m_editor->hasChanges());
}

std::optional<FoundDevice> MainWindow::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->device(m_proxy->mapToSource(rows.first()).row());
}

SettingChannel::Options MainWindow::channelOptions() const
{
    SettingChannel::Options options;
    options.targets = m_options.targets;
    options.port = m_options.port;
    options.timeoutMs = m_options.timeoutMs;
    return options;
}

ConfigClient *MainWindow::clientFor(const MacAddress &mac)
{
    delete m_client;
    m_client = new ConfigClient(mac, m_credentials.value(mac), channelOptions(), this);
    return m_client;
}

bool MainWindow::isAuthFailure(const QString &error) const
{
    return error.endsWith(ShortReply::statusText(ShortReply::Status::Auth));
}

void MainWindow::search()
{
    if (m_finder)
        m_finder->stop();
    DeviceFinder::Options options;
    options.targets = m_options.targets;
    options.port = m_options.port;
    options.quietMs = m_options.timeoutMs;
    m_finder = new DeviceFinder(options, this);
    connect(m_finder, &DeviceFinder::deviceFound, m_model, &DeviceTableModel::upsert);
    connect(m_finder, &DeviceFinder::deviceUpdated, m_model, &DeviceTableModel::upsert);
    connect(m_finder, &DeviceFinder::targetFailed, this,
            [this](const QString &message) { setStatus(tr("Cannot search %1").arg(message)); });
    connect(m_finder, &DeviceFinder::finished, this, [this, finder = m_finder.data()] {
        setStatus(tr("%n module(s) found", nullptr, m_model->rowCount()));
        m_progress->setRange(0, ApplySteps);
        setBusy(false);
        finder->deleteLater();
    });
    m_progress->setRange(0, 0);
    setBusy(true);
    setStatus(tr("Searching…"));
    m_finder->start();
}

void MainWindow::readSelected()
{
    const auto device = selected();
    if (!device)
        return;
    const MacAddress mac = device->reply.mac();
    setStatus(tr("Reading %1…").arg(mac.toString()));
    m_progress->setRange(0, 0);
    setBusy(true);
    clientFor(mac)->read([this, mac](Result<DeviceConfig> config) {
        setBusy(false);
        if (!config) {
            if (isAuthFailure(config.error()))
                return askCredentials(mac, [this] { readSelected(); });
            m_model->setStatus(mac, tr("read failed"));
            return setStatus(config.error());
        }
        m_editor->setConfig(*config);
        m_model->setStatus(mac, tr("read"));
        setStatus(tr("%1: parameters read").arg(mac.toString()));
        updateActions();
    });
}

void MainWindow::askCredentials(const MacAddress &mac, std::function<void()> retry)
{
    setStatus(tr("%1: module rejected the user name or password").arg(mac.toString()));
    auto *dialog = new LoginDialog(mac, m_credentials.value(mac), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, retry] {
        m_credentials.insert(dialog->mac(), dialog->credentials());
        retry();
    });
    dialog->open();
}

void MainWindow::save()
{
    const auto device = selected();
    if (!device || !m_editor->config())
        return;
    const FieldChanges changes = m_editor->changes();
    if (const auto errors = m_editor->errors(); !errors.isEmpty())
        return setStatus(errors.join(QStringLiteral("; ")));
    const MacAddress mac = device->reply.mac();
    ConfigClient *client = clientFor(mac);
    m_progress->setRange(0, ApplySteps);
    m_progress->setValue(0);
    setBusy(true);
    connect(client, &ConfigClient::stepStarted, this, [this, mac](ConfigClient::Step step) {
        m_progress->setValue(int(step) + 1);
        setStatus(tr("Saving %1: %2…").arg(mac.toString(), ConfigClient::stepName(step)));
    });
    client->apply(changes, m_options.apply, [this, mac](Result<ConfigClient::ApplyReport> report) {
        setBusy(false);
        if (!report) {
            m_model->setStatus(mac, tr("save failed"));
            if (isAuthFailure(report.error()))
                return askCredentials(mac, [this] { save(); });
            return setStatus(report.error());
        }
        if (report->reappeared)
            m_model->upsert(*report->reappeared);
        m_editor->setConfig(report->after);
        m_model->setStatus(mac, tr("saved"));
        setStatus(tr("%1: %n field(s) saved and verified", nullptr, int(report->changedKeys.size()))
                          .arg(mac.toString()));
    });
}

} // namespace s2e::ui
