#include "modbusadu.h"

#include "protocol/checksum.h"

#include <QCoreApplication>

namespace s2e::modbus {

namespace {

constexpr qsizetype MbapSize = 7;

} // namespace

QByteArray exceptionPdu(quint8 function, Exception exception)
{
    QByteArray pdu;
    pdu.append(char(function | 0x80));
    pdu.append(char(exception));
    return pdu;
}

std::optional<TcpAdu> TcpAdu::parse(QByteArrayView stream, qsizetype *used, QString *error)
{
    *used = 0;
    error->clear();
    if (stream.size() < MbapSize)
        return std::nullopt;
    const auto byte = [&stream](qsizetype i) { return quint8(stream[i]); };
    const quint16 protocol = quint16(byte(2) << 8 | byte(3));
    const quint16 length = quint16(byte(4) << 8 | byte(5));
    if (protocol != 0) {
        *error = QCoreApplication::translate("Modbus", "protocol identifier %1, not 0 (Modbus)").arg(protocol);
        return std::nullopt;
    }
    // The length counts the unit and the PDU: a function code at least, a whole PDU at most.
    if (length < 2 || length > MaxPduSize + 1) {
        *error = QCoreApplication::translate("Modbus", "MBAP length %1 out of 2 to %2").arg(length).arg(MaxPduSize + 1);
        return std::nullopt;
    }
    if (stream.size() < MbapSize - 1 + length)
        return std::nullopt;
    TcpAdu adu;
    adu.transaction = quint16(byte(0) << 8 | byte(1));
    adu.unit = byte(6);
    adu.pdu = stream.sliced(MbapSize, length - 1).toByteArray();
    *used = MbapSize - 1 + length;
    return adu;
}

QByteArray TcpAdu::encode() const
{
    QByteArray out;
    const quint16 length = quint16(pdu.size() + 1);
    out.append(char(transaction >> 8)).append(char(transaction & 0xFF));
    out.append('\0').append('\0');
    out.append(char(length >> 8)).append(char(length & 0xFF));
    out.append(char(unit));
    out.append(pdu);
    return out;
}

std::optional<RtuAdu> RtuAdu::parse(QByteArrayView frame, QString *error)
{
    // Address, function code, CRC: four bytes at least; a whole PDU at most.
    if (frame.size() < 4 || frame.size() > MaxPduSize + 3) {
        *error = QCoreApplication::translate("Modbus", "an RTU frame of %n byte(s)", nullptr, int(frame.size()));
        return std::nullopt;
    }
    const QByteArrayView body = frame.first(frame.size() - 2);
    const quint16 crc = quint16(quint8(frame[frame.size() - 2]) | quint8(frame[frame.size() - 1]) << 8);
    if (Checksum::crc16Modbus(body) != crc) {
        *error = QCoreApplication::translate("Modbus", "CRC %1, expected %2")
                         .arg(crc, 4, 16, QLatin1Char('0'))
                         .arg(Checksum::crc16Modbus(body), 4, 16, QLatin1Char('0'));
        return std::nullopt;
    }
    return RtuAdu { quint8(frame[0]), body.sliced(1).toByteArray() };
}

QByteArray RtuAdu::encode() const
{
    QByteArray out;
    out.append(char(address));
    out.append(pdu);
    out.append(Checksum::bytes(Checksum::Kind::Modbus, out));
    return out;
}

} // namespace s2e::modbus
