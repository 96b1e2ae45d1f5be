#include "decodecommand.h"

#include "protocol/bytes.h"
#include "protocol/datagramdescription.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int runDecodeCommand(const QStringList &hexArguments)
{
    QTextStream err(stderr);
    const auto bytes = s2e::bytes::parseHex(hexArguments.join(QString()));
    if (hexArguments.isEmpty() || !bytes || bytes->isEmpty()) {
        err << QCoreApplication::translate("s2ectl",
                                           "decode: expected hexadecimal bytes, e.g. FF 01 01 02")
            << Qt::endl;
        return 2;
    }
    const auto description = s2e::describeDatagram(*bytes);
    if (!description) {
        err << description.error() << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << QJsonDocument(*description).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
