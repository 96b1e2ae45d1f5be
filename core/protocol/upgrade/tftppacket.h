#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace s2e {

// TFTP packets (RFC 1350), also the framing of the web page upload (00 03 block data /
// 00 04 block).
struct TftpPacket
{
    Q_DECLARE_TR_FUNCTIONS(TftpPacket)

public:
    static constexpr int BlockSize = 512;
    enum class Opcode : quint16 { ReadRequest = 1, WriteRequest = 2, Data = 3, Ack = 4, Error = 5 };

    Opcode opcode = Opcode::Data;
    quint16 block = 0; // Data, Ack; the error code for Error
    QByteArray data; // Data payload
    QString fileName; // requests
    QString mode; // requests: "octet", "netascii"
    QString message; // Error

    static TftpPacket readRequest(const QString &fileName, const QString &mode = QStringLiteral("octet"));
    static TftpPacket dataBlock(quint16 block, const QByteArray &data);
    static TftpPacket ack(quint16 block);
    static TftpPacket error(quint16 code, const QString &message);

    static std::optional<TftpPacket> parse(QByteArrayView bytes, QString *error);
    QByteArray encode() const;
};

} // namespace s2e
