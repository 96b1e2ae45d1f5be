#include "ctlcontext.h"
#include "protocol/bytes.h"
#include "protocol/datagramdescription.h"

#include <QCoreApplication>

void runDecode(const CtlContext &context, const QStringList &arguments)
{
    const auto bytes = s2e::bytes::parseHex(arguments.join(QString()));
    if (arguments.isEmpty() || !bytes || bytes->isEmpty()) {
        printError(QCoreApplication::translate("s2ectl",
                                               "decode: expected hexadecimal bytes, e.g. FF 01 01 02"));
        return finish(ExitUsage);
    }
    const auto description = s2e::describeDatagram(*bytes, context.model);
    if (!description) {
        printError(description.error());
        return finish(ExitUsage);
    }
    printJson(*description);
    finish(ExitOk);
}
