// s2ectl vcom: a virtual serial port bridged to a module until interrupted.
#include "ctlcontext.h"
#include "quitonsignal.h"
#include "vcom/virtualcombridge.h"

#include <QCoreApplication>

using namespace s2e;

void runVcom(const CtlContext &context, const QStringList &arguments)
{
    const auto &vcom = context.vcom;
    const qsizetype colon = vcom.module.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? vcom.module.mid(colon + 1).toUInt(&portOk) : 0;
    if (!arguments.isEmpty() || vcom.link.isEmpty() || !portOk || port == 0 || port > 65535
        || ((vcom.format || vcom.sevenBitSum) && !vcom.rfc2217)) {
        printError(tr("usage: s2ectl vcom --tcp HOST:PORT --link PATH [--rfc2217 [--format 7E1] [--rfc2217-7bit]] [--udp]"));
        return finish(ExitUsage);
    }
    VirtualComBridge::Options options;
    options.host = vcom.module.left(colon);
    options.port = quint16(port);
    options.transport = vcom.udp ? VirtualComBridge::Transport::Udp : VirtualComBridge::Transport::Tcp;
    options.linkPath = vcom.link;
    options.rfc2217 = vcom.rfc2217;
    options.format = vcom.format;
    if (vcom.sevenBitSum)
        options.checksumForm = Rfc2217Packet::ChecksumForm::SevenBit;
    auto *bridge = new VirtualComBridge(options, qApp);
    QObject::connect(bridge, &VirtualComBridge::stateChanged, bridge,
                     [](VirtualComBridge::State state, const QString &detail) {
                         printLine(detail.isEmpty() ? VirtualComBridge::stateName(state)
                                                    : tr("%1: %2").arg(VirtualComBridge::stateName(state), detail));
                     });
    QObject::connect(bridge, &VirtualComBridge::settingsSent, bridge,
                     [](const SerialSettings &settings, const QByteArray &packet) {
                         printLine(tr("serial settings %1 sent: %2")
                                           .arg(settings.toString(), QString::fromLatin1(packet.toHex(' ').toUpper())));
                     });
    QObject::connect(bridge, &VirtualComBridge::settingsRefused, bridge,
                     [](const QString &why) { printError(why); });
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, bridge, [bridge] {
        const auto counters = bridge->counters();
        printLine(tr("stopped: %1 bytes to the module, %2 from it, %3 connection(s), %4 settings packet(s)")
                          .arg(counters.toModule)
                          .arg(counters.fromModule)
                          .arg(counters.connects)
                          .arg(counters.settingsSent));
        bridge->stop();
    });
    if (const auto started = bridge->start(); !started) {
        printError(started.error());
        return finish(ExitFailed);
    }
    printLine(tr("%1 is bridged to %2; Ctrl+C stops").arg(bridge->terminalPath(), bridge->moduleText()));
    quitOnTerminationSignals(qApp);
}
