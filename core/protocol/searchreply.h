#pragma once

#include "macaddress.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace s2e {

// The module's 36-byte answer to a search (TivaWare's locator packet, protocol.md §1.3).
class SearchReply
{
    Q_DECLARE_TR_FUNCTIONS(SearchReply)

public:
    static constexpr int Size = 36;
    static constexpr int NameSize = 16;

    SearchReply() = default;

    // A wrong checksum is not fatal (the manual says it "can be ignored"): the reply parses
    // when everything else is well-formed, with checksumOk() false.
    static std::optional<SearchReply> parse(QByteArrayView datagram, QString *error);
    // Always with a correct checksum.
    QByteArray encode() const;

    quint8 boardType() const { return m_boardType; }
    quint8 boardId() const { return m_boardId; }
    quint32 ipv4() const { return m_ipv4; }
    QString ipString() const;
    MacAddress mac() const { return m_mac; }
    quint16 firmware() const { return m_firmware; }
    quint16 encryption() const { return m_encryption; }
    QString name() const;
    bool checksumOk() const { return m_checksumOk; }

    void setBoardType(quint8 value) { m_boardType = value; }
    void setBoardId(quint8 value) { m_boardId = value; }
    void setIpv4(quint32 value) { m_ipv4 = value; }
    void setMac(const MacAddress &value) { m_mac = value; }
    void setFirmware(quint16 value) { m_firmware = value; }
    void setEncryption(quint16 value) { m_encryption = value; }
    // Truncated to 16 bytes; NUL-padded.
    void setName(const QString &name);

private:
    quint8 m_boardType = 0;
    quint8 m_boardId = 0;
    quint32 m_ipv4 = 0;
    MacAddress m_mac;
    quint16 m_firmware = 0;
    quint16 m_encryption = 0;
    QByteArray m_name = QByteArray(NameSize, '\0');
    bool m_checksumOk = true;
};

} // namespace s2e
