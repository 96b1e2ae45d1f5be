#pragma once

#include "job.h"
#include "net/netatclient.h"
#include "protocol/at/atreply.h"
#include "protocol/at/atrequest.h"

#include <QPointer>
#include <QSerialPort>

namespace s2e {

class AtSession;

// AT commands, one after another, each after the answer before: over a serial port (+++/a
// into command mode, AT+ENTM out unless asked to stay) or over net AT (the module that
// answers the keyword). Every answer is reported as it comes; the job fails when the line
// fails, or with ErrorCode::Rejected when a command was answered with an error.
// An interactive console keeps its line open between jobs: the jobs over an open session
// or net AT client borrow it and leave it open, whatever their outcome.
class AtJob : public Job
{
    Q_OBJECT

public:
    struct SerialLine
    {
        QString port;
        qint32 baud = 115200;
        QSerialPort::DataBits dataBits = QSerialPort::Data8;
        QSerialPort::Parity parity = QSerialPort::NoParity;
        QSerialPort::StopBits stopBits = QSerialPort::OneStop;
        bool stay = false; // in command mode afterwards
    };

    // What a job over an open serial session does around its commands.
    struct ModeSteps
    {
        bool enter = false; // +++/a first
        bool leave = false; // AT+ENTM after
    };

    AtJob(const SerialLine &line, QList<at::AtRequest> requests, QObject *parent = nullptr);
    // With options.module unset, the one module that answers the keyword; several are refused.
    AtJob(const NetAtClient::Options &options, QList<at::AtRequest> requests, QObject *parent = nullptr);
    // Over a session the caller keeps open; `subject` names its line.
    AtJob(AtSession *session, const QString &subject, ModeSteps steps, QList<at::AtRequest> requests,
          QObject *parent = nullptr);
    // Over a client whose module is set.
    AtJob(NetAtClient *client, const QString &subject, QList<at::AtRequest> requests, QObject *parent = nullptr);

    // The module net AT found (after a job that searched for it).
    const std::optional<NetAtDevice> &module() const { return m_module; }

signals:
    void replied(const s2e::at::AtRequest &request, const s2e::Result<s2e::at::AtReply> &reply);

protected:
    void run() override;
    void abandon() override;
    QString cancelledMessage() const override;

private:
    using Done = std::function<void(Result<at::AtReply>)>;
    void runSerial();
    void runSession(ModeSteps steps);
    void runNet();
    void next(std::function<void(const at::AtRequest &, Done)> execute, std::function<void()> done);
    void finishCommands();

    std::optional<SerialLine> m_line;
    std::optional<NetAtClient::Options> m_netOptions;
    ModeSteps m_steps;
    QList<at::AtRequest> m_requests;
    int m_sent = 0;
    bool m_rejected = false;
    bool m_owned = true; // the line is the job's own, opened and closed by it
    QSerialPort *m_port = nullptr;
    QPointer<AtSession> m_session;
    QPointer<NetAtClient> m_net;
    std::optional<NetAtDevice> m_module;
};

} // namespace s2e
