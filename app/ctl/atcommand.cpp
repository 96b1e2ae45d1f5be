// s2ectl at: AT commands over a serial port or net AT.
#include "ctlcontext.h"
#include "serial/serialnames.h"
#include "job/atjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSerialPort>

using namespace s2e;
using at::AtReply;
using at::AtRequest;

namespace {

// Prints each answer as it comes and the JSON array at the end.
class AtReport
{
public:
    explicit AtReport(bool json) : m_json(json) { }

    void add(const AtRequest &request, const Result<AtReply> &reply)
    {
        QJsonObject entry { { QStringLiteral("command"), request.text() } };
        if (!reply) {
            m_failed = true;
            entry.insert(QStringLiteral("ok"), false);
            entry.insert(QStringLiteral("error"), reply.error());
            if (!m_json)
                printLine(tr("%1: FAILED %2").arg(request.text(), reply.error()));
        } else if (!reply->ok) {
            m_failed = true;
            entry.insert(QStringLiteral("ok"), false);
            entry.insert(QStringLiteral("error"), reply->errorText());
            if (!m_json)
                printLine(tr("%1: ERROR %2").arg(request.text(), reply->errorText()));
        } else {
            entry.insert(QStringLiteral("ok"), true);
            if (reply->hasValue)
                entry.insert(QStringLiteral("value"), reply->value);
            if (!m_json)
                printLine(reply->hasValue ? QStringLiteral("%1: %2").arg(request.text(), reply->value)
                                          : tr("%1: OK").arg(request.text()));
        }
        m_entries.append(entry);
    }

    void finish(const QString &error = QString())
    {
        if (!error.isEmpty())
            printError(error);
        if (m_json)
            printJson(m_entries);
        ::finish(m_failed || !error.isEmpty() ? ExitFailed : ExitOk);
    }

private:
    bool m_json;
    bool m_failed = false;
    QJsonArray m_entries;
};

void printCatalogue()
{
    for (const at::CommandDef &command : at::Catalogue::all()) {
        printLine(QStringLiteral("%1\n    %2").arg(command.synopsis(), command.helpText()));
        for (const at::Param &param : command.params)
            printLine(QStringLiteral("    %1: %2 (%3)")
                              .arg(QLatin1String(param.name),
                                   QCoreApplication::translate("AtCatalogue", param.help),
                                   at::Catalogue::paramAllowedText(param)));
    }
}

// Runs the job, printing every answer as it comes.
void runJob(const CtlContext &context, AtJob *job)
{
    auto report = std::make_shared<AtReport>(context.json);
    QObject::connect(job, &AtJob::replied, job,
                     [report](const AtRequest &request, const Result<AtReply> &reply) { report->add(request, reply); });
    QObject::connect(job, &Job::finished, job, [job, report] {
        // A refused command is in the report already; anything else ends the line.
        const Result<void> &result = job->result();
        report->finish(result || result.errorCode() == ErrorCode::Rejected ? QString() : result.error());
    });
    job->start();
}

} // namespace

void runAt(const CtlContext &context, const QStringList &arguments)
{
    if (context.at.list) {
        printCatalogue();
        return finish(ExitOk);
    }
    if (arguments.isEmpty()) {
        printError(tr("at: no command given, e.g. AT+VER"));
        return finish(ExitUsage);
    }
    // Every command is checked before the first byte goes out.
    QList<AtRequest> requests;
    for (const QString &argument : arguments) {
        const auto request = AtRequest::parse(argument);
        if (!request) {
            printError(request.error());
            return finish(ExitUsage);
        }
        requests << *request;
    }
    if (context.at.net)
        return runJob(context, new AtJob(context.at.netAt, requests, qApp));
    AtJob::SerialLine line;
    line.port = context.at.serialPort;
    line.baud = context.at.baud;
    line.dataBits = QSerialPort::DataBits(context.at.dataBits);
    line.parity = *SerialNames::parity(context.at.parity);
    line.stopBits = context.at.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop;
    line.stay = context.at.stay;
    runJob(context, new AtJob(line, requests, qApp));
}
