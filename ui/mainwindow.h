#pragma once

#include "console/endpointspec.h"
#include "device/devicemanager.h"
#include "net/configclient.h"
#include "net/devicefinder.h"
#include "net/netatclient.h"
#include "net/settingchannel.h"
#include "serial/namedport.h"
#include "upgrade/firmwareupgrader.h"
#include "upgrade/webpageuploader.h"

#include <QHash>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace s2e::ui {

class AtConsole;
class BatchDialog;
class ConsolePane;
class DeviceTableModel;
class FirmwareDialog;
class ModbusPane;
class ParameterEditor;
class SearchTargetBox;
class VcomPanel;
class WebPageDialog;

// The device manager: modules found by search on the left, the selected module's
// parameters on the right; Save writes, stores, restarts, waits and verifies, each step
// shown, each failure explained. Profiles and edits go to several modules at once through
// the batch dialog; an AT console tab talks to a module over serial or the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        // Where search goes first: these addresses, or every adapter when empty.
        QList<QHostAddress> searchAddresses;
        SettingPorts ports = defaultSettingPorts();
        int timeoutMs = 500;
        ConfigClient::ApplyOptions apply;
        quint16 netAtPort = NetAtClient::DefaultPort;
        // Web page uploads to a module whose family is not known yet; a known one's is its
        // family's (the 302: 1501).
        quint16 webPagePort = WebPageUploader::DefaultPort;
        FirmwareUpgrader::Options firmware; // ports; module and targets are filled in
        // Serial ports known by name: the virtual modules' (--demo).
        QList<NamedPort> virtualPorts;
        // Window geometry, recent targets and profiles; the default QSettings when empty.
        // Never a password.
        QString settingsFile;
    };

    // Asks the user; tests answer in its place.
    using Question = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                               QMessageBox::StandardButtons buttons)>;

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    DeviceTableModel *model() const { return m_model; }
    DeviceManager *manager() const { return m_manager; }
    void setQuestion(Question question) { m_question = std::move(question); }
    ParameterEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    SearchTargetBox *targetBox() const { return m_targets; }
    AtConsole *atConsole() const { return m_console; }
    ModbusPane *modbusPane() const { return m_modbus; }
    // Every named serial port: the virtual modules', then those linked in the folders added.
    QList<NamedPort> namedPorts() const;
    // A folder of links to terminals (s2e-emu --pty-link DIR), remembered and watched.
    void addPortFolder(const QString &folder);
    QStringList portFolders() const { return m_portFolders; }
    VcomPanel *vcomPanel() const { return m_vcom; }
    ConsolePane *serialPane() const { return m_serialPane; }
    ConsolePane *networkPane() const { return m_networkPane; }
    ConsolePane *webSocketPane() const { return m_webSocketPane; }
    QTabWidget *tabs() const { return m_tabs; }
    // Opens the endpoint in the test console's pane for its kind (serial, network or
    // WebSocket) and shows it: s2e-studio --console.
    Result<void> openConsole(const EndpointSpec &spec);
    QString statusText() const;
    QAction *searchAction() const { return m_search; }
    QAction *readAction() const { return m_read; }
    QAction *saveAction() const { return m_save; }
    QAction *applyEditsAction() const { return m_applyEdits; }
    QMenu *contextMenu() const { return m_contextMenu; }
    QStringList recentProfiles() const { return m_recentProfiles; }

    // Dialogs opened by the actions, for the caller to drive (tests, scripts).
    BatchDialog *openBatch(const FieldChanges &changes, const QString &source);
    BatchDialog *applyProfileFile(const QString &path);
    FirmwareDialog *openFirmwareDialog();
    WebPageDialog *openWebPageDialog();
    // ".json" is added to a path without a suffix.
    Result<void> exportProfileTo(const QString &path, bool withPassword = false);
    // "<name>-<MAC>.json" of the selected module.
    QString suggestedProfileName() const;

public slots:
    void search();
    void readSelected();
    void save();
    void restartSelected();
    void factoryResetSelected();
    void applyEditsToSelected();
    void copyMac();
    void copyIp();

signals:
    // After every read, save or failure: what the status line now says.
    void statusChanged(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *addModuleAction(const QString &text, void (MainWindow::*slot)());
    void buildMenus();
    void setStatus(const QString &text);
    void setBusy(bool busy);
    void updateActions();
    void updateHint();
    void updateNamedPorts();
    void fitTable();
    // "127.255.255.255, UDP port 1901 and 1500", for people.
    static QString searchedWhere(const QList<SettingTarget> &targets, const SettingPorts &ports);
    void onSelectionChanged();
    std::optional<FoundDevice> selected() const;
    QList<FoundDevice> selectedDevices() const;
    SettingChannel::Options channelOptions() const;
    void askCredentials(const MacAddress &mac);
    void restartAndWait(bool factoryReset);
    void saveShown();
    void onJobFinished(ConfigJob *job);
    // Leaving the shown module with edits: true to go on (saved or discarded), false to stay.
    bool leaveShownModule();
    void selectMac(const MacAddress &mac);
    // The console's network and WebSocket panes, pointed at the module just read.
    void prefillConsoles(const FoundDevice &device, const DeviceConfig &config);
    void openWebPage();
    void exportProfile();
    void applyProfile();
    void rememberProfile(const QString &path);
    void updateRecentProfilesMenu();
    void saveSettings();

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    DeviceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ParameterEditor *m_editor;
    SearchTargetBox *m_targets;
    AtConsole *m_console;
    VcomPanel *m_vcom;
    ModbusPane *m_modbus;
    ConsolePane *m_serialPane;
    ConsolePane *m_networkPane;
    ConsolePane *m_webSocketPane;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    // What to do while the device list is empty.
    QLabel *m_hint;
    QLabel *m_status;
    QProgressBar *m_progress;
    QAction *m_search;
    QAction *m_read;
    QAction *m_save;
    QAction *m_revert;
    QAction *m_restart;
    QAction *m_factoryReset;
    QAction *m_openWeb;
    QAction *m_upgrade;
    QAction *m_uploadWeb;
    QAction *m_exportProfile;
    QAction *m_applyProfile;
    QAction *m_applyEdits;
    QAction *m_copyMac;
    QAction *m_copyIp;
    QMenu *m_contextMenu;
    QMenu *m_recentMenu;
    QStringList m_recentProfiles;
    QPointer<DeviceFinder> m_finder;
    // Jobs on modules, and credentials per module for this run only (never written to disk).
    DeviceManager *m_manager;
    Question m_question;
    // The module whose parameters the editor shows (or is reading).
    std::optional<MacAddress> m_shown;
    QStringList m_portFolders;
    QFileSystemWatcher *m_portWatcher = nullptr;
    bool m_busy = false;
    bool m_searched = false;
    bool m_splitterRestored = false;
    bool m_tableFitted = false;
    bool m_reselecting = false;
};

} // namespace s2e::ui
