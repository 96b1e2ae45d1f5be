#pragma once

#include "console/serialendpoint.h"
#include "job/job.h"

#include <QElapsedTimer>
#include <QList>
#include <QModbusDataUnit>
#include <QPointer>
#include <QTimer>

class QModbusClient;

namespace s2e {

// A Modbus master's read or write, once or every N ms, over Modbus TCP (a module's gateway,
// or any Modbus TCP server) or Modbus RTU on a serial port, with Qt's own Modbus clients.
// Every answer is reported with its round trip; the job fails with the first round that
// fails when it is not polling, and at the end with how many failed when it is.
class ModbusPollJob : public Job
{
    Q_OBJECT

public:
    enum class Table { Coils, DiscreteInputs, HoldingRegisters, InputRegisters };

    struct Options
    {
        QString tcp; // HOST:PORT; empty: Modbus RTU on `serial`
        SerialEndpoint::Options serial;
        int unit = 1;
        Table table = Table::HoldingRegisters;
        int address = 0;
        int count = 1;
        QList<quint16> values; // to write (coils: 0 or 1); empty: read
        int pollMs = 0; // 0: once
        int rounds = 1; // with pollMs: how many; 0: until cancelled
        int timeoutMs = 1000;
    };

    struct Answer
    {
        int round = 0;
        int address = 0;
        QList<quint16> values;
        qint64 elapsedUs = 0;
    };

    explicit ModbusPollJob(const Options &options, QObject *parent = nullptr);

    // "holding", "input", "coils", "discrete", or nothing.
    static std::optional<Table> tableFromName(QStringView name);
    static QString tableName(Table table);
    // Counts a request may carry (the protocol's limits).
    static int maxCount(Table table, bool write);

signals:
    void answered(const s2e::ModbusPollJob::Answer &answer);
    void requestFailed(int round, const s2e::Failure &failure);

protected:
    void run() override;
    void abandon() override;

private:
    void connectClient();
    void sendRound();
    void roundDone(const std::optional<Failure> &failure);

    Options m_options;
    QPointer<QModbusClient> m_client;
    QTimer m_poll;
    QElapsedTimer m_clock;
    int m_round = 0;
    int m_failed = 0;
    std::optional<Failure> m_firstFailure;
};

} // namespace s2e
