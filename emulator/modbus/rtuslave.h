#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace s2e::emu {

// A Modbus RTU slave for the far side of a virtual module's serial line: a bank of coils,
// discrete inputs, holding and input registers, answering functions 1-6, 15 and 16 as the
// Modbus Application Protocol specification (1.1b3, §6) says, with exceptions 1 (function),
// 2 (address) and 3 (quantity or length). Input registers hold their own address and
// discrete inputs alternate, so that what a master reads can be told apart.
class RtuSlave
{
public:
    static constexpr int TableSize = 10000; // addresses 0-9999 in each table

    explicit RtuSlave(quint8 address);

    quint8 address() const { return m_address; }
    // The answer to one RTU frame, or nothing: a frame for another slave, one whose CRC is
    // wrong (a real slave stays silent) or a broadcast (address 0: carried out, not answered).
    std::optional<QByteArray> answerFrame(QByteArrayView frame);
    // The answer PDU to a request PDU.
    QByteArray answer(QByteArrayView pdu);

    quint16 holding(int address) const { return m_holding.at(address); }
    void setHolding(int address, quint16 value) { m_holding[address] = value; }
    bool coil(int address) const { return m_coils.at(address); }
    // Requests answered, and frames ignored for a bad CRC.
    qint64 answered() const { return m_answered; }
    qint64 badFrames() const { return m_badFrames; }

private:
    QByteArray readBits(quint8 function, QByteArrayView pdu, const QList<bool> &table) const;
    QByteArray readRegisters(quint8 function, QByteArrayView pdu, const QList<quint16> &table) const;
    QByteArray writeCoils(QByteArrayView pdu);
    QByteArray writeRegisters(QByteArrayView pdu);

    quint8 m_address;
    QList<bool> m_coils;
    QList<bool> m_discrete;
    QList<quint16> m_holding;
    QList<quint16> m_input;
    qint64 m_answered = 0;
    qint64 m_badFrames = 0;
};

} // namespace s2e::emu
