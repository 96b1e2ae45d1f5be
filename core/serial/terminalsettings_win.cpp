#include "serialsettings.h"

namespace s2e {

// Without termios there is no terminal to ask.
std::optional<SerialSettings> terminalSettings(int)
{
    return std::nullopt;
}

} // namespace s2e
