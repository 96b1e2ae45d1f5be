#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace s2e::modbus {

// A PDU is a function code and at most 252 bytes of data (Modbus Application Protocol 1.1b3, §4.1).
constexpr qsizetype MaxPduSize = 253;

enum class Exception : quint8 {
    IllegalFunction = 0x01,
    IllegalDataAddress = 0x02,
    IllegalDataValue = 0x03,
    ServerDeviceFailure = 0x04,
    GatewayPathUnavailable = 0x0A,
    GatewayTargetFailedToRespond = 0x0B,
};

// The answer that reports `exception` for a request with `function`.
QByteArray exceptionPdu(quint8 function, Exception exception);

// A Modbus TCP ADU: the MBAP header (transaction, protocol 0, length, unit) and a PDU
// (Modbus Messaging on TCP/IP Implementation Guide 1.0b, §3.1.3).
struct TcpAdu
{
    quint16 transaction = 0;
    quint8 unit = 0;
    QByteArray pdu;

    // The ADU at the front of a TCP byte stream. Incomplete: nullopt with `error` empty and
    // nothing used. Malformed (protocol not 0, a length that cannot hold a PDU or exceeds
    // one): nullopt with the reason; the stream cannot be resynchronised after it.
    static std::optional<TcpAdu> parse(QByteArrayView stream, qsizetype *used, QString *error);
    QByteArray encode() const;
};

// A Modbus RTU frame: the slave address, a PDU and CRC-16/MODBUS low byte first (Modbus over
// Serial Line 1.02, §2.5.1).
struct RtuAdu
{
    quint8 address = 0;
    QByteArray pdu;

    // One whole frame, its CRC checked.
    static std::optional<RtuAdu> parse(QByteArrayView frame, QString *error);
    QByteArray encode() const;
};

} // namespace s2e::modbus
