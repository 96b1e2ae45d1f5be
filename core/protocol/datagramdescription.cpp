#include "datagramdescription.h"

#include "deviceconfig.h"
#include "requestframe.h"
#include "rfc2217packet.h"
#include "searchreply.h"
#include "shortreply.h"

namespace s2e {

namespace {

QJsonObject describe(const SearchReply &reply)
{
    return {
        { QStringLiteral("kind"), QStringLiteral("search-reply") },
        { QStringLiteral("ip"), reply.ipString() },
        { QStringLiteral("mac"), reply.mac().toString() },
        { QStringLiteral("firmware"), reply.firmware() },
        { QStringLiteral("encryption"), reply.encryption() },
        { QStringLiteral("name"), reply.name() },
        { QStringLiteral("board_type"), reply.boardType() },
        { QStringLiteral("board_id"), reply.boardId() },
        { QStringLiteral("checksum_ok"), reply.checksumOk() },
    };
}

QJsonObject describe(const ShortReply &reply)
{
    QJsonObject object {
        { QStringLiteral("kind"), QStringLiteral("short-reply") },
        { QStringLiteral("command"), reply.command() ? commandName(*reply.command())
                                                     : QStringLiteral("0x%1").arg(reply.commandByte(), 2, 16, QLatin1Char('0')) },
        { QStringLiteral("status"), ShortReply::statusName(reply.status()) },
    };
    if (!reply.command())
        object.insert(QStringLiteral("known_command"), false);
    if (reply.moduleChecksum())
        object.insert(QStringLiteral("module_checksum"), int(*reply.moduleChecksum()));
    return object;
}

QJsonObject describe(const DeviceConfig &config)
{
    return {
        { QStringLiteral("kind"), QStringLiteral("config") },
        { QStringLiteral("ports"), config.portCount() },
        { QStringLiteral("cloud"), config.hasCloud() },
        { QStringLiteral("fields"), config.fields() },
    };
}

QJsonObject describe(const RequestFrame &frame)
{
    QJsonObject object {
        { QStringLiteral("kind"), QStringLiteral("request") },
        { QStringLiteral("command"), commandName(frame.command()) },
        { QStringLiteral("checksum_ok"), frame.checksumOk() },
    };
    if (frame.command() == Command::Search)
        return object;
    object.insert(QStringLiteral("mac"), frame.mac().toString());
    object.insert(QStringLiteral("user"), frame.user());
    object.insert(QStringLiteral("password"), frame.password());
    const int portIndex = commandPortIndex(frame.command());
    if (portIndex >= 0)
        object.insert(QStringLiteral("port"), portIndex + 1);
    const BlockKind kind = frame.command() == Command::WriteBasic ? BlockKind::Basic
            : frame.command() == Command::WriteCloud              ? BlockKind::Cloud
                                                                  : BlockKind::Port;
    // parse() has checked the size against the command, so this holds for write commands.
    if (const auto block = ParamBlock::parse(kind, frame.params(), nullptr))
        object.insert(QStringLiteral("fields"), block->fields(qMax(portIndex, 0)));
    return object;
}

QJsonObject describe(const Rfc2217Packet &packet)
{
    return {
        { QStringLiteral("kind"), QStringLiteral("rfc2217") },
        { QStringLiteral("baud"), qint64(packet.baud()) },
        { QStringLiteral("data_bits"), packet.dataBits() },
        { QStringLiteral("parity"), Rfc2217Packet::parityName(packet.parity()) },
        { QStringLiteral("stop_bits"), packet.stopBits() },
        { QStringLiteral("checksum_ok"), packet.checksumOk() },
        { QStringLiteral("checksum_form"), packet.checksumForm() == Rfc2217Packet::ChecksumForm::SevenBit
                  ? QStringLiteral("7-bit")
                  : QStringLiteral("8-bit") },
    };
}

template<typename T>
Result<QJsonObject> describeParsed(const std::optional<T> &parsed, const QString &error)
{
    if (!parsed)
        return Failure { error };
    return describe(*parsed);
}

} // namespace

Result<QJsonObject> describeDatagram(QByteArrayView datagram)
{
    QString error;
    for (const DeviceConfig::Layout &layout : DeviceConfig::layouts()) {
        if (datagram.size() == layout.length)
            return describeParsed(DeviceConfig::parse(datagram, &error), error);
    }
    if (datagram.size() == Rfc2217Packet::Size && Rfc2217Packet::startsPacket(datagram))
        return describeParsed(Rfc2217Packet::parse(datagram, &error), error);
    if (datagram.isEmpty() || quint8(datagram[0]) != 0xFF)
        return describeParsed(DeviceConfig::parse(datagram, &error), error);
    if (const auto reply = ShortReply::parse(datagram, nullptr))
        return describe(*reply);
    if (datagram.size() == SearchReply::Size && datagram[2] == 0x01)
        return describeParsed(SearchReply::parse(datagram, &error), error);
    return describeParsed(RequestFrame::parse(datagram, &error), error);
}

} // namespace s2e
