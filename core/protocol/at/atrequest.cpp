#include "atrequest.h"

#include "protocol/bytes.h"
#include "protocol/macaddress.h"

namespace s2e::at {

namespace {

bool isHexDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// The suffix after a command's base name: "", "1", "A", "A1" as the command allows.
std::optional<std::pair<int, QChar>> parseSuffix(Suffix suffix, QStringView rest)
{
    const auto digit = [](QChar c) { return c >= u'1' && c <= u'8'; };
    if (rest.isEmpty())
        return std::pair { 0, QChar() };
    switch (suffix) {
    case Suffix::None:
        return std::nullopt;
    case Suffix::Port:
        if (rest.size() == 1 && digit(rest[0]))
            return std::pair { rest[0].digitValue(), QChar() };
        return std::nullopt;
    case Suffix::SocketPort: {
        const QChar letter = rest[0].toUpper();
        if (letter < u'A' || letter > u'H' || rest.size() > 2)
            return std::nullopt;
        if (rest.size() == 1)
            return std::pair { 0, letter };
        if (!digit(rest[1]))
            return std::nullopt;
        return std::pair { rest[1].digitValue(), letter };
    }
    }
    return std::nullopt;
}

QString fieldKey(const char *key, int portIndex)
{
    return QString::fromLatin1(key).replace(QStringLiteral("portN"),
                                            QStringLiteral("port%1").arg(portIndex + 1));
}

// Whether the port works as a server, which decides AT+SOCK's port field.
bool isServerMode(const QString &mode)
{
    return mode.endsWith(QLatin1String("-server"));
}

} // namespace

Result<AtRequest> AtRequest::parse(QStringView input, int *errorCode)
{
    const auto code = [errorCode](int value) {
        if (errorCode)
            *errorCode = value;
    };
    const QString text = input.trimmed().toString();
    code(-1);
    if (!text.startsWith(QLatin1String("AT+"), Qt::CaseInsensitive))
        return Failure { tr("\"%1\" is not an AT command (they start with AT+)").arg(text) };
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString name = text.mid(3, equals < 0 ? -1 : equals - 3).trimmed().toUpper();

    AtRequest request;
    // The longest base name whose remainder is a valid suffix: SOCKLKA1 is SOCKLK + A1.
    for (const CommandDef &def : Catalogue::all()) {
        const QLatin1String base(def.name);
        if (!name.startsWith(base) || (request.m_def && qsizetype(qstrlen(request.m_def->name)) >= base.size()))
            continue;
        if (const auto suffix = parseSuffix(def.suffix, QStringView(name).sliced(base.size()))) {
            request.m_def = &def;
            request.m_port = suffix->first;
            request.m_socket = suffix->second;
        }
    }
    code(-2);
    if (!request.m_def)
        return Failure { tr("AT+%1 is not a command of these modules").arg(name) };
    request.m_name = name;
    const CommandDef &def = *request.m_def;

    code(-3);
    if (equals < 0) {
        if (!def.query && !def.action)
            return Failure { tr("AT+%1 cannot be queried; it takes %2").arg(name, def.synopsis()) };
        request.m_kind = def.action ? Kind::Action : Kind::Query;
        code(0);
        return request;
    }
    if (!def.set)
        return Failure { tr("AT+%1 takes no parameters").arg(name) };
    request.m_kind = Kind::Set;
    code(-4);

    // The last parameter takes the rest of the line, commas included (a URL, a header).
    QStringList values = text.mid(equals + 1).split(QLatin1Char(','));
    const qsizetype count = def.params.size();
    if (values.size() > count) {
        const QStringList tail = values.mid(count - 1);
        values = values.mid(0, count - 1);
        values << tail.join(QLatin1Char(','));
    }
    if (values.size() != count)
        return Failure { tr("AT+%1 takes %n parameter(s): %2", nullptr, int(count))
                                 .arg(name, def.synopsis()) };
    for (qsizetype i = 0; i < count; ++i) {
        const Param &param = def.params[i];
        QString value = values[i].trimmed();
        const auto refuse = [&] {
            return Failure { tr("AT+%1: %2 \"%3\" is not allowed; expected %4")
                                     .arg(name, QLatin1String(param.name), value,
                                          Catalogue::paramAllowedText(param)) };
        };
        bool valid = false;
        switch (param.type) {
        case ParamType::Int: {
            const bool digits = !value.isEmpty() && value.size() <= 10
                    && std::all_of(value.begin(), value.end(),
                                   [](QChar c) { return c >= u'0' && c <= u'9'; });
            const qulonglong number = value.toULongLong();
            valid = digits && number >= param.minimum() && number <= param.maximum();
            if (valid)
                value = QString::number(number);
            break;
        }
        case ParamType::Text:
            valid = bytes::isPrintableAscii(value) && quint32(value.size()) >= param.minimum()
                    && quint32(value.size()) <= param.maximum();
            break;
        case ParamType::Ipv4:
            valid = bytes::parseIpv4(value).has_value();
            break;
        case ParamType::Host:
            valid = bytes::isPrintableAscii(value) && !value.contains(QLatin1Char(' '))
                    && quint32(value.size()) >= param.minimum() && quint32(value.size()) <= param.maximum();
            break;
        case ParamType::Enum:
            for (const EnumName &e : param.names) {
                if (value.compare(QLatin1String(e.at), Qt::CaseInsensitive) == 0) {
                    value = QLatin1String(e.at);
                    valid = true;
                }
            }
            break;
        case ParamType::Mac: {
            const auto mac = MacAddress::parse(value);
            valid = mac.has_value();
            if (valid)
                value = mac->toString().remove(QLatin1Char(':'));
            break;
        }
        case ParamType::PacketData: {
            const bool hex = i + 1 < count
                    && values[i + 1].trimmed().compare(QLatin1String("HEX"), Qt::CaseInsensitive) == 0;
            valid = hex ? isHexDigits(value) && value.size() % 2 == 0 && quint32(value.size()) <= param.maximum()
                        : bytes::isPrintableAscii(value) && quint32(value.size()) <= param.maximum() / 2;
            if (valid && hex)
                value = value.toUpper();
            break;
        }
        }
        if (!valid)
            return refuse();
        request.m_arguments << value;
    }
    code(0);
    return request;
}

QString AtRequest::text() const
{
    QString text = QStringLiteral("AT+") + m_name;
    if (m_kind == Kind::Set)
        text += QLatin1Char('=') + m_arguments.join(QLatin1Char(','));
    return text;
}

QByteArray AtRequest::encode() const
{
    return text().toLatin1() + '\r';
}

Result<FieldChanges> AtRequest::fieldChanges(const DeviceConfig &config) const
{
    FieldChanges changes;
    if (m_kind != Kind::Set)
        return changes;
    const int port = portIndex();
    // The mode this set gives the port, or the one it has.
    const auto currentMode = config.value(fieldKey("portN.mode", port));
    QString mode = currentMode ? currentMode->toString() : QString();
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const Param &param = m_def->params[i];
        if (param.field && qstrcmp(param.field, "portN.mode") == 0) {
            for (const EnumName &e : param.names) {
                if (m_arguments[i] == QLatin1String(e.at) && e.field)
                    mode = QLatin1String(e.field);
            }
        }
    }
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        const Param &param = m_def->params[i];
        if (!param.field)
            continue;
        const char *key = param.serverField && isServerMode(mode) ? param.serverField : param.field;
        QJsonValue value = m_arguments[i];
        if (param.type == ParamType::Int) {
            value = m_arguments[i].toLongLong();
        } else if (param.type == ParamType::Enum) {
            value = QJsonValue();
            for (const EnumName &e : param.names) {
                if (m_arguments[i] == QLatin1String(e.at) && e.field)
                    value = QLatin1String(e.field);
            }
            if (value.isNull())
                return Failure { tr("AT+%1: %2 %3 cannot be kept in this module's parameters")
                                         .arg(m_name, QLatin1String(param.name), m_arguments[i]) };
        }
        changes.append({ fieldKey(key, port), value });
    }
    return changes;
}

bool isFieldBacked(const CommandDef &command)
{
    return !command.params.empty()
            && std::all_of(command.params.begin(), command.params.end(),
                           [](const Param &param) { return param.field != nullptr; });
}

std::optional<QString> answerFromConfig(const CommandDef &command, int portIndex,
                                        const DeviceConfig &config)
{
    if (!isFieldBacked(command))
        return std::nullopt;
    const auto mode = config.value(fieldKey("portN.mode", portIndex));
    const bool server = mode.ok() && isServerMode(mode->toString());
    QStringList parts;
    for (const Param &param : command.params) {
        const char *key = param.serverField && server ? param.serverField : param.field;
        const auto value = config.value(fieldKey(key, portIndex));
        if (!value)
            return std::nullopt;
        QString text = FieldDef::toText(*value);
        if (param.type == ParamType::Enum) {
            for (const EnumName &e : param.names) {
                if (e.field && text == QLatin1String(e.field)) {
                    text = QLatin1String(e.at);
                    break;
                }
            }
        } else if (param.type == ParamType::Mac) {
            text.remove(QLatin1Char(':'));
        }
        parts << text;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace s2e::at
