// modbus_gateway_rtt_ms: one read of 10 holding registers by a Modbus TCP master (Qt's
// QModbusTcpClient) through a virtual module's gateway to its virtual RTU slave at 115200
// baud, the median of 1,000; beside it the time the bytes alone take on the serial line.
#include "emulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QModbusTcpClient>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace s2e;

namespace {

constexpr int Reads = 1000;
constexpr int Registers = 10;
constexpr quint16 DataPort = 15023;

// The virtual module in a thread of its own, as it would be on the network.
class ModuleThread : public QThread
{
public:
    std::atomic<bool> ready { false };

protected:
    void run() override
    {
        emu::Emulator::Options options;
        options.devices = 1;
        options.port = 0;
        options.m0Port = 0;
        options.atPort = 0;
        options.magicPort = 0;
        options.uploadPort = 0;
        options.modbusSlave = 1;
        emu::Emulator emulator(options);
        if (!emulator.start())
            return;
        emu::VirtualModule *module = emulator.modules().first();
        if (!module->applyChanges({ { QStringLiteral("port1.local_port"), DataPort },
                                    { QStringLiteral("port1.baud"), 115200 },
                                    { QStringLiteral("port1.modbus_tcp"), true } }))
            return;
        QObject::connect(module, &emu::VirtualModule::restarted, [this] { ready.store(true); });
        module->setRebootDelay(10);
        module->restart();
        exec();
    }
};

// Runs this thread's events until `done` or five seconds have passed.
template<typename Done>
bool waitUntil(Done done)
{
    QElapsedTimer deadline;
    deadline.start();
    while (!done()) {
        if (deadline.elapsed() > 5000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    ModuleThread module;
    module.start();
    for (int i = 0; i < 5000 && !module.ready.load(); ++i)
        QThread::msleep(1);
    if (!module.ready.load()) {
        QTextStream(stderr) << "the virtual module did not start" << Qt::endl;
        return 1;
    }
    QModbusTcpClient client;
    client.setConnectionParameter(QModbusDevice::NetworkAddressParameter, QStringLiteral("127.0.0.2"));
    client.setConnectionParameter(QModbusDevice::NetworkPortParameter, DataPort);
    client.setTimeout(1000);
    client.setNumberOfRetries(0);
    if (!client.connectDevice() || !waitUntil([&client] { return client.state() == QModbusDevice::ConnectedState; }))
        return 1;
    QList<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < Reads; ++i) {
        clock.start();
        QModbusReply *reply = client.sendReadRequest(QModbusDataUnit(QModbusDataUnit::HoldingRegisters, 0, Registers), 1);
        if (!reply)
            return 1;
        if (!waitUntil([reply] { return reply->isFinished(); }))
            return 1;
        const bool ok = reply->error() == QModbusDevice::NoError && reply->result().valueCount() == Registers;
        delete reply;
        if (!ok) {
            QTextStream(stderr) << "read " << i << " failed" << Qt::endl;
            return 1;
        }
        times << double(clock.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    // Request 8 bytes, answer 5 + 2 per register, 11 bits a character at 115200.
    const double lineMs = (8 + 5 + 2 * Registers) * 11 * 1000.0 / 115200;
    out << "modbus_gateway_rtt_ms: " << QString::number(times.at(Reads / 2), 'f', 2)
        << " (p99 " << QString::number(times.at(Reads * 99 / 100), 'f', 2) << "; the bytes alone take "
        << QString::number(lineMs, 'f', 2) << " ms on the line)" << Qt::endl;
    module.quit();
    module.wait();
    return 0;
}
