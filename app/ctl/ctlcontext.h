#pragma once

#include "net/configclient.h"
#include "net/devicefinder.h"
#include "net/netatclient.h"
#include "console/serialendpoint.h"
#include "modbus/modbuspolljob.h"
#include "net/settingchannel.h"
#include "serial/serialsettings.h"
#include "upgrade/firmwareupgrader.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

// s2ectl's messages, translated in the "s2ectl" context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("s2ectl", text);
}

// Exit statuses of s2ectl.
enum ExitStatus { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// Everything the command line said, for the command that runs.
struct CtlContext
{
    s2e::SettingChannel::Options channel;
    s2e::DeviceFinder::Options finder;
    s2e::Credentials credentials;
    s2e::ConfigClient::ApplyOptions apply;
    QStringList only;
    bool withIdentity = false;
    bool withPassword = false; // export: the secret fields too
    bool json = false;
    const s2e::ModelDef *model = nullptr;

    struct At
    {
        QString serialPort;
        qint32 baud = 115200;
        int dataBits = 8;
        QString parity = QStringLiteral("none");
        int stopBits = 1;
        bool net = false; // net AT: to `netAt.module`, or by broadcast to the targets
        s2e::NetAtClient::Options netAt;
        bool stay = false;
        bool list = false;
    } at;

    struct Upgrade
    {
        std::optional<quint16> uploadPort; // else the family's
        QString output; // fs-image -o
        s2e::FirmwareUpgrader::Options firmware;
    } upgrade;

    struct Vcom
    {
        QString module; // HOST:PORT
        bool udp = false;
        QString link;
        bool rfc2217 = false;
        bool sevenBitSum = false;
        std::optional<s2e::SerialSettings> format;
    } vcom;

    struct Console
    {
        QString tcp; // HOST:PORT (shared with vcom's --tcp)
        QString listen;
        std::optional<QString> udp;
        QString ws;
        bool wsText = false;
        bool hex = false;
        QString send;
        QString logFile;
        bool allowBroadcast = false;
        s2e::SerialEndpoint::Options serial;
    } console;

    // modbus: --tcp and --serial are the console's.
    struct Modbus
    {
        int unit = 1;
        s2e::ModbusPollJob::Table table = s2e::ModbusPollJob::Table::HoldingRegisters;
        int pollMs = 0;
        int rounds = 0;
        int timeoutMs = 1000;
    } modbus;
};

// Output of every command goes through these; finish() ends the event loop with a status.
void printLine(const QString &line);
void printError(const QString &line);
void printJson(const QJsonValue &value);
// "MAC: this module stores on write …", after a save that went on without a store command.
QString storedOnWriteText(const QString &module);
void finish(int status);
// A MAC argument, or a usage error naming it.
std::optional<s2e::MacAddress> macArgument(const QString &text);

using CommandRunner = void (*)(const CtlContext &context, const QStringList &arguments);

void runDecode(const CtlContext &context, const QStringList &arguments);
void runSearch(const CtlContext &context, const QStringList &arguments);
void runGet(const CtlContext &context, const QStringList &arguments);
void runSet(const CtlContext &context, const QStringList &arguments);
void runRestart(const CtlContext &context, const QStringList &arguments);
void runFactoryReset(const CtlContext &context, const QStringList &arguments);
void runExport(const CtlContext &context, const QStringList &arguments);
void runApply(const CtlContext &context, const QStringList &arguments);
void runAt(const CtlContext &context, const QStringList &arguments);
void runUploadWeb(const CtlContext &context, const QStringList &arguments);
void runFsImage(const CtlContext &context, const QStringList &arguments);
void runFsList(const CtlContext &context, const QStringList &arguments);
void runUpgrade(const CtlContext &context, const QStringList &arguments);
void runVcom(const CtlContext &context, const QStringList &arguments);
void runConsole(const CtlContext &context, const QStringList &arguments);
void runModbus(const CtlContext &context, const QStringList &arguments);
