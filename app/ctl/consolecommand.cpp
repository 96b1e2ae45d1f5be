// s2ectl console: stdin → endpoint, endpoint → stdout, byte-exact, for scripted bench tests.
#include "console/consolesession.h"
#include "console/endpointspec.h"
#include "ctlcontext.h"
#include "quitonsignal.h"

#include "standardstreams.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

using namespace s2e;

namespace {

// The console's run: reads stdin only while the endpoint can take it, ends when the peer
// closes, on a signal, or once stdin is finished and the line has been quiet a while.
class ConsoleRun : public QObject
{
public:
    ConsoleRun(const CtlContext &context, std::unique_ptr<Endpoint> created)
        : m_context(context), m_session(std::move(created), 1024 * 1024, this)
    {
        Endpoint *endpoint = m_session.endpoint();
        m_quiet.setSingleShot(true);
        connect(&m_quiet, &QTimer::timeout, this, [this] { maybeFinish(); });
        connect(endpoint, &Endpoint::dataReceived, this, [this](const QByteArray &data) {
            writeStandardOutput(m_context.console.hex ? (TrafficLog::hex(data) + QLatin1Char('\n')).toLatin1() : data);
            // Noted, not a timer restarted per chunk: a flood brings thousands a second.
            m_lastData.start();
        });
        connect(endpoint, &Endpoint::errorOccurred, this, [](const QString &message) { printError(message); });
        connect(endpoint, &Endpoint::stateChanged, this, [this](Endpoint::State state, const QString &detail) {
            if (!detail.isEmpty())
                printError(detail);
            if (state == Endpoint::State::Open)
                return opened();
            if (state == Endpoint::State::Closed)
                return finish(m_wasOpen && !m_session.endpoint()->failed() ? ExitOk : ExitFailed);
        });
        connect(endpoint, &Endpoint::peersChanged, this, [this] { updateStdin(); });
        connect(endpoint, &Endpoint::bytesWritten, this, [this] { updateStdin(); });
    }

    void start()
    {
        if (m_context.console.logFile.size() > 0) {
            if (const auto started = m_session.log().startFileLog(m_context.console.logFile, TrafficLog::FileFormat::Text);
                !started) {
                printError(started.error());
                return finish(ExitFailed);
            }
        }
        m_stdin = new StandardInput(this);
        connect(m_stdin, &StandardInput::received, this, [this](const QByteArray &data) {
            m_session.send(data);
            updateStdin();
        });
        connect(m_stdin, &StandardInput::ended, this, [this] {
            m_stdinDone = true;
            m_quiet.start(m_context.channel.timeoutMs);
        });
        m_session.endpoint()->open();
    }

private:
    bool canSend() const
    {
        const Endpoint *endpoint = m_session.endpoint();
        return endpoint->state() == Endpoint::State::Open && !endpoint->peers().isEmpty();
    }

    void opened()
    {
        m_wasOpen = true;
        updateStdin();
    }

    void updateStdin()
    {
        if (!canSend() || m_stdinDone)
            return m_stdin->setEnabled(false);
        if (!m_sentGreeting && !m_context.console.send.isEmpty()) {
            m_sentGreeting = true;
            SendText options;
            options.format = m_context.console.hex ? SendText::Format::Hex : SendText::Format::Ascii;
            if (const auto sent = m_session.sendText(m_context.console.send, options); !sent)
                printError(sent.error());
        }
        // Past the backlog, stdin waits for the endpoint's bytesWritten().
        m_stdin->setEnabled(m_session.endpoint()->bytesToWrite() < StdinBacklog);
    }

    void maybeFinish()
    {
        // Everything from stdin has left, and the other side has been quiet for a while.
        if (m_session.endpoint()->bytesToWrite() > 0)
            return m_quiet.start(m_context.channel.timeoutMs);
        if (const qint64 left = m_context.channel.timeoutMs - (m_lastData.isValid() ? m_lastData.elapsed() : m_context.channel.timeoutMs);
            left > 0)
            return m_quiet.start(int(left));
        finish(ExitOk);
    }

    static constexpr qint64 StdinBacklog = 1024 * 1024;
    const CtlContext &m_context;
    ConsoleSession m_session;
    StandardInput *m_stdin = nullptr;
    QTimer m_quiet;
    QElapsedTimer m_lastData;
    bool m_wasOpen = false;
    bool m_stdinDone = false;
    bool m_sentGreeting = false;
};

} // namespace

void runConsole(const CtlContext &context, const QStringList &arguments)
{
    const auto &console = context.console;
    const int chosen = int(!console.tcp.isEmpty()) + int(!console.listen.isEmpty()) + int(console.udp.has_value())
            + int(!context.at.serialPort.isEmpty()) + int(!console.ws.isEmpty());
    if (!arguments.isEmpty() || chosen != 1) {
        printError(tr("usage: s2ectl console --tcp HOST:PORT | --listen PORT | --udp LOCAL:PORT[,REMOTE:PORT] | "
                      "--serial DEV [--baud N] | --ws URL [--hex] [--send DATA] [--log FILE]"));
        return finish(ExitUsage);
    }
    Result<EndpointSpec> spec = Failure {};
    if (!console.tcp.isEmpty())
        spec = EndpointSpec::tcpClient(console.tcp);
    else if (!console.listen.isEmpty())
        spec = EndpointSpec::tcpServer(console.listen);
    else if (console.udp)
        spec = EndpointSpec::udpSocket(*console.udp, console.allowBroadcast);
    else if (!console.ws.isEmpty())
        spec = EndpointSpec::webSocket(console.ws, console.wsText);
    else
        spec = EndpointSpec::serialPort(console.serial);
    if (!spec) {
        printError(spec.error());
        return finish(ExitUsage);
    }
    auto *run = new ConsoleRun(context, spec->create());
    run->setParent(qApp);
    quitOnTerminationSignals(qApp);
    run->start();
}
