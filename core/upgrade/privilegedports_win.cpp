#include "privilegedports.h"

#include <QCoreApplication>

namespace s2e {

// Windows lets any user open ports below 1024; what stops the upgrade is another program on
// the port (a DHCP or TFTP server) or the firewall.
QString privilegedPortAdvice(quint16)
{
    return QCoreApplication::translate("s2e::FirmwareUpgrader",
        ". Another program may hold the port (a DHCP or TFTP server): close it, or "
        "run this program as administrator; when Windows Defender Firewall asks, "
        "allow it on the network the module is on");
}

} // namespace s2e
