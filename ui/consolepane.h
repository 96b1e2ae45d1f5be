#pragma once

#include "console/consolesession.h"
#include "console/endpointspec.h"
#include "console/macrostore.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QTableView;
class QTimer;

namespace s2e::ui {

class EndpointForm;
class SendBox;
class TrafficModel;
class TrafficView;

// One side of the test console: an endpoint form with Open/Close (Ctrl+O) and, for a TCP
// server or UDP, where Send goes; the traffic view; the counters with Reset counts; the send
// box; and one message line for what last happened. The view follows the log on a timer
// (never per byte), so the window stays responsive at any rate.
class ConsolePane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 100;

    // Macros are kept in `settings`.
    ConsolePane(const QString &title, const QList<EndpointSpec::Kind> &kinds, QSettings *settings,
                QWidget *parent = nullptr);
    ~ConsolePane() override;

    EndpointForm *form() const { return m_form; }
    SendBox *sendBox() const { return m_sendBox; }

    Result<EndpointSpec> spec() const;
    void setSpec(const EndpointSpec &spec);
    Result<void> openEndpoint();
    void closeEndpoint();
    ConsoleSession *session() const { return m_session.get(); }
    TrafficModel *model() const;
    QTableView *view() const;
    QString countersText() const;
    void resetCounters();
    QString message() const;
    // Whether "Send to" (every peer, or one) is offered: only where there can be several.
    bool offersPeers() const;

    void setSendText(const QString &text);
    void setSendOptions(const SendText &options);
    SendText sendOptions() const;
    Result<void> sendNow();
    Result<void> startPeriodic(int periodMs);
    void stopPeriodic();
    // Paced to the line's rate for a serial port, as fast as the socket takes otherwise.
    Result<void> sendFile(const QString &path);

    void saveMacro(const QString &name);
    QStringList macroNames() const;
    void loadMacro(const QString &name);
    void deleteMacro(const QString &name);

    void setPaused(bool paused);
    void clear();
    bool findNext(const QString &text);

signals:
    void endpointStateChanged(bool open);

private:
    QWidget *buildTopRow();
    void refresh();
    void updateState();
    void updatePeers();
    void showMessage(const QString &text, bool error);
    // Shows a failure, or clears an old message once something worked.
    void report(const Result<void> &result);
    qint64 fileRate() const;

    // Declared before the send box that uses it.
    MacroStore m_macros;
    EndpointForm *m_form;
    TrafficView *m_traffic;
    SendBox *m_sendBox;
    QPushButton *m_open;
    QLabel *m_peerLabel;
    QComboBox *m_peer;
    QPushButton *m_closePeer;
    QLabel *m_counters;
    QLabel *m_message;
    std::unique_ptr<ConsoleSession> m_session;
    QTimer *m_refresh;
    QElapsedTimer m_rateClock;
    Endpoint::Counters m_lastCounters;
    double m_rxRate = 0;
    double m_txRate = 0;
};

} // namespace s2e::ui
