// A visible console pane (offscreen) flooded by a TCP peer and by a serial line (a
// pseudo-terminal), each in a process of its own:
//   gui_{tcp,serial}_line_p99_ms, _max_ms: how late the event loop runs (5 ms ticks) while
//     12.5 MB/s (100 Mbit/s, a module's line rate) arrive for 30 s (goals: p99 <= 16, max <= 50)
//   gui_{tcp,serial}_flood_p99_ms, _max_ms: the same, unthrottled (goals: p99 <= 50, max <= 100)
//   gui_{tcp,serial}_flood_mb_s: what the pane took in meanwhile
//   console_{tcp,serial}_peak_rss_mb: the process's peak memory after that flood (goal <= 300;
//     the pane's traffic log is capped at 64 MB)
// S2E_BENCH_FLOOD_S sets the unthrottled floods' length (default 60; the goal is for 600),
// S2E_BENCH_LINE_S the line-rate floods' (default 30).
#include "consolepane.h"
#include "floodpeer.h"
#include "ptyflood.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace s2e;
using namespace s2e::ui;

namespace {

constexpr qint64 LineRate = 12'500'000;
constexpr int TickMs = 5;

struct Result
{
    QList<double> lateness;
    qint64 bytes = 0;
    double seconds = 0;
};

// Opens `spec` in a shown pane and runs the event loop for `seconds`, sampling its lateness.
Result watch(const EndpointSpec &spec, int seconds)
{
    // Macros in a settings object of the run's own, never the user's.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("s2e-bench"));
    ConsolePane pane(QStringLiteral("Flood"), { spec.kind }, &settings);
    pane.resize(900, 700);
    pane.show();
    pane.setSpec(spec);
    Result result;
    if (!pane.openEndpoint())
        return result;
    QElapsedTimer sinceTick;
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            result.lateness << qMax(0.0, sinceTick.nsecsElapsed() / 1e6 - TickMs);
        sinceTick.start();
    });
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    QObject::connect(pane.session()->endpoint(), &Endpoint::stateChanged, &loop, [&](Endpoint::State state) {
        if (state == Endpoint::State::Closed)
            loop.quit();
    });
    clock.start();
    ticker.start(TickMs);
    loop.exec();
    result.seconds = clock.nsecsElapsed() / 1e9;
    result.bytes = pane.session()->endpoint()->counters().receivedBytes;
    return result;
}

Result flood(const QString &kind, qint64 rate, int seconds)
{
    if (kind == u"tcp") {
        FloodPeer peer(rate > 0 ? rate * seconds : qint64(1) << 50, rate);
        peer.startAndWait();
        Result result = watch(*EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(peer.port())), seconds);
        peer.wait();
        return result;
    }
    PtyFlood pty(rate, seconds);
    SerialEndpoint::Options options;
    options.port = pty.slavePath();
    return watch(EndpointSpec::serialPort(options), seconds);
}

// A flood's length from the environment, or the default.
int seconds(const char *variable, int otherwise)
{
    const int set = qEnvironmentVariableIntValue(variable);
    return set > 0 ? set : otherwise;
}

void printLateness(QTextStream &out, const QString &name, QList<double> lateness)
{
    if (lateness.isEmpty())
        return;
    std::sort(lateness.begin(), lateness.end());
    out << name << "_p99_ms: " << QString::number(lateness.at(qsizetype(lateness.size() * 0.99)), 'f', 1) << Qt::endl;
    out << name << "_max_ms: " << QString::number(lateness.last(), 'f', 1) << Qt::endl;
}

// One kind of flood, in this (forked) process: its figures on stdout.
int measure(const QString &kind, int floodSeconds, int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const Result line = flood(kind, LineRate, seconds("S2E_BENCH_LINE_S", 30));
    printLateness(out, QStringLiteral("gui_%1_line").arg(kind), line.lateness);
    const Result unthrottled = flood(kind, 0, floodSeconds);
    printLateness(out, QStringLiteral("gui_%1_flood").arg(kind), unthrottled.lateness);
    out << "gui_" << kind << "_flood_mb_s: " << qRound(unthrottled.bytes / 1e6 / qMax(unthrottled.seconds, 0.001)) << Qt::endl;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "console_" << kind << "_peak_rss_mb: " << usage.ru_maxrss / 1024 << Qt::endl; // KB on Linux
    return line.lateness.isEmpty() || unthrottled.lateness.isEmpty() ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    const int floodSeconds = seconds("S2E_BENCH_FLOOD_S", 60);
    int status = 0;
    for (const char *kind : { "tcp", "serial" }) {
        // A process each, so that each peak memory is its own.
        const pid_t child = ::fork();
        if (child == 0) {
            const int code = measure(QString::fromLatin1(kind), floodSeconds, argc, argv);
            std::fflush(stdout);
            ::_exit(code);
        }
        int childStatus = 0;
        ::waitpid(child, &childStatus, 0);
        if (!WIFEXITED(childStatus) || WEXITSTATUS(childStatus) != 0)
            status = 1;
    }
    return status;
}
