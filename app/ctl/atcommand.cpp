// s2ectl at: AT commands over a serial port or net AT.
#include "ctlcontext.h"
#include "serial/serialnames.h"
#include "serial/atsession.h"

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

// Runs the commands one after another, each after the previous answer.
template<typename Execute>
void runSequence(std::shared_ptr<AtReport> report, QList<AtRequest> requests, Execute execute,
                 std::function<void()> done)
{
    if (requests.isEmpty())
        return done();
    const AtRequest request = requests.takeFirst();
    execute(request, [=](Result<AtReply> reply) {
        report->add(request, reply);
        runSequence(report, requests, execute, done);
    });
}

void runSerial(const CtlContext &context, const QList<AtRequest> &requests)
{
    auto *port = new QSerialPort(context.at.serialPort, qApp);
    port->setBaudRate(context.at.baud);
    port->setDataBits(QSerialPort::DataBits(context.at.dataBits));
    port->setStopBits(context.at.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop);
    port->setParity(*SerialNames::parity(context.at.parity));
    auto report = std::make_shared<AtReport>(context.json);
    if (!port->open(QIODevice::ReadWrite))
        return report->finish(tr("cannot open %1: %2").arg(context.at.serialPort, port->errorString()));
    auto *session = new AtSession(port, {}, port);
    session->enterCommandMode([=, stay = context.at.stay](Result<void> entered) {
        if (!entered)
            return report->finish(tr("%1: %2").arg(context.at.serialPort, entered.error()));
        const auto execute = [session](const AtRequest &request, AtSession::Callback<AtReply> callback) {
            session->execute(request, std::move(callback));
        };
        runSequence(report, requests, execute, [=] {
            if (stay || session->mode() != AtSession::Mode::Command)
                return report->finish();
            session->exit([=](Result<void> left) {
                report->finish(left ? QString() : left.error());
            });
        });
    });
}

void runNet(const CtlContext &context, const QList<AtRequest> &requests)
{
    auto *client = new NetAtClient(context.at.netAt, qApp);
    auto report = std::make_shared<AtReport>(context.json);
    client->discover([=, single = context.at.netAt.module.has_value()](Result<QList<NetAtDevice>> found) {
        if (!found)
            return report->finish(found.error());
        if (found->isEmpty())
            return report->finish(tr("no module answered the net AT keyword"));
        if (!single && found->size() > 1) {
            QStringList modules;
            for (const NetAtDevice &device : *found)
                modules << QStringLiteral("%1 (%2)").arg(device.address.toString(), device.mac);
            return report->finish(tr("several modules answered: %1; choose one with --net IP")
                                          .arg(modules.join(QStringLiteral(", "))));
        }
        const auto execute = [client](const AtRequest &request, NetAtClient::Callback<AtReply> callback) {
            client->execute(request, std::move(callback));
        };
        runSequence(report, requests, execute, [report] { report->finish(); });
    });
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
        runNet(context, requests);
    else
        runSerial(context, requests);
}
