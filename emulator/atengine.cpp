#include "atengine.h"

#include "protocol/at/atrequest.h"
#include "virtualmodule.h"


namespace s2e::emu {

using at::AtReply;
using at::AtRequest;

AtReply AtEngine::execute(QStringView line, Effect *effect)
{
    if (effect)
        *effect = Effect::None;
    int code = 0;
    const auto request = AtRequest::parse(line, &code);
    if (!request)
        return AtReply::failure(code);
    const at::CommandDef &command = request->command();
    const QString name = QLatin1String(command.name);
    const DeviceConfig &config = m_module.workingConfig();
    if (request->portNumber() > config.portCount()
        || (!request->socket().isNull() && request->socket() != u'A'))
        return AtReply::failure(-5);

    if (name == u"E") {
        if (request->kind() == AtRequest::Kind::Query)
            return AtReply::success(m_module.echo() ? QStringLiteral("ON") : QStringLiteral("OFF"));
        m_module.setEcho(request->arguments().first() == u"ON");
        return AtReply::success();
    }
    if (name == u"Z") {
        m_module.restart();
        if (effect)
            *effect = Effect::LeaveCommandMode;
        return AtReply::success();
    }
    if (name == u"ENTM") {
        if (effect)
            *effect = Effect::LeaveCommandMode;
        return AtReply::success();
    }
    if (name == u"RELD") {
        m_module.restoreDefaults();
        return AtReply::success();
    }
    if (name == u"CFGTF") {
        m_module.saveAsDefaults();
        return AtReply::success(QStringLiteral("saved"));
    }
    if (name == u"VER")
        return AtReply::success(QStringLiteral("V%1").arg(m_module.identity().firmware));
    if (name == u"MAC")
        return AtReply::success(m_module.identity().mac.toString().remove(QLatin1Char(':')));
    if (name == u"PDTIME")
        return AtReply::success(QStringLiteral("2026-01-01 00:00:00"));
    if (name == u"SOCKLK")
        return AtReply::success(m_module.linkState());
    if (name == u"PING")
        return AtReply::success(); // a virtual module pings nothing

    // A setting the module's blocks hold (AT+DNS on a 302, AT+RSTIM on a K7) goes there; one
    // they have no place for is kept beside them.
    if (at::isFieldBacked(command) && at::answerFromConfig(command, request->portIndex(), config)) {
        if (request->kind() == AtRequest::Kind::Query)
            return AtReply::success(*at::answerFromConfig(command, request->portIndex(), config), true);
        const auto changes = request->fieldChanges(config);
        if (!changes)
            return AtReply::failure(-4);
        if (!m_module.applyChanges(*changes))
            return AtReply::failure(-4);
        return AtReply::success();
    }
    if (request->kind() == AtRequest::Kind::Query)
        return AtReply::success(m_module.atSetting(name, request->portNumber()), true);
    m_module.setAtSetting(name, request->portNumber(), request->arguments().join(QLatin1Char(',')));
    return AtReply::success();
}

} // namespace s2e::emu
