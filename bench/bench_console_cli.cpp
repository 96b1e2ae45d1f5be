// s2ectl console against its ceiling, measured side by side on the same loopback and peer:
// console_tcp_rx_*: 1 GiB from a TCP peer to stdout (/dev/null), beside a C read loop with
// the same 64 KB buffer; console_tcp_tx_*: 1 GiB from a stdin pipe to a TCP peer, beside a
// C loop moving the same pipe to the socket. Each figure with its ceiling and the ratio;
// CPU is the process's user + system time per GiB. The peer and the pipe's feeder are C
// loops on threads of this process; the ceilings are forked processes. S2E_BENCH_VERBOSE=1
// prints each turn's times on stderr.
#include <QCoreApplication>
#include <QList>
#include <QTextStream>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <ctime>
#include <thread>
#include <vector>

namespace {

constexpr qint64 Total = 1024LL * 1024 * 1024;
constexpr size_t Buffer = 64 * 1024;
constexpr int Runs = 7;

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double seconds(const timeval &tv)
{
    return double(tv.tv_sec) + tv.tv_usec / 1e6;
}

struct Run
{
    double wall = 0;
    double cpu = 0;
};

int listenLocal(quint16 *port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::listen(fd, 1);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    *port = ntohs(address.sin_port);
    return fd;
}

int connectLocal(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    return fd;
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Writes Total bytes to fd in Buffer pieces, then closes it.
void pour(int fd)
{
    const std::vector<char> block(Buffer, 'x');
    for (qint64 sent = 0; sent < Total; sent += qint64(Buffer))
        if (!writeAll(fd, block.data(), Buffer))
            break;
    ::close(fd);
}

// Reads fd to its end; the bytes read.
qint64 drain(int fd)
{
    std::vector<char> buffer(Buffer);
    qint64 total = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return total;
        total += n;
    }
}

// Starts s2ectl console --tcp 127.0.0.1:PORT with stdin and stdout as given.
void console(const QString &s2ectl, quint16 port, int in, int out, pid_t *child)
{
    const QByteArray path = s2ectl.toLocal8Bit();
    const QByteArray target = QStringLiteral("127.0.0.1:%1").arg(port).toLatin1();
    *child = ::fork();
    if (*child == 0) {
        ::dup2(in, STDIN_FILENO);
        ::dup2(out, STDOUT_FILENO);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, STDERR_FILENO);
        ::execl(path.constData(), path.constData(), "console", "--tcp", target.constData(), "--timeout", "100",
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
}

// Waits for the console: when it ended, and its CPU time.
Run finish(pid_t child)
{
    int status = 0;
    rusage usage {};
    ::wait4(child, &status, 0, &usage);
    return { now(), seconds(usage.ru_utime) + seconds(usage.ru_stime) };
}

// The peer's side of a run starts its clock when the connection is accepted, so that
// neither process start-up nor connecting is in the figures.
struct Peer
{
    double accepted = 0;
    double ended = 0;
    qint64 received = 0;
    std::thread thread;

    // Sends Total bytes to the first client of `server`.
    void pourTo(int server)
    {
        thread = std::thread([this, server] {
            const int fd = ::accept(server, nullptr, nullptr);
            accepted = now();
            pour(fd);
        });
    }
    // Reads the first client of `server` to its end.
    void drainFrom(int server)
    {
        thread = std::thread([this, server] {
            const int fd = ::accept(server, nullptr, nullptr);
            accepted = now();
            received = drain(fd);
            ended = now();
            ::close(fd);
        });
    }
};

// The ceilings run as a process of their own, as s2ectl does, so that both meet the peer
// across processes.
template<typename F>
pid_t forkLoop(F loop)
{
    const pid_t child = ::fork();
    if (child == 0) {
        loop();
        ::_exit(0);
    }
    return child;
}

Run receiveLoop()
{
    quint16 port = 0;
    const int server = listenLocal(&port);
    Peer peer;
    peer.pourTo(server);
    const pid_t child = forkLoop([port] {
        const int fd = connectLocal(port);
        const int null = ::open("/dev/null", O_WRONLY);
        std::vector<char> buffer(Buffer);
        for (;;) {
            const ssize_t n = ::read(fd, buffer.data(), buffer.size());
            if (n <= 0)
                break;
            writeAll(null, buffer.data(), size_t(n));
        }
    });
    const Run run = finish(child);
    peer.thread.join();
    ::close(server);
    return { run.wall - peer.accepted, run.cpu };
}

Run receiveConsole(const QString &s2ectl)
{
    quint16 port = 0;
    const int server = listenLocal(&port);
    Peer peer;
    peer.pourTo(server);
    const int null = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    pid_t child = 0;
    console(s2ectl, port, null, null, &child);
    const Run run = finish(child);
    ::close(null);
    peer.thread.join();
    ::close(server);
    return { run.wall - peer.accepted, run.cpu };
}

// A pipe fed Total bytes by a thread, as stdin would be.
struct Source
{
    int read = -1;
    int write = -1; // the feeder's; a forked loop must close its copy to see the end
    std::thread feeder;

    Source()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return;
        ::fcntl(fds[1], F_SETPIPE_SZ, int(Buffer));
        read = fds[0];
        write = fds[1];
        feeder = std::thread([in = fds[1]] { pour(in); });
    }
    ~Source()
    {
        feeder.join();
        ::close(read);
    }
};

Run sendLoop()
{
    quint16 port = 0;
    const int server = listenLocal(&port);
    Peer peer;
    peer.drainFrom(server);
    Source source;
    const pid_t child = forkLoop([port, in = source.read, feederEnd = source.write] {
        ::close(feederEnd);
        const int fd = connectLocal(port);
        std::vector<char> buffer(Buffer);
        for (;;) {
            const ssize_t n = ::read(in, buffer.data(), buffer.size());
            if (n <= 0)
                break;
            writeAll(fd, buffer.data(), size_t(n));
        }
    });
    const Run process = finish(child);
    peer.thread.join();
    ::close(server);
    return { peer.received == Total ? peer.ended - peer.accepted : 1e9, process.cpu };
}

Run sendConsole(const QString &s2ectl)
{
    quint16 port = 0;
    const int server = listenLocal(&port);
    Peer peer;
    peer.drainFrom(server);
    Source source;
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    pid_t child = 0;
    console(s2ectl, port, source.read, null, &child);
    // The console ends a moment after stdin does; the peer's clock says when the bytes arrived.
    const Run process = finish(child);
    peer.thread.join();
    ::close(null);
    ::close(server);
    // A run that lost bytes counts as endlessly slow.
    return { peer.received == Total ? peer.ended - peer.accepted : 1e9, process.cpu };
}

// Ours and the ceiling taken in turns, Runs times: the machine is shared and noisy. The
// figures are the best of each, the ratios the median of the turns' ratios.
struct Pair
{
    Run ours { 1e9, 1e9 };
    Run ceiling { 1e9, 1e9 };
    double ratio = 0; // ours' speed over the ceiling's
    double cpuRatio = 0;
};

template<typename F, typename G>
Pair measure(F ours, G ceiling)
{
    Pair pair;
    QList<double> ratios;
    QList<double> cpuRatios;
    for (int i = 0; i < Runs; ++i) {
        const Run a = ours();
        const Run b = ceiling();
        ratios << b.wall / a.wall;
        if (qEnvironmentVariableIsSet("S2E_BENCH_VERBOSE"))
            QTextStream(stderr) << a.wall << " " << b.wall << " " << a.cpu << " " << b.cpu << Qt::endl;
        cpuRatios << a.cpu / b.cpu;
        pair.ours = { qMin(pair.ours.wall, a.wall), qMin(pair.ours.cpu, a.cpu) };
        pair.ceiling = { qMin(pair.ceiling.wall, b.wall), qMin(pair.ceiling.cpu, b.cpu) };
    }
    std::sort(ratios.begin(), ratios.end());
    std::sort(cpuRatios.begin(), cpuRatios.end());
    pair.ratio = ratios.at(Runs / 2);
    pair.cpuRatio = cpuRatios.at(Runs / 2);
    return pair;
}

void print(QTextStream &out, const QString &name, const Pair &pair)
{
    const double gib = Total / double(1024 * 1024 * 1024);
    out << name << "_mb_s: " << qRound(Total / 1e6 / pair.ours.wall) << Qt::endl;
    out << name << "_ceiling_mb_s: " << qRound(Total / 1e6 / pair.ceiling.wall) << Qt::endl;
    out << name << "_ratio: " << QString::number(pair.ratio, 'f', 2) << Qt::endl;
    out << name << "_cpu_s_per_gib: " << QString::number(pair.ours.cpu / gib, 'f', 2) << Qt::endl;
    out << name << "_ceiling_cpu_s_per_gib: " << QString::number(pair.ceiling.cpu / gib, 'f', 2) << Qt::endl;
    out << name << "_cpu_ratio: " << QString::number(pair.cpuRatio, 'f', 2) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ::signal(SIGPIPE, SIG_IGN);
    const QString s2ectl = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/ctl/s2ectl");
    QTextStream out(stdout);
    print(out, QStringLiteral("console_tcp_rx"), measure([&] { return receiveConsole(s2ectl); }, receiveLoop));
    print(out, QStringLiteral("console_tcp_tx"), measure([&] { return sendConsole(s2ectl); }, sendLoop));
    return 0;
}
