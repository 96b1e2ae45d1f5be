#pragma once

#include "net/netatclient.h"
#include "protocol/macaddress.h"
#include "serial/atsession.h"
#include "serial/namedport.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSerialPort;
class QTimer;

namespace s2e {
class AtJob;
}

namespace s2e::ui {

class SerialPortBox;

// AT commands to one module, over its serial port (with "+++" to enter command mode and
// AT+ENTM to leave) or over the network (net AT). Commands are checked against the AT
// catalogue before anything is sent; the line completes command names and shows the
// command's parameters as it is typed; answers are coloured by outcome. Every exchange is
// an AtJob over the line the console keeps open; closing cancels what still runs.
class AtConsole : public QWidget
{
    Q_OBJECT

public:
    // Keeps other work off the module a net AT session goes to while `holder` lives: the
    // module's address, and its MAC when net AT said it. A refusal says why.
    using Reserve = std::function<Result<void>(const QHostAddress &address, const std::optional<MacAddress> &mac,
                                                QObject *holder)>;

    explicit AtConsole(quint16 netAtPort = NetAtClient::DefaultPort, QWidget *parent = nullptr);
    ~AtConsole() override;

    // Where net AT looks for a module when no address is given: the search's targets.
    void setSearchTargets(const QList<SettingTarget> &targets);
    // Prefills the network address with the module selected in the device list.
    void setModuleAddress(const QHostAddress &address);
    void setReserve(Reserve reserve) { m_reserve = std::move(reserve); }

    bool isOpen() const;
    QString transcript() const;
    QLineEdit *commandLine() const { return m_command; }
    QLabel *commandHelp() const { return m_help; }
    SerialPortBox *serialPorts() const { return m_port; }
    void setNamedPorts(const QList<NamedPort> &ports);

public slots:
    void openSerial(const QString &path, qint32 baud);
    void openNetwork(const QHostAddress &address);
    // Net AT to the one module that answers the keyword on the search targets.
    void discoverNetwork();
    void close();
    void enterCommandMode();
    void leaveCommandMode();
    // Checks and sends one command line; a refused line is shown, never sent.
    void send(const QString &text);

signals:
    // After every line added to the transcript (for tests and screen readers).
    void transcriptChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Style { Sent, Ok, Error, Data, Info };

    void openNetworkTo(const QHostAddress &address, const std::optional<MacAddress> &mac);
    // Runs a job over the open line: what it answers, and how it ended, go to the transcript.
    void run(AtJob *job, std::function<void(const AtJob &)> succeeded = {});
    void append(Style style, const QString &text);
    void showReply(const at::AtReply &reply);
    void updateHelp();
    void updateState();
    void openFromControls();

    quint16 m_netAtPort;
    QList<SettingTarget> m_searchTargets = defaultSettingTargets();
    QRadioButton *m_serialChoice;
    QRadioButton *m_netChoice;
    SerialPortBox *m_port;
    QComboBox *m_baud;
    QLineEdit *m_address;
    QPushButton *m_open;
    QPushButton *m_enter;
    QPushButton *m_leave;
    QLabel *m_state;
    QLineEdit *m_command;
    QLabel *m_help;
    QPlainTextEdit *m_output;
    QTimer *m_portWatch;
    QPointer<QSerialPort> m_serial;
    QPointer<AtSession> m_session;
    QPointer<NetAtClient> m_net;
    // Lives while a net AT session is open: the module's reservation.
    QPointer<QObject> m_netHold;
    Reserve m_reserve;
    QList<QPointer<AtJob>> m_jobs;
    QStringList m_history;
    int m_historyIndex = 0;
};

} // namespace s2e::ui
