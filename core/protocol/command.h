#pragma once

#include <QString>

#include <optional>

namespace s2e {

// Command bytes of the UDP setting protocol (protocol.md §1.1).
enum class Command : quint8 {
    Search = 0x01,
    Restart = 0x02,
    Read = 0x03,
    Store = 0x04,
    WriteBasic = 0x05,
    WritePort1 = 0x06,
    WritePort2 = 0x07,
    WritePort3 = 0x08,
    FactoryReset = 0x0B,
    WriteCloud = 0x10,
};

std::optional<Command> commandFromByte(quint8 byte);
// Stable names used in JSON and on the command line: search, restart, read, store,
// write-basic, write-port, write-cloud, factory-reset.
QString commandName(Command command);
// 0-based serial port index of a write-port command, or -1 for every other command.
int commandPortIndex(Command command);
Command writePortCommand(int portIndex);
// Size of the parameter block the command carries (0 when it carries none).
int commandParamSize(Command command);

} // namespace s2e
