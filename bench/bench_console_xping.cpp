// The GUI's responsiveness seen from outside the process, as a window manager sees it: the
// whole s2e-studio, started with `--console` on a flooded TCP connection or serial line
// (a pseudo-terminal), is sent an X11 _NET_WM_PING every 5 ms and each answer is timed,
// from a second after its window appears.
//   xping_{tcp,serial}_line_p99_ms, _max_ms: round trips while 12.5 MB/s (a module's line
//     rate) arrive for 30 s (goals: p99 <= 16, max <= 50)
//   xping_{tcp,serial}_flood_p99_ms, _max_ms: the same, unthrottled (goals: p99 <= 50,
//     max <= 100); xping_{tcp,serial}_flood_mb_s: what the line took meanwhile
//   studio_{tcp,serial}_peak_rss_mb: the application's peak memory after that flood
// Needs an X server (scripts/bench.sh runs it under xvfb-run). S2E_BENCH_LINE_S and
// S2E_BENCH_FLOOD_S set the floods' lengths (defaults 30 and 60).
#include "floodpeer.h"
#include "ptyflood.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QTemporaryDir>
#include <QTextStream>

#include <xcb/xcb.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <chrono>
#include <csignal>
#include <memory>
#include <optional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

constexpr qint64 LineRate = 12'500'000;
constexpr auto PingPeriod = std::chrono::milliseconds(5);
// An answer later than this counts as this late, and the probe goes on.
constexpr int PingTimeoutMs = 5000;
constexpr std::chrono::seconds Warmup(1);

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int seconds(const char *variable, int otherwise)
{
    const int set = qEnvironmentVariableIntValue(variable);
    return set > 0 ? set : otherwise;
}

// One X connection that finds a process's window and pings it.
class Pinger
{
public:
    Pinger() : m_connection(xcb_connect(nullptr, nullptr))
    {
        if (xcb_connection_has_error(m_connection))
            return;
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
        m_protocols = atom("WM_PROTOCOLS");
        m_ping = atom("_NET_WM_PING");
        m_pid = atom("_NET_WM_PID");
        // Answers are sent to the root window for its structure (the window manager's) mask.
        const uint32_t mask = XCB_EVENT_MASK_STRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_connection, m_root, XCB_CW_EVENT_MASK, &mask);
        xcb_flush(m_connection);
    }
    ~Pinger() { xcb_disconnect(m_connection); }

    bool connected() const { return xcb_connection_has_error(m_connection) == 0; }

    // The mapped top-level window of `pid`, waiting up to `timeoutMs` for it to appear.
    std::optional<xcb_window_t> findWindow(pid_t pid, int timeoutMs)
    {
        const auto start = Clock::now();
        while (msSince(start) < timeoutMs) {
            if (const auto window = mappedWindowOf(pid))
                return window;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return std::nullopt;
    }

    // Pings `window` every PingPeriod for `duration`; each round trip in ms.
    QList<double> ping(xcb_window_t window, Clock::duration duration)
    {
        QList<double> trips;
        const auto end = Clock::now() + duration;
        for (uint32_t sequence = 1; Clock::now() < end; ++sequence) {
            const auto sent = Clock::now();
            xcb_client_message_event_t event {};
            event.response_type = XCB_CLIENT_MESSAGE;
            event.format = 32;
            event.window = window;
            event.type = m_protocols;
            event.data.data32[0] = m_ping;
            event.data.data32[1] = sequence; // the timestamp field, echoed back
            event.data.data32[2] = window;
            xcb_send_event(m_connection, 0, window, XCB_EVENT_MASK_NO_EVENT, reinterpret_cast<const char *>(&event));
            xcb_flush(m_connection);
            if (!awaitAnswer(sequence, sent))
                return trips; // the connection broke
            trips << msSince(sent);
            std::this_thread::sleep_until(sent + PingPeriod);
        }
        return trips;
    }

private:
    xcb_atom_t atom(const char *name)
    {
        const auto cookie = xcb_intern_atom(m_connection, 0, uint16_t(strlen(name)), name);
        std::unique_ptr<xcb_intern_atom_reply_t, decltype(&free)> reply(xcb_intern_atom_reply(m_connection, cookie, nullptr), &free);
        return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    }

    std::optional<xcb_window_t> mappedWindowOf(pid_t pid)
    {
        std::unique_ptr<xcb_query_tree_reply_t, decltype(&free)> tree(
                xcb_query_tree_reply(m_connection, xcb_query_tree(m_connection, m_root), nullptr), &free);
        if (!tree)
            return std::nullopt;
        const xcb_window_t *children = xcb_query_tree_children(tree.get());
        for (int i = 0; i < xcb_query_tree_children_length(tree.get()); ++i) {
            std::unique_ptr<xcb_get_property_reply_t, decltype(&free)> property(
                    xcb_get_property_reply(m_connection,
                                           xcb_get_property(m_connection, 0, children[i], m_pid, XCB_ATOM_CARDINAL, 0, 1),
                                           nullptr),
                    &free);
            if (!property || xcb_get_property_value_length(property.get()) != 4
                || *static_cast<const uint32_t *>(xcb_get_property_value(property.get())) != uint32_t(pid))
                continue;
            std::unique_ptr<xcb_get_window_attributes_reply_t, decltype(&free)> attributes(
                    xcb_get_window_attributes_reply(m_connection, xcb_get_window_attributes(m_connection, children[i]),
                                                    nullptr),
                    &free);
            if (attributes && attributes->map_state == XCB_MAP_STATE_VIEWABLE)
                return children[i];
        }
        return std::nullopt;
    }

    // Waits for the answer to ping `sequence`; false only when the X connection is gone.
    bool awaitAnswer(uint32_t sequence, Clock::time_point sent)
    {
        const int fd = xcb_get_file_descriptor(m_connection);
        while (msSince(sent) < PingTimeoutMs) {
            while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
                const bool answer = (event->response_type & 0x7F) == XCB_CLIENT_MESSAGE
                        && reinterpret_cast<xcb_client_message_event_t *>(event)->data.data32[0] == m_ping
                        && reinterpret_cast<xcb_client_message_event_t *>(event)->data.data32[1] == sequence;
                free(event);
                if (answer)
                    return true;
            }
            if (xcb_connection_has_error(m_connection))
                return false;
            pollfd readable { fd, POLLIN, 0 };
            ::poll(&readable, 1, 10);
        }
        return true;
    }

    xcb_connection_t *m_connection;
    xcb_window_t m_root = 0;
    xcb_atom_t m_protocols = XCB_ATOM_NONE;
    xcb_atom_t m_ping = XCB_ATOM_NONE;
    xcb_atom_t m_pid = XCB_ATOM_NONE;
};

// s2e-studio on `endpoint`, with settings of its own, until stop().
class Studio
{
public:
    Studio(const QString &endpoint)
    {
        const QByteArray path = (QCoreApplication::applicationDirPath() + QStringLiteral("/../app/studio/s2e-studio")).toLocal8Bit();
        const QByteArray console = endpoint.toLocal8Bit();
        const QByteArray config = m_config.path().toLocal8Bit();
        m_pid = ::fork();
        if (m_pid == 0) {
            ::setenv("XDG_CONFIG_HOME", config.constData(), 1);
            ::setenv("QT_QPA_PLATFORM", "xcb", 1);
            ::execl(path.constData(), path.constData(), "--console", console.constData(), static_cast<char *>(nullptr));
            ::_exit(127);
        }
    }
    ~Studio() { stop(); }

    pid_t pid() const { return m_pid; }

    // Its peak memory so far, in MB.
    qint64 peakRssMb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
        return -1;
    }

    void stop()
    {
        if (m_pid <= 0)
            return;
        ::kill(m_pid, SIGTERM);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }

private:
    QTemporaryDir m_config;
    pid_t m_pid = -1;
};

struct Phase
{
    QList<double> trips;
    double mbPerSecond = 0;
    qint64 peakRssMb = -1;
};

// One flood of `kind` at `rate` (0: unthrottled) while the studio's window is pinged.
std::optional<Phase> flood(Pinger &pinger, const QString &kind, qint64 rate, int duration)
{
    // The flood source outlives the studio, so that it always has a reader.
    std::unique_ptr<FloodPeer> peer;
    std::unique_ptr<PtyFlood> pty;
    QString endpoint;
    if (kind == u"tcp") {
        peer = std::make_unique<FloodPeer>(rate > 0 ? rate * (duration + 20) : qint64(1) << 50, rate);
        peer->startAndWait();
        endpoint = QStringLiteral("tcp://127.0.0.1:%1").arg(peer->port());
    } else {
        pty = std::make_unique<PtyFlood>(rate, duration + 20);
        endpoint = QStringLiteral("serial:%1").arg(pty->slavePath());
    }
    const auto sent = [&] { return peer ? peer->sent() : pty->sent(); };
    Studio studio(endpoint);
    const auto window = pinger.findWindow(studio.pid(), 20000);
    if (!window)
        QTextStream(stderr) << "bench_console_xping: no window of s2e-studio on " << endpoint << Qt::endl;
    std::optional<Phase> phase;
    if (window) {
        phase.emplace();
        // Its start-up (first layout and paint, the first rows) is not what is measured.
        pinger.ping(*window, Warmup);
        const qint64 before = sent();
        const auto start = Clock::now();
        phase->trips = pinger.ping(*window, std::chrono::seconds(duration));
        phase->mbPerSecond = (sent() - before) / 1e3 / msSince(start);
        phase->peakRssMb = studio.peakRssMb();
    }
    studio.stop();
    if (peer) {
        // The peer ends when its client goes; one that never came is stood in for.
        QTcpSocket standIn;
        standIn.connectToHost(QHostAddress::LocalHost, peer->port());
        standIn.waitForConnected(1000);
        standIn.abort();
        peer->wait();
    }
    return phase;
}

void printTrips(QTextStream &out, const QString &name, QList<double> trips)
{
    std::sort(trips.begin(), trips.end());
    out << name << "_p99_ms: " << QString::number(trips.at(qsizetype(trips.size() * 0.99)), 'f', 1) << Qt::endl;
    out << name << "_max_ms: " << QString::number(trips.last(), 'f', 1) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        QTextStream(stderr) << "bench_console_xping: no X display; run it under xvfb-run" << Qt::endl;
        return 1;
    }
    ::signal(SIGPIPE, SIG_IGN);
    Pinger pinger;
    if (!pinger.connected()) {
        QTextStream(stderr) << "bench_console_xping: cannot connect to the X display" << Qt::endl;
        return 1;
    }
    int status = 0;
    for (const char *name : { "tcp", "serial" }) {
        const QString kind = QString::fromLatin1(name);
        const auto line = flood(pinger, kind, LineRate, seconds("S2E_BENCH_LINE_S", 30));
        const auto unthrottled = flood(pinger, kind, 0, seconds("S2E_BENCH_FLOOD_S", 60));
        if (!line || !unthrottled || line->trips.isEmpty() || unthrottled->trips.isEmpty()) {
            QTextStream(stderr) << "bench_console_xping: no answers on " << kind << Qt::endl;
            status = 1;
            continue;
        }
        printTrips(out, QStringLiteral("xping_%1_line").arg(kind), line->trips);
        printTrips(out, QStringLiteral("xping_%1_flood").arg(kind), unthrottled->trips);
        out << "xping_" << kind << "_flood_mb_s: " << qRound(unthrottled->mbPerSecond) << Qt::endl;
        out << "studio_" << kind << "_peak_rss_mb: " << unthrottled->peakRssMb << Qt::endl;
    }
    return status;
}
