#include "ctlcontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

void printLine(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

void printError(const QString &line)
{
    QTextStream(stderr) << line << Qt::endl;
}

QString storedOnWriteText(const QString &module)
{
    return tr("%1: this module stores on write (it takes no store command): restarted, and the read-back "
              "shows what was written")
            .arg(module);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    QTextStream(stdout) << document.toJson(QJsonDocument::Compact) << Qt::endl;
}

void finish(int status)
{
    QCoreApplication::exit(status);
}

std::optional<s2e::MacAddress> macArgument(const QString &text)
{
    const auto mac = s2e::MacAddress::parse(text);
    if (!mac)
        printError(QCoreApplication::translate("s2ectl", "\"%1\" is not a MAC address "
                                                         "(e.g. D8:B0:4C:C0:0D:65)").arg(text));
    return mac;
}
