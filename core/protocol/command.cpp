#include "command.h"

#include "paramblock.h"

namespace s2e {

std::optional<Command> commandFromByte(quint8 byte)
{
    switch (Command(byte)) {
    case Command::Search:
    case Command::Restart:
    case Command::Read:
    case Command::Store:
    case Command::WriteBasic:
    case Command::WritePort1:
    case Command::WritePort2:
    case Command::WritePort3:
    case Command::FactoryReset:
    case Command::WriteCloud:
        return Command(byte);
    }
    return std::nullopt;
}

QString commandName(Command command)
{
    switch (command) {
    case Command::Search:
        return QStringLiteral("search");
    case Command::Restart:
        return QStringLiteral("restart");
    case Command::Read:
        return QStringLiteral("read");
    case Command::Store:
        return QStringLiteral("store");
    case Command::WriteBasic:
        return QStringLiteral("write-basic");
    case Command::WritePort1:
    case Command::WritePort2:
    case Command::WritePort3:
        return QStringLiteral("write-port");
    case Command::FactoryReset:
        return QStringLiteral("factory-reset");
    case Command::WriteCloud:
        return QStringLiteral("write-cloud");
    }
    return QString();
}

int commandPortIndex(Command command)
{
    switch (command) {
    case Command::WritePort1:
        return 0;
    case Command::WritePort2:
        return 1;
    case Command::WritePort3:
        return 2;
    default:
        return -1;
    }
}

Command writePortCommand(int portIndex)
{
    return Command(quint8(Command::WritePort1) + portIndex);
}

int commandParamSize(Command command)
{
    switch (command) {
    case Command::WriteBasic:
        return ParamBlock::size(BlockKind::Basic);
    case Command::WritePort1:
    case Command::WritePort2:
    case Command::WritePort3:
        return ParamBlock::size(BlockKind::Port);
    case Command::WriteCloud:
        return ParamBlock::size(BlockKind::Cloud);
    default:
        return 0;
    }
}

} // namespace s2e
