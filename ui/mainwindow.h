#pragma once

#include "net/configclient.h"
#include "net/devicefinder.h"
#include "net/settingchannel.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace s2e::ui {

class DeviceTableModel;
class LoginDialog;
class ParameterEditor;

// The device manager: modules found by search on the left, the selected module's
// parameters on the right; Save writes, stores, restarts, waits and verifies, each step
// shown, each failure explained.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QList<SettingTarget> targets = defaultSettingTargets();
        quint16 port = DefaultSettingPort;
        int timeoutMs = 500;
        ConfigClient::ApplyOptions apply;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);

    DeviceTableModel *model() const { return m_model; }
    ParameterEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    QString statusText() const;
    QAction *searchAction() const { return m_search; }
    QAction *saveAction() const { return m_save; }

public slots:
    void search();
    void readSelected();
    void save();

signals:
    // After every read, save or failure: what the status line now says.
    void statusChanged(const QString &text);

private:
    void setStatus(const QString &text);
    void setBusy(bool busy);
    void updateActions();
    std::optional<FoundDevice> selected() const;
    SettingChannel::Options channelOptions() const;
    ConfigClient *clientFor(const MacAddress &mac);
    bool isAuthFailure(const QString &error) const;
    void askCredentials(const MacAddress &mac, std::function<void()> retry);

    Options m_options;
    DeviceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ParameterEditor *m_editor;
    QLabel *m_status;
    QProgressBar *m_progress;
    QAction *m_search;
    QAction *m_read;
    QAction *m_save;
    QAction *m_revert;
    QPointer<DeviceFinder> m_finder;
    QPointer<ConfigClient> m_client;
    // Credentials per module, for this run only: never written to disk.
    QHash<MacAddress, Credentials> m_credentials;
    bool m_busy = false;
};

} // namespace s2e::ui
