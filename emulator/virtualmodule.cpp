#include "virtualmodule.h"

#include "protocol/at/atcatalogue.h"
#include "protocol/shortreply.h"

#include <QStringList>

#include <QFile>
#include <QSaveFile>

namespace s2e::emu {

VirtualModule::VirtualModule(const ModuleIdentity &identity, const QString &stateFile,
                             QObject *parent)
    : QObject(parent), m_identity(identity), m_stateFile(stateFile)
{
    m_stored = factoryConfig();
    if (!m_stateFile.isEmpty()) {
        QFile file(m_stateFile);
        if (file.open(QIODevice::ReadOnly)) {
            QString error;
            if (auto saved = DeviceConfig::parse(file.readAll(), &error);
                saved && &saved->model() == identity.model)
                m_stored = *saved;
            else
                m_stateError = tr("%1: ignored, not a saved configuration of this module (%2)")
                                       .arg(m_stateFile, error);
        }
    }
    m_working = m_stored;
    m_running = m_stored;
    m_rebootTimer.setSingleShot(true);
    m_rebootTimer.setInterval(1000);
    connect(&m_rebootTimer, &QTimer::timeout, this, &VirtualModule::finishReboot);
}

DeviceConfig VirtualModule::factoryConfig() const
{
    auto config = DeviceConfig::defaults(*m_identity.model);
    // Loopback addresses, so that nothing a virtual module is told to do leaves the machine.
    const auto set = [&config](const QString &key, const QString &value) {
        const auto result = config.setValue(key, value);
        Q_ASSERT(result.ok());
    };
    set(QStringLiteral("ip.address"), m_identity.address.toString());
    set(QStringLiteral("ip.mask"), QStringLiteral("255.0.0.0"));
    set(QStringLiteral("ip.gateway"), QStringLiteral("127.0.0.1"));
    if (config.field(u"ip.dns"))
        set(QStringLiteral("ip.dns"), QStringLiteral("127.0.0.1"));
    set(QStringLiteral("name"), m_identity.name);
    set(QStringLiteral("mac.user"), m_identity.mac.toString());
    for (int i = 0; i < config.portCount(); ++i)
        set(QStringLiteral("port%1.remote_host").arg(i + 1), QStringLiteral("127.0.0.1"));
    return config;
}

SearchReply VirtualModule::searchReply() const
{
    SearchReply reply;
    reply.setIpv4(QHostAddress(m_running.value(u"ip.address")->toString()).toIPv4Address());
    reply.setMac(m_identity.mac);
    reply.setFirmware(m_identity.firmware);
    reply.setEncryption(m_identity.encryption);
    reply.setName(m_running.value(u"name")->toString());
    return reply;
}

bool VirtualModule::storesOnCommand() const
{
    return m_identity.model->takes(Command::Store) && m_storeAnswer == StoreAnswer::Done;
}

T24Reply VirtualModule::t24Reply() const
{
    const auto text = [this](const char *key) { return m_running.value(QString::fromLatin1(key))->toString(); };
    const auto number = [this](const char *key) { return quint32(m_running.value(QString::fromLatin1(key))->toInteger()); };
    const auto address = [&text](const char *key) { return QHostAddress(text(key)).toIPv4Address(); };
    T24Reply::Parameters p;
    p.ipv4 = address("ip.address");
    p.mask = address("ip.mask");
    p.gateway = address("ip.gateway");
    p.localPort = quint16(number("port1.local_port"));
    p.remoteIpv4 = address("port1.remote_host"); // 0 for a domain name
    p.remotePort = quint16(number("port1.remote_port"));
    static const QStringList modes = { QStringLiteral("udp-client"), QStringLiteral("tcp-client"),
                                       QStringLiteral("udp-server"), QStringLiteral("tcp-server") };
    const qsizetype mode = modes.indexOf(text("port1.mode"));
    p.mode = quint8(mode >= 0 ? mode : 1); // the T24 has no HTTPD client: shown as TCP client
    p.baud = number("port1.baud") & 0xFFFFFF;
    static const QStringList parities = { QStringLiteral("odd"), QStringLiteral("even"), QStringLiteral("mark"),
                                          QStringLiteral("space") };
    const qsizetype parity = parities.indexOf(text("port1.parity"));
    p.format = quint8((number("port1.data_bits") - 5) | ((number("port1.stop_bits") - 1) << 2)
                      | (parity >= 0 ? 0x08 | (parity << 4) : 0));
    p.deviceId = quint16(number("device.id"));
    p.flags = quint8(m_running.basic().encode().at(52));
    // A byte of major.minor: firmware 4017 shows as 4.0.
    const quint8 version = quint8(((m_identity.firmware / 1000) % 16) << 4 | ((m_identity.firmware / 100) % 10));
    return T24Reply::create(m_identity.mac, version, p);
}

QByteArray VirtualModule::shortReply(Command command, char status) const
{
    return ShortReply(command, ShortReply::Status(status)).encode();
}

std::optional<QByteArray> VirtualModule::handle(const RequestFrame &frame)
{
    if (isRebooting())
        return std::nullopt;
    const Command command = frame.command();
    if (command == Command::Search)
        return searchReply().encode();
    if (frame.mac() != m_identity.mac)
        return std::nullopt;
    if (m_dropRequests > 0) {
        --m_dropRequests;
        return std::nullopt;
    }
    if (command == Command::Store && m_storeAnswer == StoreAnswer::Silent)
        return std::nullopt;
    if (!frame.checksumOk() || !m_identity.model->takes(command) || (command == Command::Store && !storesOnCommand()))
        return shortReply(command, 'E');
    if (frame.user() != m_running.value(u"user")->toString()
        || frame.password() != m_running.value(u"password")->toString())
        return shortReply(command, command == Command::Restart ? m_identity.model->wrongLoginOnRestart : 'P');

    switch (command) {
    case Command::Read:
        return m_working.encode();
    case Command::WriteBasic:
    case Command::WritePort1:
    case Command::WritePort2:
    case Command::WritePort3:
    case Command::WriteCloud: {
        const BlockKind kind = command == Command::WriteBasic ? BlockKind::Basic
                : command == Command::WriteCloud               ? BlockKind::Cloud
                                                               : BlockKind::Port;
        const auto block = ParamBlock::parse(kind, frame.params(), nullptr);
        if (block && kind == BlockKind::Cloud && !m_working.hasCloud()) {
            m_unreadCloud = block->encode();
            return shortReply(command, 'K');
        }
        if (!block || !m_working.setBlock(*block, qMax(0, commandPortIndex(command))))
            return shortReply(command, 'E');
        // A family with no store command keeps what is written (the 302: write, restart).
        if (!storesOnCommand()) {
            m_stored = m_working;
            if (!saveState())
                return shortReply(command, 'E');
            emit stored();
        }
        return shortReply(command, 'K');
    }
    case Command::Store:
        m_stored = m_working;
        if (!saveState())
            return shortReply(command, 'E');
        emit stored();
        return shortReply(command, 'K');
    case Command::FactoryReset:
        restoreDefaults();
        return shortReply(command, m_stateError.isEmpty() ? 'K' : 'E');
    case Command::Restart:
        restart();
        return shortReply(command, 'K');
    case Command::Search:
        break;
    }
    return std::nullopt;
}

bool VirtualModule::saveState()
{
    if (m_stateFile.isEmpty())
        return true;
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_stored.encode()) < 0 || !file.commit()) {
        m_stateError = tr("%1: %2").arg(m_stateFile, file.errorString());
        return false;
    }
    return true;
}

Result<void> VirtualModule::applyChanges(const FieldChanges &changes)
{
    DeviceConfig changed = m_working;
    for (const auto &[key, value] : changes) {
        if (const auto set = changed.setValue(key, value); !set)
            return set;
    }
    m_working = changed;
    m_stored = changed;
    if (!saveState())
        return Failure { m_stateError };
    emit stored();
    return {};
}

void VirtualModule::restart()
{
    m_rebootTimer.start();
}

void VirtualModule::restartNow()
{
    m_rebootTimer.stop();
    finishReboot();
}

void VirtualModule::enterBootLoader(int interfaceIndex)
{
    if (m_inBootLoader)
        return;
    m_rebootTimer.stop();
    m_inBootLoader = true;
    emit bootLoaderEntered(interfaceIndex);
}

void VirtualModule::installFirmware(std::optional<quint16> version, const QByteArray &sha256)
{
    if (version)
        m_identity.firmware = *version;
    m_firmwareSha256 = sha256;
    m_inBootLoader = false;
    emit firmwareInstalled();
    restart();
}

void VirtualModule::restoreDefaults()
{
    m_working = m_savedDefaults ? *m_savedDefaults : factoryConfig();
    m_stored = m_working;
    m_atSettings.clear();
    m_echo = true;
    m_stateError.clear();
    saveState();
}

void VirtualModule::saveAsDefaults()
{
    m_savedDefaults = m_working;
}

namespace {
QString atSettingKey(const QString &command, int port)
{
    return port > 1 ? command + QString::number(port) : command;
}
} // namespace

QString VirtualModule::atSetting(const QString &command, int port) const
{
    if (const auto it = m_atSettings.find(atSettingKey(command, port)); it != m_atSettings.end())
        return *it;
    QStringList defaults;
    if (const at::CommandDef *def = at::Catalogue::find(command)) {
        for (const at::Param &param : def->params)
            defaults << QLatin1String(param.defaultValue);
    }
    return defaults.join(QLatin1Char(','));
}

void VirtualModule::setAtSetting(const QString &command, int port, const QString &value)
{
    m_atSettings.insert(atSettingKey(command, port), value);
}

void VirtualModule::finishReboot()
{
    m_running = m_stored;
    m_working = m_stored;
    emit restarted();
}

} // namespace s2e::emu
