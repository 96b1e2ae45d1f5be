#pragma once

#include "macaddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace s2e {

// The older T24 (USR-TCP232-24) search, which the 302 still answers (its manual §3.7.6,
// protocol.md §8): the host broadcasts "0123456789" four times to UDP 1500; a module answers
// 35 bytes, MAC(6) + version(1) + 28 parameter bytes. Where the parameters sit is taken from
// fairwaves/usr-tcp232-24 (proto.c, params_unpack and discover_unpack), a tool written for
// these modules, and agrees with the real reply in the t24_reply_real vector. Read-only: the
// bytes are kept as they came, so encode(parse(b)) == b.
class T24Reply
{
    Q_DECLARE_TR_FUNCTIONS(T24Reply)

public:
    static constexpr int Size = 35;
    static constexpr int RequestSize = 40;

    static QByteArray request();
    static bool isRequest(QByteArrayView datagram);

    static std::optional<T24Reply> parse(QByteArrayView datagram, QString *error);
    QByteArray encode() const { return m_bytes; }

    struct Parameters
    {
        quint32 ipv4 = 0; // the module's address
        quint16 localPort = 0;
        quint32 gateway = 0;
        quint32 mask = 0;
        quint8 mode = 0; // 0 UDP client, 1 TCP client, 2 UDP server, 3 TCP server
        quint32 remoteIpv4 = 0;
        quint16 remotePort = 0;
        quint32 baud = 0; // 24 bits
        quint8 format = 0; // bits 1:0 data bits - 5, bit 2 stop bits - 1, bit 3 parity on, bits 5:4 parity
        quint16 deviceId = 0; // big-endian on the wire, unlike the rest
        quint8 flags = 0; // as the basic block's ID-type byte: on connect, with data, RS485, …
    };
    // A module's reply; version is the firmware's major << 4 | minor.
    static T24Reply create(const MacAddress &mac, quint8 version, const Parameters &parameters);

    MacAddress mac() const;
    quint8 version() const { return quint8(m_bytes[6]); }
    // "11.1"
    QString versionText() const;
    Parameters parameters() const;
    // Every placed value by name, for JSON and the dissector's reader: "ip", "mode", "baud", …
    QJsonObject fields() const;

private:
    explicit T24Reply(QByteArray bytes) : m_bytes(std::move(bytes)) { }

    QByteArray m_bytes;
};

} // namespace s2e
