#include "atreply.h"

namespace s2e::at {

QString AtReply::errorMeaning(int code)
{
    switch (code) {
    case -1:
        return tr("invalid format");
    case -2:
        return tr("invalid command");
    case -3:
        return tr("invalid operator");
    case -4:
        return tr("invalid parameter");
    case -5:
        return tr("not allowed");
    default:
        return tr("unknown error");
    }
}

QString AtReply::errorText() const
{
    return QStringLiteral("%1 %2").arg(errorCode).arg(errorMeaning(errorCode));
}

AtReply AtReply::success(const QString &value, bool hasValue)
{
    AtReply reply;
    reply.value = value;
    reply.hasValue = hasValue || !value.isEmpty();
    return reply;
}

AtReply AtReply::failure(int code)
{
    AtReply reply;
    reply.ok = false;
    reply.errorCode = code;
    return reply;
}

QByteArray AtReply::encode() const
{
    QByteArray body;
    if (!ok)
        body = "+ERR=" + QByteArray::number(errorCode);
    else if (hasValue)
        body = "+OK=" + value.toLatin1();
    else
        body = "+OK";
    return "\r\n" + body + "\r\n";
}

std::optional<AtReply> AtReplyParser::parseLine(QByteArrayView line)
{
    const QByteArray text = line.trimmed().toByteArray();
    const QByteArray upper = text.toUpper();
    // The value keeps its own spacing; only the separator's surroundings are trimmed.
    const auto valueAfter = [&](qsizetype prefix) -> std::optional<QByteArray> {
        const QByteArray rest = text.mid(prefix).trimmed();
        if (rest.isEmpty())
            return QByteArray();
        if (!rest.startsWith('='))
            return std::nullopt;
        return rest.mid(1).trimmed();
    };
    if (upper.startsWith("+ERR")) {
        const auto value = valueAfter(4);
        if (!value)
            return std::nullopt;
        return AtReply::failure(value->toInt());
    }
    if (upper.startsWith("+OK")) {
        const auto value = valueAfter(3);
        if (!value)
            return std::nullopt;
        const bool hasValue = text.mid(3).trimmed().startsWith('=');
        return AtReply::success(QString::fromLatin1(*value), hasValue);
    }
    return std::nullopt;
}

QList<AtReply> AtReplyParser::feed(QByteArrayView bytes)
{
    QList<AtReply> replies;
    for (char c : bytes) {
        if (c != '\r' && c != '\n') {
            m_line.append(c);
            continue;
        }
        if (m_line.trimmed().isEmpty()) {
            m_line.clear();
            continue;
        }
        if (const auto reply = parseLine(m_line))
            replies << *reply;
        else
            m_otherLines << m_line;
        m_line.clear();
    }
    return replies;
}

std::optional<AtReply> AtReplyParser::flush()
{
    const auto reply = parseLine(m_line);
    if (reply)
        m_line.clear();
    return reply;
}

void AtReplyParser::reset()
{
    m_line.clear();
    m_otherLines.clear();
}

} // namespace s2e::at
