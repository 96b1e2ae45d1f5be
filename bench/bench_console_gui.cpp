// gui_stall_max_ms, gui_stall_p99_ms: how late the GUI's event loop runs while a TCP peer
// floods 12.5 MB/s (100 Mbit/s) into a visible console pane for 30 s (offscreen).
// console_peak_rss_mb: the process's peak memory after 1 GB has arrived in that pane.
#include "consolepane.h"
#include "floodpeer.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

using namespace s2e;
using namespace s2e::ui;

namespace {

// Sends `total` bytes at `rate` into a shown pane; returns the event loop's lateness samples.
QList<double> flood(qint64 total, qint64 rate)
{
    FloodPeer peer(total, rate);
    peer.startAndWait();
    // Macros in a settings object of the run's own, never the user's.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("s2e-bench"));
    ConsolePane pane(QStringLiteral("Network"), { EndpointSpec::Kind::TcpClient }, &settings);
    pane.resize(900, 700);
    pane.show();
    pane.setSpec(*EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(peer.port())));
    if (!pane.openEndpoint())
        return {};
    constexpr int TickMs = 5;
    QList<double> lateness;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            lateness << qMax(0.0, sinceTick.nsecsElapsed() / 1e6 - TickMs);
        sinceTick.start();
    });
    QEventLoop loop;
    QObject::connect(pane.session()->endpoint(), &Endpoint::stateChanged, &loop, [&](Endpoint::State state) {
        if (state == Endpoint::State::Closed)
            loop.quit();
    });
    ticker.start(TickMs);
    loop.exec();
    peer.wait();
    return lateness;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);

    QList<double> lateness = flood(12'500'000LL * 30, 12'500'000);
    if (lateness.isEmpty())
        return 1;
    std::sort(lateness.begin(), lateness.end());
    out << "gui_stall_max_ms: " << QString::number(lateness.last(), 'f', 1) << Qt::endl;
    out << "gui_stall_p99_ms: " << QString::number(lateness.at(qsizetype(lateness.size() * 0.99)), 'f', 1) << Qt::endl;

    flood(1024LL * 1024 * 1024, 0);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out << "console_peak_rss_mb: " << usage.ru_maxrss / 1024 << Qt::endl; // ru_maxrss is in KB on Linux
    return 0;
}
