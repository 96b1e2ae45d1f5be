#include "modbusgateway.h"

#include "protocol/modbus/modbusadu.h"

namespace s2e::emu {

ModbusGateway::ModbusGateway(int timeoutMs, int gapMs, QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    m_gap.setSingleShot(true);
    m_gap.setInterval(gapMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        ++m_counters.timeouts;
        finish(modbus::exceptionPdu(quint8(m_current->pdu.at(0)), modbus::Exception::GatewayTargetFailedToRespond));
    });
    connect(&m_gap, &QTimer::timeout, this, &ModbusGateway::answerFromLine);
}

void ModbusGateway::fromNetwork(const QByteArray &data, QObject *master)
{
    // A master that went away leaves no buffer behind.
    if (master && !m_streams.contains(master))
        connect(master, &QObject::destroyed, this, [this, master] { m_streams.remove(master); });
    QByteArray &stream = m_streams[master];
    stream += data;
    for (;;) {
        qsizetype used = 0;
        QString error;
        const auto adu = modbus::TcpAdu::parse(stream, &used, &error);
        if (!adu) {
            if (!error.isEmpty()) {
                ++m_counters.malformed;
                stream.clear();
            }
            break;
        }
        stream.remove(0, used);
        m_queue.push_back({ master, adu->transaction, adu->unit, adu->pdu });
    }
    next();
}

void ModbusGateway::next()
{
    if (m_current || m_queue.empty())
        return;
    m_current = m_queue.front();
    m_queue.pop_front();
    m_line.clear();
    ++m_counters.requests;
    emit toSerial(modbus::RtuAdu { m_current->unit, m_current->pdu }.encode());
    m_timeout.start();
}

void ModbusGateway::fromSerial(const QByteArray &data)
{
    // Bytes when no request waits are nobody's answer.
    if (!m_current)
        return;
    m_line += data;
    m_gap.start();
}

void ModbusGateway::answerFromLine()
{
    if (!m_current)
        return;
    QString error;
    const auto answer = modbus::RtuAdu::parse(m_line, &error);
    m_line.clear();
    if (!answer) {
        // Left to time out: a damaged answer is no answer.
        ++m_counters.badCrc;
        return;
    }
    if (answer->address != m_current->unit)
        return;
    ++m_counters.answers;
    finish(answer->pdu);
}

void ModbusGateway::finish(const QByteArray &pdu)
{
    m_timeout.stop();
    m_gap.stop();
    const Request done = *std::exchange(m_current, std::nullopt);
    if (done.master)
        emit toNetwork(done.master, modbus::TcpAdu { done.transaction, done.unit, pdu }.encode());
    next();
}

} // namespace s2e::emu
