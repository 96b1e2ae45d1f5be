#include "ctlcontext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace s2e;

namespace {

const char *Usage = "usage: s2ectl modbus read|write --tcp HOST:PORT | --serial DEV [--baud N]  --unit N "
                    "[--holding|--input|--coils|--discrete] ADDR COUNT|VALUE... [--poll MS --count N]";

std::optional<int> numberArgument(const QString &text, int min, int max, const char *what)
{
    bool ok = false;
    const int value = text.toInt(&ok, 0);
    if (ok && value >= min && value <= max)
        return value;
    printError(QCoreApplication::translate("s2ectl", "modbus: %1 \"%2\" is not a number from %3 to %4")
                       .arg(QCoreApplication::translate("s2ectl", what), text)
                       .arg(min)
                       .arg(max));
    return std::nullopt;
}

void printAnswer(const CtlContext &context, const ModbusPollJob::Answer &answer)
{
    const double ms = double(answer.elapsedUs) / 1000.0;
    if (context.json) {
        QJsonArray values;
        for (const quint16 value : answer.values)
            values.append(int(value));
        return printJson(QJsonObject { { QStringLiteral("round"), answer.round },
                                       { QStringLiteral("address"), answer.address },
                                       { QStringLiteral("values"), values },
                                       { QStringLiteral("ms"), qRound(ms * 1000) / 1000.0 } });
    }
    if (context.modbus.pollMs > 0)
        printLine(tr("# round %1, %2 ms").arg(answer.round).arg(ms, 0, 'f', 2));
    for (int i = 0; i < answer.values.size(); ++i)
        printLine(QStringLiteral("%1: %2").arg(answer.address + i).arg(answer.values.at(i)));
}

} // namespace

void runModbus(const CtlContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const bool write = action == u"write";
    const bool tcp = !context.console.tcp.isEmpty();
    const bool serial = !context.console.serial.port.isEmpty();
    if ((!write && action != u"read") || arguments.size() < 3 || (!write && arguments.size() != 3) || tcp == serial) {
        printError(tr(Usage));
        return finish(ExitUsage);
    }
    ModbusPollJob::Options options;
    options.tcp = context.console.tcp;
    options.serial = context.console.serial;
    options.unit = context.modbus.unit;
    options.table = context.modbus.table;
    options.pollMs = context.modbus.pollMs;
    options.rounds = context.modbus.pollMs > 0 ? context.modbus.rounds : 1;
    options.timeoutMs = context.modbus.timeoutMs;
    const bool bits = options.table == ModbusPollJob::Table::Coils || options.table == ModbusPollJob::Table::DiscreteInputs;
    if (write && options.table != ModbusPollJob::Table::HoldingRegisters && options.table != ModbusPollJob::Table::Coils) {
        printError(tr("modbus: only holding registers and coils can be written"));
        return finish(ExitUsage);
    }
    const auto address = numberArgument(arguments.at(1), 0, 65535, "address");
    if (!address)
        return finish(ExitUsage);
    options.address = *address;
    const int most = ModbusPollJob::maxCount(options.table, write);
    if (write) {
        if (arguments.size() - 2 > most) {
            printError(tr("modbus: at most %1 values in one write").arg(most));
            return finish(ExitUsage);
        }
        for (const QString &text : arguments.sliced(2)) {
            const auto value = numberArgument(text, 0, bits ? 1 : 65535, "value");
            if (!value)
                return finish(ExitUsage);
            options.values << quint16(*value);
        }
    } else {
        const auto count = numberArgument(arguments.at(2), 1, most, "count");
        if (!count)
            return finish(ExitUsage);
        options.count = *count;
    }
    if (options.address + (write ? int(options.values.size()) : options.count) > 65536) {
        printError(tr("modbus: the range passes address 65535"));
        return finish(ExitUsage);
    }

    auto *job = new ModbusPollJob(options, qApp);
    QObject::connect(job, &ModbusPollJob::answered, job, [&context](const ModbusPollJob::Answer &answer) {
        printAnswer(context, answer);
    });
    // What a request's failure said already is not said twice; a poll ends with how many failed.
    auto said = std::make_shared<QString>();
    QObject::connect(job, &ModbusPollJob::requestFailed, job, [&context, said](int round, const Failure &failure) {
        *said = failure.message;
        if (context.json)
            return printJson(QJsonObject { { QStringLiteral("round"), round }, { QStringLiteral("error"), failure.message } });
        printError(failure.message);
    });
    QObject::connect(job, &Job::finished, job, [job, said] {
        const Result<void> &result = job->result();
        if (!result && result.error() != *said)
            printError(result.error());
        job->deleteLater();
        finish(result ? ExitOk : result.errorCode() == ErrorCode::RefusedInput ? ExitUsage : ExitFailed);
    });
    job->start();
}
