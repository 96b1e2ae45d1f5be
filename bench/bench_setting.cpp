// Setting-protocol figures against virtual modules running on their own thread:
// search_254_first_ms, search_254_wall_ms, search_254_lost (a search of 254 modules);
// apply_100_wall_ms, apply_100_failures and the same at 10 % loss (a profile applied to
// 100 modules: write, store, restart, reappear, verify), with modules that answer the
// asker (TI's locator) and, as *_settingport_*, modules that broadcast every answer to the
// setting port (the vendor's V1.4), whose answers take turns; config_roundtrip_ms (read,
// write, store of one module, the mean of 20).
#include "emulator.h"
#include "net/batchapply.h"
#include "net/devicefinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QThread>

#include <atomic>

using namespace s2e;

namespace {

// s2e-emu's modules in a thread of their own, as they would be on the network.
class ModuleThread : public QThread
{
public:
    explicit ModuleThread(const emu::Emulator::Options &options) : m_options(options) { }
    quint16 port() const { return m_port.load(); }
    QList<MacAddress> macs;

    void startAndWait()
    {
        start();
        while (m_port.load() == 0 && !isFinished())
            QThread::msleep(1);
    }

protected:
    void run() override
    {
        emu::Emulator emulator(m_options);
        if (!emulator.start())
            return;
        for (const emu::VirtualModule *module : emulator.modules())
            macs << module->identity().mac;
        m_port.store(emulator.port());
        exec();
    }

private:
    emu::Emulator::Options m_options;
    std::atomic<quint16> m_port { 0 };
};

emu::Emulator::Options moduleOptions(int devices, double loss, emu::ReplyMode reply = emu::ReplyMode::BroadcastPort)
{
    emu::Emulator::Options options;
    options.reply = reply;
    options.devices = devices;
    options.port = 0;
    options.atPort = 0;
    options.magicPort = 0;
    options.serial = false;
    options.rebootMs = 200;
    options.faults.loss = loss;
    options.faults.seed = 10;
    return options;
}

QList<SettingTarget> loopback()
{
    return customSettingTargets({ QHostAddress(QStringLiteral("127.255.255.255")) });
}

SettingChannel::Options channelTo(const ModuleThread &modules)
{
    SettingChannel::Options channel;
    channel.targets = loopback();
    channel.ports = { SettingPort { DefaultSettingPort, modules.port() } };
    return channel;
}

void stop(ModuleThread &modules)
{
    modules.quit();
    modules.wait();
}

void search(QTextStream &out)
{
    ModuleThread modules(moduleOptions(254, 0));
    modules.startAndWait();
    DeviceFinder::Options options;
    options.targets = loopback();
    options.ports = { SettingPort { DefaultSettingPort, modules.port() } };
    options.quietMs = 300;
    DeviceFinder finder(options);
    QElapsedTimer clock;
    qint64 first = -1;
    qint64 all = -1;
    int found = 0;
    QEventLoop loop;
    QObject::connect(&finder, &DeviceFinder::deviceFound, &loop, [&] {
        if (first < 0)
            first = clock.elapsed();
        if (++found == 254)
            all = clock.elapsed();
    });
    QObject::connect(&finder, &DeviceFinder::finished, &loop, &QEventLoop::quit);
    clock.start();
    finder.start();
    loop.exec();
    out << "search_254_first_ms: " << first << Qt::endl;
    out << "search_254_wall_ms: " << (all >= 0 ? all : clock.elapsed()) << Qt::endl;
    out << "search_254_lost: " << 254 - found << Qt::endl;
    stop(modules);
}

void apply(QTextStream &out, double loss, emu::ReplyMode reply, const QString &name)
{
    ModuleThread modules(moduleOptions(100, loss, reply));
    modules.startAndWait();
    SettingChannel::Options channel = channelTo(modules);
    channel.timeoutMs = 150;
    channel.attempts = 10;
    ConfigClient::ApplyOptions options;
    options.restartSettleMs = 100;
    options.reappearTimeoutMs = 10000;
    BatchApply batch(modules.macs, { { QStringLiteral("port1.baud"), 9600 }, { QStringLiteral("port1.pack_len"), 512 } },
                     {}, channel, options);
    batch.setConcurrency(100);
    QEventLoop loop;
    QObject::connect(&batch, &BatchApply::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    batch.start();
    loop.exec();
    out << name << "_wall_ms: " << clock.elapsed() << Qt::endl;
    out << name << "_failures: " << batch.failureCount() << Qt::endl;
    stop(modules);
}

// False, with the cause on stderr, when an apply fails: a failed one would time nothing.
bool roundTrip(QTextStream &out)
{
    ModuleThread modules(moduleOptions(1, 0));
    modules.startAndWait();
    ConfigClient client(modules.macs.first(), {}, channelTo(modules));
    ConfigClient::ApplyOptions options;
    options.restart = false;
    options.verify = false;
    constexpr int Runs = 20;
    QElapsedTimer clock;
    clock.start();
    QString error;
    for (int run = 0; run < Runs && error.isEmpty(); ++run) {
        QEventLoop loop;
        client.apply({ { QStringLiteral("port1.baud"), run % 2 ? 9600 : 19200 } }, options,
                     [&loop, &error](Result<ConfigClient::ApplyReport> report) {
                         if (!report)
                             error = report.error();
                         loop.quit();
                     });
        loop.exec();
    }
    const double meanMs = clock.nsecsElapsed() / 1e6 / Runs;
    stop(modules);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "config_roundtrip: " << error << Qt::endl;
        return false;
    }
    out << "config_roundtrip_ms: " << QString::number(meanMs, 'f', 1) << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    search(out);
    apply(out, 0, emu::ReplyMode::Peer, QStringLiteral("apply_100"));
    apply(out, 0.10, emu::ReplyMode::Peer, QStringLiteral("apply_100_loss10"));
    apply(out, 0, emu::ReplyMode::BroadcastPort, QStringLiteral("apply_100_settingport"));
    apply(out, 0.10, emu::ReplyMode::BroadcastPort, QStringLiteral("apply_100_settingport_loss10"));
    return roundTrip(out) ? 0 : 1;
}
