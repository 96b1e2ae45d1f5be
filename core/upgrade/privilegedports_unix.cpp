#include "privilegedports.h"

#include <QCoreApplication>

namespace s2e {

QString privilegedPortAdvice(quint16 port)
{
    if (port >= 1024)
        return QString();
    return QCoreApplication::translate("s2e::FirmwareUpgrader",
        ". Ports below 1024 need privileges: allow this program once with "
        "'sudo setcap cap_net_bind_service=+ep <path of the program>', or run it as "
        "root");
}

} // namespace s2e
