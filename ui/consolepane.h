#pragma once

#include "console/consolesession.h"
#include "console/endpointspec.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace s2e::ui {

class TrafficModel;

// One side of the test console: endpoint settings, the traffic view, the send box and the
// counters. The view follows the log on a timer (never per byte) and shows only the rows on
// screen, so the window stays responsive at any rate.
class ConsolePane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 100;

    ConsolePane(const QString &title, const QList<EndpointSpec::Kind> &kinds, QWidget *parent = nullptr);
    ~ConsolePane() override;

    // The endpoint the settings describe, or what is wrong with them.
    Result<EndpointSpec> spec() const;
    void setSpec(const EndpointSpec &spec);
    Result<void> openEndpoint();
    void closeEndpoint();
    ConsoleSession *session() const { return m_session.get(); }
    TrafficModel *model() const { return m_model.get(); }
    QTableView *view() const { return m_view; }
    QString countersText() const;
    QString message() const;

    // The send box.
    void setSendText(const QString &text);
    void setSendOptions(const SendText &options);
    SendText sendOptions() const;
    Result<void> sendNow();
    Result<void> startPeriodic(int periodMs);
    void stopPeriodic();
    // Paced to the line's rate for a serial port, as fast as the socket takes otherwise.
    Result<void> sendFile(const QString &path);

    // Saved send texts, kept with QSettings.
    void saveMacro(const QString &name);
    QStringList macroNames() const;
    void loadMacro(const QString &name);
    void deleteMacro(const QString &name);

    void setPaused(bool paused);
    void clear();
    // Selects the next row holding `text` (hex with the hex view, else the bytes); false if none.
    bool findNext(const QString &text);

signals:
    void endpointStateChanged(bool open);

private:
    QWidget *buildSettings(const QList<EndpointSpec::Kind> &kinds);
    QWidget *buildViewBar();
    QWidget *buildSendBox();
    void refresh();
    void updateState();
    void updatePeers();
    void showMessage(const QString &text, bool error);
    void saveLog();
    void toggleFileLog(bool on);
    qint64 fileRate() const;

    // settings
    QComboBox *m_kind;
    QStackedWidget *m_kindPages;
    QComboBox *m_serialPort;
    QComboBox *m_baud;
    QComboBox *m_dataBits;
    QComboBox *m_parity;
    QComboBox *m_stopBits;
    QComboBox *m_flow;
    QCheckBox *m_rts;
    QCheckBox *m_dtr;
    QLineEdit *m_tcpHost;
    QSpinBox *m_tcpPort;
    QSpinBox *m_listenPort;
    QSpinBox *m_udpLocal;
    QLineEdit *m_udpRemoteHost;
    QSpinBox *m_udpRemotePort;
    QCheckBox *m_udpBroadcast;
    QLineEdit *m_wsUrl;
    QCheckBox *m_wsText;
    QPushButton *m_open;
    QComboBox *m_peer;
    QPushButton *m_closePeer;
    // view
    QComboBox *m_viewMode;
    QCheckBox *m_timestamps;
    QCheckBox *m_pause;
    QCheckBox *m_autoscroll;
    QLineEdit *m_search;
    QCheckBox *m_fileLog;
    QTableView *m_view;
    QLabel *m_dropped;
    QLabel *m_counters;
    QLabel *m_message;
    // send
    QPlainTextEdit *m_sendText;
    QComboBox *m_sendFormat;
    QComboBox *m_lineEnding;
    QComboBox *m_checksum;
    QCheckBox *m_periodic;
    QSpinBox *m_period;
    QProgressBar *m_fileProgress;
    QComboBox *m_macros;

    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<TrafficModel> m_model;
    TrafficLog m_idleLog; // shown before the first open
    QTimer *m_refresh;
    QElapsedTimer m_rateClock;
    Endpoint::Counters m_lastCounters;
    double m_rxRate = 0;
    double m_txRate = 0;
};

} // namespace s2e::ui
