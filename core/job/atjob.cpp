#include "atjob.h"

#include "serial/atsession.h"
#include "serial/linelost.h"

namespace s2e {

using at::AtReply;
using at::AtRequest;

AtJob::AtJob(const SerialLine &line, QList<AtRequest> requests, QObject *parent)
    : Job(line.port, parent), m_line(line), m_steps { true, !line.stay }, m_requests(std::move(requests))
{
}

AtJob::AtJob(const NetAtClient::Options &options, QList<AtRequest> requests, QObject *parent)
    : Job(options.module ? options.module->toString() : tr("net AT"), parent),
      m_netOptions(options),
      m_requests(std::move(requests))
{
}

AtJob::AtJob(AtSession *session, const QString &subject, ModeSteps steps, QList<AtRequest> requests, QObject *parent)
    : Job(subject, parent), m_steps(steps), m_requests(std::move(requests)), m_owned(false), m_session(session)
{
}

AtJob::AtJob(NetAtClient *client, const QString &subject, QList<AtRequest> requests, QObject *parent)
    : Job(subject, parent), m_requests(std::move(requests)), m_owned(false), m_net(client)
{
}

void AtJob::run()
{
    if (m_line)
        return runSerial();
    if (m_netOptions)
        return runNet();
    if (!m_session && !m_net)
        return fail(Failure { tr("%1: the line was closed").arg(subject()), ErrorCode::Io });
    if (m_session)
        return runSession(m_steps);
    next([this](const AtRequest &request, Done done) { m_net->execute(request, std::move(done)); },
         [this] { finishCommands(); });
}

void AtJob::runSerial()
{
    m_port = new QSerialPort(m_line->port, this);
    m_port->setBaudRate(m_line->baud);
    m_port->setDataBits(m_line->dataBits);
    m_port->setParity(m_line->parity);
    m_port->setStopBits(m_line->stopBits);
    if (!m_port->open(QIODevice::ReadWrite))
        return fail(Failure { tr("cannot open %1: %2").arg(m_line->port, m_port->errorString()), ErrorCode::Io });
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (isRunning() && isLineLost(error)) {
            m_port->close();
            fail(Failure { tr("%1: %2").arg(m_line->port, lineLostText(error)), ErrorCode::Io });
        }
    });
    m_session = new AtSession(m_port, {}, this);
    runSession(m_steps);
}

// A borrowed line outlives the job, so its answers may come after the job is gone.
void AtJob::runSession(ModeSteps steps)
{
    const auto commands = [this, self = QPointer<AtJob>(this), steps] {
        const auto execute = [this, self](const AtRequest &request, Done done) {
            if (!self)
                return;
            if (!m_session)
                return done(Failure { tr("%1: the line was closed").arg(subject()), ErrorCode::Io });
            m_session->execute(request, std::move(done));
        };
        next(execute, [this, self, steps] {
            if (!steps.leave || m_session->mode() != AtSession::Mode::Command)
                return finishCommands();
            setStep(tr("leave command mode"));
            m_session->exit([this, self](Result<void> left) {
                if (!self || !isRunning())
                    return;
                if (!left)
                    return fail(Failure { tr("%1: %2").arg(subject(), left.error()), left.errorCode() });
                finishCommands();
            });
        });
    };
    if (!steps.enter)
        return commands();
    setStep(tr("enter command mode"));
    m_session->enterCommandMode([this, self = QPointer<AtJob>(this), commands](Result<void> entered) {
        if (!self || !isRunning())
            return;
        if (!entered)
            return fail(Failure { tr("%1: %2").arg(subject(), entered.error()), entered.errorCode() });
        commands();
    });
}

void AtJob::runNet()
{
    m_net = new NetAtClient(*m_netOptions, this);
    setStep(tr("find the module"));
    m_net->discover([this, single = m_netOptions->module.has_value()](Result<QList<NetAtDevice>> found) {
        if (!isRunning())
            return;
        if (!found)
            return fail(found.failure());
        if (found->isEmpty())
            return fail(Failure { tr("no module answered the net AT keyword"), ErrorCode::NotFound });
        if (!single && found->size() > 1) {
            QStringList modules;
            for (const NetAtDevice &device : *found)
                modules << QStringLiteral("%1 (%2)").arg(device.address.toString(), device.mac);
            return fail(Failure { tr("several modules answered: %1; choose one with its address")
                                          .arg(modules.join(QStringLiteral(", "))),
                                  ErrorCode::RefusedInput });
        }
        m_module = found->first();
        const auto execute = [this](const AtRequest &request, Done done) { m_net->execute(request, std::move(done)); };
        next(execute, [this] { finishCommands(); });
    });
}

void AtJob::next(std::function<void(const AtRequest &, Done)> execute, std::function<void()> done)
{
    if (m_sent >= m_requests.size())
        return done();
    const AtRequest request = m_requests.at(m_sent++);
    setStep(request.text(), double(m_sent - 1) / double(m_requests.size()));
    execute(request, [this, self = QPointer<AtJob>(this), request, execute, done](Result<AtReply> reply) {
        if (!self || !isRunning())
            return;
        if (!reply || !reply->ok)
            m_rejected = true;
        emit replied(request, reply);
        next(execute, done);
    });
}

void AtJob::finishCommands()
{
    if (m_rejected)
        return fail(Failure { tr("%1: a command was refused or not answered").arg(subject()), ErrorCode::Rejected });
    succeed();
}

void AtJob::abandon()
{
    if (!m_owned)
        return;
    delete m_session;
    if (m_port)
        m_port->close();
    if (m_net)
        m_net->deleteLater();
}

QString AtJob::cancelledMessage() const
{
    if (!m_owned && m_requests.isEmpty())
        return tr("cancelled while changing mode; the module may be in either mode");
    return tr("cancelled after %1 of %2 command(s); AT+ENTM was not sent, so a serial module may still be in "
              "command mode")
            .arg(qMax(0, m_sent - 1))
            .arg(m_requests.size());
}

} // namespace s2e
