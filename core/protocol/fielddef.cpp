#include "fielddef.h"

#include "bytes.h"
#include "macaddress.h"

#include <QStringList>

namespace s2e {

namespace {

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return FieldDef::toText(value);
}

std::optional<quint32> toUInt(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > 4294967295.0 || d != double(qint64(d)))
            return std::nullopt;
        return quint32(qint64(d));
    }
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qulonglong number = text.toULongLong(&ok);
    if (!ok || number > 0xFFFFFFFFull)
        return std::nullopt;
    return quint32(number);
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed().toLower();
    static const QStringList yes = { QStringLiteral("true"), QStringLiteral("1"),
                                     QStringLiteral("on"), QStringLiteral("yes") };
    static const QStringList no = { QStringLiteral("false"), QStringLiteral("0"),
                                    QStringLiteral("off"), QStringLiteral("no") };
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

} // namespace

QString FieldDef::key(int portIndex) const
{
    if (block == BlockKind::Port)
        return QStringLiteral("port%1.%2").arg(portIndex + 1).arg(QLatin1String(name));
    return QLatin1String(name);
}

bool FieldDef::appliesGiven(const std::function<QString(const QString &key)> &valueOf, int portIndex) const
{
    for (const FieldCondition &condition : appliesWhen) {
        const QString other = block == BlockKind::Port
                ? QStringLiteral("port%1.%2").arg(portIndex + 1).arg(QLatin1String(condition.field))
                : QLatin1String(condition.field);
        const QString value = valueOf(other);
        if (std::none_of(condition.values.begin(), condition.values.end(),
                         [&value](const char *allowed) { return value == QLatin1String(allowed); }))
            return false;
    }
    return true;
}

QString FieldDef::helpText() const
{
    return QCoreApplication::translate("FieldTable", help);
}

QString FieldDef::labelText() const
{
    return QCoreApplication::translate("FieldTable", label);
}

QString FieldDef::formLabel() const
{
    if (!*unit)
        return labelText();
    return tr("%1 (%2)").arg(labelText(), QCoreApplication::translate("FieldTable", unit));
}

QString FieldDef::enumLabel(const QString &name) const
{
    for (const EnumValue &e : enumValues)
        if (name == QLatin1String(e.name))
            return e.labelText();
    return name;
}

QString FieldDef::valueText(const QJsonValue &value) const
{
    if (type == FieldType::Enum && value.isString())
        return enumLabel(value.toString());
    if (type == FieldType::Flag && value.isBool())
        return value.toBool() ? tr("on") : tr("off");
    return toText(value);
}

QString EnumValue::labelText() const
{
    return QCoreApplication::translate("FieldTable", label);
}

QString FieldDef::allowedText() const
{
    switch (type) {
    case FieldType::UInt:
        if (minWhenOn)
            return tr("0 (off) or a whole number from %1 to %2").arg(minWhenOn).arg(max);
        return tr("a whole number from %1 to %2").arg(min).arg(max);
    case FieldType::Ipv4:
        return tr("an IPv4 address such as 192.168.0.7");
    case FieldType::Text:
        if (min > 0)
            return tr("%1 to %2 printable ASCII characters").arg(min).arg(max);
        return tr("at most %n printable ASCII characters", nullptr, int(max));
    case FieldType::Mac:
        return tr("a MAC address such as D8:B0:4C:C0:0D:65");
    case FieldType::Enum: {
        QStringList names;
        for (const EnumValue &e : enumValues) {
            if (!e.alias)
                names << QLatin1String(e.name);
        }
        return tr("one of %1").arg(names.join(QStringLiteral(", ")));
    }
    case FieldType::Flag:
        return tr("true or false");
    }
    return QString();
}

QJsonValue FieldDef::read(QByteArrayView block) const
{
    const QByteArrayView field = block.sliced(offset, size);
    switch (type) {
    case FieldType::UInt:
        return qint64(bytes::readLe(field, 0, size));
    case FieldType::Ipv4:
        return bytes::ipv4ToString(bytes::readLe(field, 0, 4));
    case FieldType::Text:
        return bytes::readText(field);
    case FieldType::Mac:
        return MacAddress::fromBytes(field)->toString();
    case FieldType::Enum: {
        const quint8 bits = quint8(field[0]) & mask;
        for (const EnumValue &e : enumValues) {
            if (e.value == bits)
                return QLatin1String(e.name);
        }
        return int(bits);
    }
    case FieldType::Flag:
        return (quint8(field[0]) & mask) != 0;
    }
    return QJsonValue();
}

Result<QJsonValue> FieldDef::normalize(const QJsonValue &value, const QString &key) const
{
    const auto refuse = [&] {
        return Failure { tr("%1: %2 is not allowed; expected %3")
                                 .arg(key, quoted(value), allowedText()) };
    };
    switch (type) {
    case FieldType::UInt: {
        const auto number = toUInt(value);
        if (!number || *number < min || *number > max || (*number != 0 && *number < minWhenOn))
            return refuse();
        return QJsonValue(qint64(*number));
    }
    case FieldType::Ipv4: {
        const auto address = bytes::parseIpv4(value.toString());
        if (!value.isString() || !address)
            return refuse();
        return QJsonValue(bytes::ipv4ToString(*address));
    }
    case FieldType::Text: {
        const QString text = value.toString();
        if (!value.isString() || quint32(text.size()) < min || quint32(text.size()) > max
            || !bytes::isPrintableAscii(text))
            return refuse();
        return QJsonValue(text);
    }
    case FieldType::Mac: {
        const auto mac = MacAddress::parse(value.toString());
        if (!value.isString() || !mac)
            return refuse();
        return QJsonValue(mac->toString());
    }
    case FieldType::Enum: {
        const QString text = value.toString().trimmed();
        // A raw number is what read() gives for a value without a name; taking it back
        // lets a profile exported from such a module be applied unchanged.
        constexpr quint32 NotRaw = 0x100; // never fits a one-byte mask
        const quint32 raw = value.isDouble() ? toUInt(value).value_or(NotRaw) : NotRaw;
        for (const EnumValue &e : enumValues) {
            if ((value.isString() && text.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
                || raw == e.value)
                return QJsonValue(QLatin1String(e.name));
        }
        if ((raw & ~quint32(mask)) == 0)
            return QJsonValue(qint64(raw));
        return refuse();
    }
    case FieldType::Flag: {
        const auto flag = toBool(value);
        if (!flag)
            return refuse();
        return QJsonValue(*flag);
    }
    }
    return refuse();
}

void FieldDef::write(QByteArray &block, const QJsonValue &normalized) const
{
    switch (type) {
    case FieldType::UInt:
        bytes::writeLe(block, offset, size, quint32(normalized.toInteger()));
        return;
    case FieldType::Ipv4:
        bytes::writeLe(block, offset, 4, *bytes::parseIpv4(normalized.toString()));
        return;
    case FieldType::Text: {
        const QByteArray text = normalized.toString().toLatin1();
        for (int i = 0; i < size; ++i)
            block[offset + i] = i < text.size() ? text[i] : '\0';
        return;
    }
    case FieldType::Mac:
        block.replace(offset, size, MacAddress::parse(normalized.toString())->bytes());
        return;
    case FieldType::Enum: {
        quint8 bits = quint8(normalized.toInteger());
        for (const EnumValue &e : enumValues) {
            if (!e.alias && QLatin1String(e.name) == normalized.toString()) {
                bits = e.value;
                break;
            }
        }
        block[offset] = char((quint8(block[offset]) & ~mask) | (bits & mask));
        return;
    }
    case FieldType::Flag:
        block[offset] = char(normalized.toBool() ? (quint8(block[offset]) | mask)
                                                 : (quint8(block[offset]) & ~mask));
        return;
    }
}

QString FieldDef::toText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace s2e
