#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

namespace s2e::emu {

// The K7's Modbus TCP to RTU gateway (manual 4.4.2, port flag 0x04): a Modbus TCP request from
// the network goes to the serial line as an RTU frame (MBAP header dropped, the unit as the
// slave address, CRC-16 added); the slave's answer comes back with the request's MBAP header.
// Several masters share the line one request at a time, in arrival order. A request the slave
// does not answer in time (or answers with a bad CRC) is answered with exception 0x0B,
// "gateway target device failed to respond", as the Modbus TCP implementation guide asks of
// gateways [inferred: the K7 manual does not say]; a malformed MBAP header drops what that
// master has sent since (a TCP stream cannot be resynchronised).
class ModbusGateway : public QObject
{
    Q_OBJECT

public:
    struct Counters
    {
        qint64 requests = 0; // sent to the serial line
        qint64 answers = 0; // answered by the slave
        qint64 timeouts = 0; // answered with 0x0B
        qint64 badCrc = 0; // answers from the line refused for their CRC
        qint64 malformed = 0; // requests dropped for their MBAP header
    };

    // `timeoutMs`: how long the slave has to answer; `gapMs`: the silence that ends an RTU frame.
    ModbusGateway(int timeoutMs, int gapMs, QObject *parent = nullptr);

    // Bytes from one master's TCP connection.
    void fromNetwork(const QByteArray &data, QObject *master);
    // Bytes from the serial line.
    void fromSerial(const QByteArray &data);
    Counters counters() const { return m_counters; }

signals:
    void toSerial(const QByteArray &frame);
    void toNetwork(QObject *master, const QByteArray &adu);

private:
    struct Request
    {
        QPointer<QObject> master;
        quint16 transaction;
        quint8 unit;
        QByteArray pdu;
    };

    void next();
    void answerFromLine();
    void finish(const QByteArray &pdu);

    QHash<QObject *, QByteArray> m_streams;
    std::deque<Request> m_queue;
    std::optional<Request> m_current;
    QByteArray m_line;
    QTimer m_timeout;
    QTimer m_gap;
    Counters m_counters;
};

} // namespace s2e::emu
