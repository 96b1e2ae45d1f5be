#include "rtuslave.h"

#include "protocol/modbus/modbusadu.h"

namespace s2e::emu {

using modbus::Exception;
using modbus::exceptionPdu;

namespace {

quint16 word(QByteArrayView pdu, qsizetype at)
{
    return quint16(quint8(pdu[at]) << 8 | quint8(pdu[at + 1]));
}

void appendWord(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8)).append(char(value & 0xFF));
}

} // namespace

RtuSlave::RtuSlave(quint8 address)
    : m_address(address),
      m_coils(TableSize, false),
      m_discrete(TableSize, false),
      m_holding(TableSize, 0),
      m_input(TableSize, 0)
{
    for (int i = 0; i < TableSize; ++i) {
        m_discrete[i] = i % 2 == 1;
        m_input[i] = quint16(i);
    }
}

std::optional<QByteArray> RtuSlave::answerFrame(QByteArrayView frame)
{
    QString error;
    const auto request = modbus::RtuAdu::parse(frame, &error);
    if (!request) {
        ++m_badFrames;
        return std::nullopt;
    }
    if (request->address != m_address && request->address != 0)
        return std::nullopt;
    const QByteArray pdu = answer(request->pdu);
    if (request->address == 0)
        return std::nullopt;
    ++m_answered;
    return modbus::RtuAdu { m_address, pdu }.encode();
}

QByteArray RtuSlave::answer(QByteArrayView pdu)
{
    const quint8 function = pdu.isEmpty() ? 0 : quint8(pdu[0]);
    switch (function) {
    case 0x01: return readBits(function, pdu, m_coils);
    case 0x02: return readBits(function, pdu, m_discrete);
    case 0x03: return readRegisters(function, pdu, m_holding);
    case 0x04: return readRegisters(function, pdu, m_input);
    case 0x05: {
        if (pdu.size() != 5)
            return exceptionPdu(function, Exception::IllegalDataValue);
        const quint16 value = word(pdu, 3);
        if (value != 0xFF00 && value != 0x0000)
            return exceptionPdu(function, Exception::IllegalDataValue);
        const quint16 at = word(pdu, 1);
        if (at >= TableSize)
            return exceptionPdu(function, Exception::IllegalDataAddress);
        m_coils[at] = value == 0xFF00;
        return pdu.toByteArray();
    }
    case 0x06: {
        if (pdu.size() != 5)
            return exceptionPdu(function, Exception::IllegalDataValue);
        const quint16 at = word(pdu, 1);
        if (at >= TableSize)
            return exceptionPdu(function, Exception::IllegalDataAddress);
        m_holding[at] = word(pdu, 3);
        return pdu.toByteArray();
    }
    case 0x0F: return writeCoils(pdu);
    case 0x10: return writeRegisters(pdu);
    default: return exceptionPdu(function, Exception::IllegalFunction);
    }
}

QByteArray RtuSlave::readBits(quint8 function, QByteArrayView pdu, const QList<bool> &table) const
{
    if (pdu.size() != 5)
        return exceptionPdu(function, Exception::IllegalDataValue);
    const quint16 start = word(pdu, 1);
    const quint16 count = word(pdu, 3);
    if (count < 1 || count > 2000)
        return exceptionPdu(function, Exception::IllegalDataValue);
    if (start + count > TableSize)
        return exceptionPdu(function, Exception::IllegalDataAddress);
    QByteArray out(1, char(function));
    out.append(char((count + 7) / 8));
    QByteArray bits((count + 7) / 8, '\0');
    for (int i = 0; i < count; ++i)
        if (table.at(start + i))
            bits[i / 8] = char(quint8(bits[i / 8]) | (1 << (i % 8)));
    return out + bits;
}

QByteArray RtuSlave::readRegisters(quint8 function, QByteArrayView pdu, const QList<quint16> &table) const
{
    if (pdu.size() != 5)
        return exceptionPdu(function, Exception::IllegalDataValue);
    const quint16 start = word(pdu, 1);
    const quint16 count = word(pdu, 3);
    if (count < 1 || count > 125)
        return exceptionPdu(function, Exception::IllegalDataValue);
    if (start + count > TableSize)
        return exceptionPdu(function, Exception::IllegalDataAddress);
    QByteArray out(1, char(function));
    out.append(char(count * 2));
    for (int i = 0; i < count; ++i)
        appendWord(out, table.at(start + i));
    return out;
}

QByteArray RtuSlave::writeCoils(QByteArrayView pdu)
{
    const quint8 function = 0x0F;
    if (pdu.size() < 6)
        return exceptionPdu(function, Exception::IllegalDataValue);
    const quint16 start = word(pdu, 1);
    const quint16 count = word(pdu, 3);
    const int bytes = quint8(pdu[5]);
    if (count < 1 || count > 1968 || bytes != (count + 7) / 8 || pdu.size() != 6 + bytes)
        return exceptionPdu(function, Exception::IllegalDataValue);
    if (start + count > TableSize)
        return exceptionPdu(function, Exception::IllegalDataAddress);
    for (int i = 0; i < count; ++i)
        m_coils[start + i] = (quint8(pdu[6 + i / 8]) >> (i % 8)) & 1;
    return pdu.first(5).toByteArray();
}

QByteArray RtuSlave::writeRegisters(QByteArrayView pdu)
{
    const quint8 function = 0x10;
    if (pdu.size() < 6)
        return exceptionPdu(function, Exception::IllegalDataValue);
    const quint16 start = word(pdu, 1);
    const quint16 count = word(pdu, 3);
    const int bytes = quint8(pdu[5]);
    if (count < 1 || count > 123 || bytes != count * 2 || pdu.size() != 6 + bytes)
        return exceptionPdu(function, Exception::IllegalDataValue);
    if (start + count > TableSize)
        return exceptionPdu(function, Exception::IllegalDataAddress);
    for (int i = 0; i < count; ++i)
        m_holding[start + i] = word(pdu, 6 + 2 * i);
    return pdu.first(5).toByteArray();
}

} // namespace s2e::emu
