#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace s2e::at {

// One answer of a module in AT command mode: "+OK", "+OK=<value>" or "+ERR=<code>".
struct AtReply
{
    Q_DECLARE_TR_FUNCTIONS(AtReply)

public:
    bool ok = true;
    bool hasValue = false;
    QString value;
    int errorCode = 0;

    // "-2 invalid command": the code and the manual's meaning (§5.3.3).
    QString errorText() const;
    static QString errorMeaning(int code);
    static AtReply success(const QString &value = QString(), bool hasValue = false);
    static AtReply failure(int code);
    // "\r\n+OK=value\r\n", as a module sends it.
    QByteArray encode() const;
};

// Splits what a module sends into answers, whatever the line endings (CR, LF, CRLF, LFCR)
// and however the bytes are cut into reads. Lines that are not answers (the echo of a
// command, blank lines) are set aside.
class AtReplyParser
{
public:
    QList<AtReply> feed(QByteArrayView bytes);
    // An answer still waiting for its line end (some firmware omits the last one).
    std::optional<AtReply> flush();
    void reset();

    // Lines that were not answers, in order, such as the echo of the command.
    const QList<QByteArray> &otherLines() const { return m_otherLines; }
    static std::optional<AtReply> parseLine(QByteArrayView line);

private:
    QByteArray m_line;
    QList<QByteArray> m_otherLines;
};

} // namespace s2e::at
