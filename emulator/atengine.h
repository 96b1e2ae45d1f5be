#pragma once

#include "protocol/at/atreply.h"

#include <QStringView>

namespace s2e::emu {

class VirtualModule;

// Answers AT command lines for one virtual module, the same over serial and net AT.
class AtEngine
{
public:
    enum class Effect { None, LeaveCommandMode };

    explicit AtEngine(VirtualModule &module) : m_module(module) { }

    at::AtReply execute(QStringView line, Effect *effect = nullptr);

private:
    VirtualModule &m_module;
};

} // namespace s2e::emu
