#include "pseudoterminal.h"

namespace s2e {

bool PseudoTerminal::supported()
{
    return false;
}

QString PseudoTerminal::unsupportedReason()
{
    return tr("pseudo-terminals need a Unix system (Linux, macOS); on Windows, pair two COM ports "
              "with a virtual null-modem driver (com0com) and bridge one to the module's TCP data "
              "port instead");
}

// Pseudo-terminals are a Unix facility: on Windows none can be opened, so no PseudoTerminal
// exists and its members below are never reached; the features built on it (the virtual
// module's serial side, the virtual COM bridge) say why they cannot start.
Result<std::unique_ptr<PseudoTerminal>> PseudoTerminal::open(QObject *)
{
    return Failure { unsupportedReason(), ErrorCode::Io };
}

PseudoTerminal::PseudoTerminal(int master, int slave, const QString &slavePath, QObject *parent)
    : QObject(parent)
    , m_master(master)
    , m_slave(slave)
    , m_readNotifier(nullptr)
    , m_writeNotifier(nullptr)
    , m_slavePath(slavePath)
{
}

PseudoTerminal::~PseudoTerminal() = default;

Result<void> PseudoTerminal::link(const QString &)
{
    return Failure { unsupportedReason(), ErrorCode::Io };
}

void PseudoTerminal::write(const QByteArray &)
{
}

qsizetype PseudoTerminal::writeSome(QByteArrayView)
{
    return 0;
}

void PseudoTerminal::setReading(bool)
{
}

bool PseudoTerminal::isReading() const
{
    return false;
}

std::optional<SerialSettings> PseudoTerminal::settings() const
{
    return std::nullopt;
}

void PseudoTerminal::readMaster()
{
}

} // namespace s2e
