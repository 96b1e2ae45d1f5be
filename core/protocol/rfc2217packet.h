#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace s2e {

// The 8-byte "similar RFC2217" packet that changes a module's serial settings from the
// network side (protocol.md §4): 55 AA 55 | baud (3, big-endian) | params | sum.
class Rfc2217Packet
{
    Q_DECLARE_TR_FUNCTIONS(Rfc2217Packet)

public:
    static constexpr int Size = 8;
    static constexpr quint32 MaxBaud = 0xFFFFFF;

    enum class Parity : quint8 { None, Odd, Even, Mark, Space };
    // The K7 sends the sum of the four bytes after the header; N520/N540/USC520 print it
    // with bit 7 cleared (protocol.md §4).
    enum class ChecksumForm : quint8 { Full, SevenBit };

    static Result<Rfc2217Packet> create(quint32 baud, int dataBits, Parity parity, int stopBits,
                                        ChecksumForm form = ChecksumForm::Full);
    // A packet whose checksum is wrong in both forms still parses, with checksumOk() false.
    // Bit 7 of the parameter byte (set in the K1's form) means nothing and is kept.
    static std::optional<Rfc2217Packet> parse(QByteArrayView bytes, QString *error);
    static bool startsPacket(QByteArrayView bytes);
    QByteArray encode() const;

    quint32 baud() const { return m_baud; }
    int dataBits() const { return m_dataBits; }
    Parity parity() const { return m_parity; }
    int stopBits() const { return m_stopBits; }
    bool checksumOk() const { return m_checksumOk; }
    // The form the checksum was in (Full when both forms are the same byte); encode() uses it.
    ChecksumForm checksumForm() const { return m_checksumForm; }

    // "none", "odd", "even", "mark", "space": the same names as the portN.parity field.
    static QString parityName(Parity parity);

    friend bool operator==(const Rfc2217Packet &, const Rfc2217Packet &) = default;

private:
    Rfc2217Packet() = default;

    quint32 m_baud = 0;
    int m_dataBits = 8;
    Parity m_parity = Parity::None;
    int m_stopBits = 1;
    quint8 m_unusedBits = 0;
    bool m_checksumOk = true;
    ChecksumForm m_checksumForm = ChecksumForm::Full;
};

} // namespace s2e
