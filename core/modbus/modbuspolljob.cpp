#include "modbuspolljob.h"

#include <QModbusRtuSerialClient>
#include <QModbusTcpClient>
#include <QUrl>

namespace s2e {

namespace {

QModbusDataUnit::RegisterType registerType(ModbusPollJob::Table table)
{
    switch (table) {
    case ModbusPollJob::Table::Coils: return QModbusDataUnit::Coils;
    case ModbusPollJob::Table::DiscreteInputs: return QModbusDataUnit::DiscreteInputs;
    case ModbusPollJob::Table::HoldingRegisters: return QModbusDataUnit::HoldingRegisters;
    case ModbusPollJob::Table::InputRegisters: return QModbusDataUnit::InputRegisters;
    }
    return QModbusDataUnit::Invalid;
}

QString exceptionText(QModbusPdu::ExceptionCode code)
{
    switch (code) {
    case QModbusPdu::IllegalFunction: return ModbusPollJob::tr("illegal function");
    case QModbusPdu::IllegalDataAddress: return ModbusPollJob::tr("illegal data address");
    case QModbusPdu::IllegalDataValue: return ModbusPollJob::tr("illegal data value");
    case QModbusPdu::ServerDeviceFailure: return ModbusPollJob::tr("server device failure");
    case QModbusPdu::GatewayPathUnavailable: return ModbusPollJob::tr("gateway path unavailable");
    case QModbusPdu::GatewayTargetDeviceFailedToRespond:
        return ModbusPollJob::tr("gateway target device failed to respond");
    default: return ModbusPollJob::tr("exception");
    }
}

} // namespace

ModbusPollJob::ModbusPollJob(const Options &options, QObject *parent)
    : Job(options.tcp.isEmpty() ? options.serial.port : options.tcp, parent), m_options(options)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &ModbusPollJob::sendRound);
}

std::optional<ModbusPollJob::Table> ModbusPollJob::tableFromName(QStringView name)
{
    for (const Table table : { Table::Coils, Table::DiscreteInputs, Table::HoldingRegisters, Table::InputRegisters })
        if (name == tableName(table))
            return table;
    return std::nullopt;
}

QString ModbusPollJob::tableName(Table table)
{
    switch (table) {
    case Table::Coils: return QStringLiteral("coils");
    case Table::DiscreteInputs: return QStringLiteral("discrete");
    case Table::HoldingRegisters: return QStringLiteral("holding");
    case Table::InputRegisters: return QStringLiteral("input");
    }
    return QString();
}

int ModbusPollJob::maxCount(Table table, bool write)
{
    const bool bits = table == Table::Coils || table == Table::DiscreteInputs;
    if (write)
        return bits ? 1968 : 123;
    return bits ? 2000 : 125;
}

void ModbusPollJob::run()
{
    if (m_options.tcp.isEmpty()) {
        auto *rtu = new QModbusRtuSerialClient(this);
        rtu->setConnectionParameter(QModbusDevice::SerialPortNameParameter, m_options.serial.port);
        rtu->setConnectionParameter(QModbusDevice::SerialBaudRateParameter, m_options.serial.baud);
        rtu->setConnectionParameter(QModbusDevice::SerialDataBitsParameter, m_options.serial.dataBits);
        rtu->setConnectionParameter(QModbusDevice::SerialParityParameter, m_options.serial.parity);
        rtu->setConnectionParameter(QModbusDevice::SerialStopBitsParameter, m_options.serial.stopBits);
        m_client = rtu;
    } else {
        const QUrl url = QUrl::fromUserInput(m_options.tcp);
        if (url.host().isEmpty() || url.port() <= 0)
            return fail(Failure { tr("\"%1\" is not HOST:PORT").arg(m_options.tcp), ErrorCode::RefusedInput });
        auto *tcp = new QModbusTcpClient(this);
        tcp->setConnectionParameter(QModbusDevice::NetworkAddressParameter, url.host());
        tcp->setConnectionParameter(QModbusDevice::NetworkPortParameter, url.port());
        m_client = tcp;
    }
    m_client->setTimeout(m_options.timeoutMs);
    // The job says when a request is given up; Qt would otherwise try again on its own.
    m_client->setNumberOfRetries(0);
    connectClient();
}

void ModbusPollJob::connectClient()
{
    setStep(tr("connect"));
    connect(m_client, &QModbusClient::stateChanged, this, [this](QModbusDevice::State state) {
        if (!isRunning())
            return;
        if (state == QModbusDevice::ConnectedState && m_round == 0)
            sendRound();
    });
    connect(m_client, &QModbusClient::errorOccurred, this, [this](QModbusDevice::Error error) {
        if (!isRunning() || error != QModbusDevice::ConnectionError)
            return;
        fail(Failure { tr("%1: %2").arg(subject(), m_client->errorString()), ErrorCode::Io });
    });
    if (!m_client->connectDevice())
        fail(Failure { tr("%1: %2").arg(subject(), m_client->errorString()), ErrorCode::Io });
}

void ModbusPollJob::sendRound()
{
    ++m_round;
    setStep(tr("round %1").arg(m_round), m_options.rounds > 0 ? double(m_round - 1) / m_options.rounds : -1);
    QModbusDataUnit unit(registerType(m_options.table), m_options.address,
                         qsizetype(m_options.values.isEmpty() ? m_options.count : m_options.values.size()));
    if (!m_options.values.isEmpty())
        unit.setValues(m_options.values);
    m_clock.start();
    QModbusReply *reply = m_options.values.isEmpty() ? m_client->sendReadRequest(unit, m_options.unit)
                                                     : m_client->sendWriteRequest(unit, m_options.unit);
    if (!reply)
        return roundDone(Failure { tr("%1: %2").arg(subject(), m_client->errorString()), ErrorCode::Io });
    const auto done = [this, reply] {
        reply->deleteLater();
        if (!isRunning())
            return;
        const QString where = tr("%1 unit %2").arg(subject()).arg(m_options.unit);
        switch (reply->error()) {
        case QModbusDevice::NoError: {
            Answer answer;
            answer.round = m_round;
            answer.address = m_options.address;
            // Bits come in whole bytes: only those asked for.
            answer.values = m_options.values.isEmpty() ? reply->result().values().mid(0, m_options.count) : m_options.values;
            answer.elapsedUs = m_clock.nsecsElapsed() / 1000;
            emit answered(answer);
            return roundDone(std::nullopt);
        }
        case QModbusDevice::ProtocolError: {
            // The exception is the answer's one data byte. QModbusPdu::exceptionCode() would read
            // the function code 0x80|n into an enum that cannot hold it (UBSan's enum check).
            const QByteArray data = reply->rawResult().data();
            const auto code = QModbusPdu::ExceptionCode(data.isEmpty() ? 0 : quint8(data.at(0)));
            return roundDone(Failure { tr("%1: exception 0x%2 (%3)")
                                               .arg(where)
                                               .arg(int(code), 2, 16, QLatin1Char('0'))
                                               .arg(exceptionText(code)),
                                       ErrorCode::Rejected });
        }
        case QModbusDevice::TimeoutError:
            return roundDone(Failure { tr("%1: no answer in %2 ms").arg(where).arg(m_options.timeoutMs), ErrorCode::Timeout });
        default:
            return roundDone(Failure { tr("%1: %2").arg(where, reply->errorString()), ErrorCode::Io });
        }
    };
    if (reply->isFinished())
        return done();
    connect(reply, &QModbusReply::finished, this, done);
}

void ModbusPollJob::roundDone(const std::optional<Failure> &failure)
{
    if (failure) {
        ++m_failed;
        if (!m_firstFailure)
            m_firstFailure = failure;
        emit requestFailed(m_round, *failure);
        if (m_options.pollMs <= 0)
            return fail(*failure);
    }
    if (m_options.pollMs > 0 && (m_options.rounds == 0 || m_round < m_options.rounds))
        return m_poll.start(m_options.pollMs);
    if (m_failed > 0)
        return fail(Failure { tr("%1 of %2 request(s) failed; the first: %3").arg(m_failed).arg(m_round).arg(m_firstFailure->message),
                              m_firstFailure->code });
    succeed();
}

void ModbusPollJob::abandon()
{
    m_poll.stop();
    if (m_client)
        m_client->disconnectDevice();
}

} // namespace s2e
