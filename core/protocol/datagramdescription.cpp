#include "datagramdescription.h"

#include "deviceconfig.h"
#include "requestframe.h"
#include "rfc2217packet.h"
#include "searchreply.h"
#include "shortreply.h"
#include "t24reply.h"

#include <QJsonArray>

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
        { QStringLiteral("model"), QLatin1String(config.model().key) },
        { QStringLiteral("ports"), config.portCount() },
        { QStringLiteral("extra_bytes"), int(config.extra().size()) },
        { QStringLiteral("unplaced"), QJsonArray::fromStringList(config.unplacedKeys()) },
        { QStringLiteral("cloud"), config.hasCloud() },
        { QStringLiteral("fields"), config.fields() },
    };
}

QJsonObject describe(const RequestFrame &frame, const ModelDef *model)
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
    if (const auto block = ParamBlock::parse(kind, frame.params(), nullptr)) {
        object.insert(QStringLiteral("fields"), block->fields(model ? model->layout : 0, qMax(portIndex, 0)));
        object.insert(QStringLiteral("model"), QLatin1String((model ? *model : ModelTable::unknown()).key));
    }
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

// A later datagram of a read split over several (the 302's 50 and 84 bytes).
std::optional<QJsonObject> describePiece(QByteArrayView datagram)
{
    for (const ModelDef &model : ModelTable::all()) {
        for (size_t i = 1; i < model.readDatagrams.size(); ++i) {
            if (datagram.size() == model.readDatagrams[i])
                return QJsonObject { { QStringLiteral("kind"), QStringLiteral("read-reply-piece") },
                                     { QStringLiteral("model"), QLatin1String(model.key) },
                                     { QStringLiteral("piece"), int(i + 1) },
                                     { QStringLiteral("pieces"), int(model.readDatagrams.size()) } };
        }
    }
    return std::nullopt;
}

// The first datagram of a read a family splits, read in that family's layout (a real T2's
// first 130 bytes with --model 302).
QJsonObject describeFirstPiece(QByteArrayView datagram, const ModelDef &model)
{
    constexpr int BasicSize = ParamBlock::size(BlockKind::Basic);
    constexpr int PortSize = ParamBlock::size(BlockKind::Port);
    QJsonObject fields = ParamBlock::parse(BlockKind::Basic, datagram.first(BasicSize), nullptr)->fields(model.layout);
    for (int i = 0; BasicSize + (i + 1) * PortSize <= datagram.size() && i < model.ports; ++i) {
        const auto port = ParamBlock::parse(BlockKind::Port, datagram.sliced(BasicSize + i * PortSize, PortSize), nullptr);
        const QJsonObject portFields = port->fields(model.layout, i);
        for (auto it = portFields.begin(); it != portFields.end(); ++it)
            fields.insert(it.key(), it.value());
    }
    return { { QStringLiteral("kind"), QStringLiteral("read-reply-piece") },
             { QStringLiteral("model"), QLatin1String(model.key) },
             { QStringLiteral("piece"), 1 },
             { QStringLiteral("pieces"), int(model.readDatagrams.size()) },
             { QStringLiteral("fields"), fields } };
}

} // namespace

Result<QJsonObject> describeDatagram(QByteArrayView datagram, const ModelDef *model)
{
    QString error;
    if (ModelTable::byReadLength(datagram.size()))
        return describeParsed(DeviceConfig::parse(datagram, &error), error);
    if (model && model->readDatagrams.size() > 1 && datagram.size() == model->readDatagrams[0]
        && datagram.size() >= ParamBlock::size(BlockKind::Basic))
        return describeFirstPiece(datagram, *model);
    if (T24Reply::isRequest(datagram))
        return QJsonObject { { QStringLiteral("kind"), QStringLiteral("t24-search-request") } };
    if (const auto reply = T24Reply::parse(datagram, nullptr)) {
        QJsonObject object = reply->fields();
        object.insert(QStringLiteral("kind"), QStringLiteral("t24-search-reply"));
        return object;
    }
    if (datagram.size() == Rfc2217Packet::Size && Rfc2217Packet::startsPacket(datagram))
        return describeParsed(Rfc2217Packet::parse(datagram, &error), error);
    if (datagram.isEmpty() || quint8(datagram[0]) != 0xFF) {
        if (const auto piece = describePiece(datagram))
            return *piece;
        return describeParsed(DeviceConfig::parse(datagram, &error), error);
    }
    if (const auto reply = ShortReply::parse(datagram, nullptr))
        return describe(*reply);
    if (datagram.size() == SearchReply::Size && datagram[2] == 0x01)
        return describeParsed(SearchReply::parse(datagram, &error), error);
    const auto frame = RequestFrame::parse(datagram, &error);
    if (!frame)
        return Failure { error };
    return describe(*frame, model);
}

} // namespace s2e
