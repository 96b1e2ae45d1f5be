#pragma once

#include "protocol/deviceconfig.h"
#include "protocol/macaddress.h"
#include "protocol/requestframe.h"
#include "protocol/searchreply.h"
#include "protocol/t24reply.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace s2e::emu {

// What makes one virtual module itself.
struct ModuleIdentity
{
    MacAddress mac;
    // The module's own loopback address: its default IP, and later where its data ports live.
    QHostAddress address;
    QString name;
    quint16 firmware = 4017;
    // Non-zero: the module takes encrypted firmware images (protocol.md §6).
    quint16 encryption = 0;
    const ModelDef *model = &ModelTable::all().front();
};

// How a module takes the store command (0x04). A module that refuses or ignores it keeps
// every write as it is made, as modules of a family without the command do (protocol.md §8).
enum class StoreAnswer : quint8 { Done, Refused, Silent };

// The device side of the setting protocol for one module. Parameters exist three times,
// as on the module: the working copy that writes change and reads return, the stored copy
// that store commits (and a state file keeps across runs), and the running copy that search
// reports and credentials are checked against, taken from the stored copy at each restart.
class VirtualModule : public QObject
{
    Q_OBJECT

public:
    // With a state file, the stored copy is loaded from it (when it exists and is sound)
    // and written to it at every store.
    VirtualModule(const ModuleIdentity &identity, const QString &stateFile, QObject *parent = nullptr);

    // Answers one datagram: a search reply, a short reply, a read reply, or nothing.
    std::optional<QByteArray> handle(const RequestFrame &frame);

    const ModuleIdentity &identity() const { return m_identity; }
    // The factory parameters: its family's defaults with this module's address, name and MAC.
    DeviceConfig factoryConfig() const;
    const DeviceConfig &workingConfig() const { return m_working; }
    const DeviceConfig &storedConfig() const { return m_stored; }
    const DeviceConfig &runningConfig() const { return m_running; }
    SearchReply searchReply() const;
    // Its answer to the older T24 search, from its running parameters (protocol.md §8).
    T24Reply t24Reply() const;
    // Rebooting or in its boot loader: the application answers nothing.
    bool isRebooting() const { return m_rebootTimer.isActive() || m_inBootLoader; }
    bool isInBootLoader() const { return m_inBootLoader; }
    // A magic packet arrived by this interface (0: unknown); the loader asks out of it.
    void enterBootLoader(int interfaceIndex = 0);
    // The boot loader wrote a new application: its version (when the image names one) and
    // hash; the module restarts into it.
    void installFirmware(std::optional<quint16> version, const QByteArray &sha256);
    QByteArray firmwareSha256() const { return m_firmwareSha256; }

    // Custom web pages uploaded on the upload port, served from the web port.
    void setWebPages(const QHash<QString, QByteArray> &pages) { m_webPages = pages; }
    const QHash<QString, QByteArray> &webPages() const { return m_webPages; }

    void setRebootDelay(int ms) { m_rebootTimer.setInterval(ms); }
    void setStoreAnswer(StoreAnswer answer) { m_storeAnswer = answer; }

    // Changes made outside the setting protocol (AT commands): saved at once, in force after
    // the next restart, as on the module.
    Result<void> applyChanges(const FieldChanges &changes);
    void restart();
    // Restarts without the reboot delay: for setting a module up before anyone talks to it.
    void restartNow();
    // Factory parameters (or the defaults AT+CFGTF saved) and default AT settings.
    void restoreDefaults();
    // AT+CFGTF: the current parameters become what a restore brings back.
    void saveAsDefaults();
    // AT settings the parameter blocks do not hold (AT+SEARCH, AT+HEARTEN…), by command name
    // and port number (0 when the command takes none), as their canonical argument text;
    // the catalogue's defaults until set.
    QString atSetting(const QString &command, int port = 0) const;
    void setAtSetting(const QString &command, int port, const QString &value);
    bool echo() const { return m_echo; }
    // Connection state of serial port 1 for AT+SOCKLK, from the data plane when it runs.
    QString linkState() const { return m_linkState ? m_linkState() : QStringLiteral("IDLE"); }
    void setLinkStateSource(std::function<QString()> source) { m_linkState = std::move(source); }
    void setEcho(bool on) { m_echo = on; }
    // Ignore this many requests other than search, as a lossy link would.
    void setDropFirstRequests(int count) { m_dropRequests = count; }
    QString stateError() const { return m_stateError; }

signals:
    void restarted();
    void stored();
    void bootLoaderEntered(int interfaceIndex);
    void firmwareInstalled();

private:
    QByteArray shortReply(Command command, char status) const;
    // Whether writes wait for a store command; otherwise each is kept as it is made.
    bool storesOnCommand() const;
    bool saveState();
    void finishReboot();

    ModuleIdentity m_identity;
    QString m_stateFile;
    QString m_stateError;
    DeviceConfig m_working;
    DeviceConfig m_stored;
    DeviceConfig m_running;
    QTimer m_rebootTimer;
    int m_dropRequests = 0;
    StoreAnswer m_storeAnswer = StoreAnswer::Done;
    std::optional<DeviceConfig> m_savedDefaults;
    QHash<QString, QString> m_atSettings;
    bool m_echo = true;
    std::function<QString()> m_linkState;
    bool m_inBootLoader = false;
    QByteArray m_firmwareSha256;
    QHash<QString, QByteArray> m_webPages;
    // USR-cloud parameters of a family whose read does not return them (the 410S).
    QByteArray m_unreadCloud;
};

} // namespace s2e::emu
