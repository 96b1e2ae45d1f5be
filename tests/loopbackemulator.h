#pragma once

#include "emulator.h"
#include "net/configclient.h"
#include "net/devicefinder.h"
#include "net/settingchannel.h"

#include <QTest>
#include <QUdpSocket>

#include <memory>

// A UDP port nobody uses on loopback right now, for services that cannot pick their own.
inline quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

// Virtual modules on a free UDP port, reached through the loopback broadcast address
// 127.255.255.255: nothing a test sends leaves the machine.
struct LoopbackEmulator
{
    std::unique_ptr<s2e::emu::Emulator> emulator;

    static s2e::emu::Emulator::Options options(int devices)
    {
        s2e::emu::Emulator::Options options;
        options.devices = devices;
        options.port = 0;
        options.m0Port = 0;
        options.rebootMs = 100;
        options.atPort = 0;
        options.magicPort = 0;
        return options;
    }

    bool start(const s2e::emu::Emulator::Options &options)
    {
        emulator = std::make_unique<s2e::emu::Emulator>(options);
        const auto started = emulator->start();
        if (!started)
            qWarning("%s", qPrintable(started.error()));
        return started.ok();
    }

    QList<s2e::SettingTarget> targets() const
    {
        return s2e::customSettingTargets({ QHostAddress(QStringLiteral("127.255.255.255")) });
    }

    // The setting port of every family these modules are of.
    s2e::SettingPorts settingPorts() const
    {
        s2e::SettingPorts ports;
        for (const s2e::ModelDef &model : s2e::ModelTable::all()) {
            const s2e::SettingPort port { model.settingPort, emulator->port(model) };
            if (port.number != 0 && !ports.contains(port))
                ports << port;
        }
        return ports;
    }

    s2e::DeviceFinder::Options finderOptions() const
    {
        s2e::DeviceFinder::Options options;
        options.targets = targets();
        options.ports = settingPorts();
        options.quietMs = 300;
        return options;
    }

    s2e::SettingChannel::Options channelOptions() const
    {
        s2e::SettingChannel::Options options;
        options.targets = targets();
        options.ports = settingPorts();
        options.timeoutMs = 200;
        return options;
    }

    // Apply options that fit these modules' 100 ms restart.
    static s2e::ConfigClient::ApplyOptions applyOptions()
    {
        s2e::ConfigClient::ApplyOptions options;
        options.restartSettleMs = 50;
        options.reappearTimeoutMs = 10000;
        return options;
    }

    s2e::emu::VirtualModule *module(int index) const { return emulator->modules().at(index); }
};
