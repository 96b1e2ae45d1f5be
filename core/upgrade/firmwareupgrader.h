#pragma once

#include "net/founddevice.h"
#include "net/settingtarget.h"
#include "protocol/macaddress.h"
#include "protocol/result.h"
#include "protocol/upgrade/firmwareimage.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkDatagram;
class QUdpSocket;

namespace s2e {

class DeviceFinder;

// Firmware upgrade through TI's Ethernet boot loader (protocol.md §6): find the module by
// its MAC (its address, how it answers, whether it takes encrypted images), check the image,
// magic packet, answer the loader's BOOTP request (which carries no address: the module's
// address from the search is given to it), serve the image by TFTP, then wait for the module
// to answer a search with its new firmware.
class FirmwareUpgrader : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Find, Check, Listen, Magic, Bootp, Tftp, Reappear };
    Q_ENUM(Stage)

    struct Options
    {
        MacAddress mac;
        QList<SettingTarget> targets = defaultSettingTargets(); // search, magic packet, BOOTP reply
        SettingPorts settingPorts = defaultSettingPorts();
        quint16 magicPort = 9;
        quint16 bootpPort = 67; // ours (server)
        quint16 bootpClientPort = 68; // the module's
        quint16 tftpPort = 69;
        // The address given to the boot loader (yiaddr); null: the module's from the search.
        QHostAddress moduleIp;
        // Ours, as the module reaches it (siaddr); null: this machine's address on the
        // interface the module answered on.
        QHostAddress serverIp;
        FirmwareLayout layout;
        bool force = false; // send an image that fails the checks
        int findTimeoutMs = 3000;
        int blockTimeoutMs = 1000;
        int attempts = 5;
        int timeoutMs = 120000;
        QString bootFile = QStringLiteral("firmware.bin");
    };

    struct Report
    {
        quint16 firmware = 0;
        QByteArray sha256;
        QHostAddress address; // where the module answered with its new firmware
        QHostAddress givenAddress; // yiaddr
        QHostAddress serverAddress; // siaddr
        // Why the image's vector table was not checked (an encrypted module); empty otherwise.
        QString checkNote;
        // Transfers started over for a new read request of the loader after a lost one.
        int transferRestarts = 0;
    };

    explicit FirmwareUpgrader(const Options &options, QObject *parent = nullptr);

    void start(const QByteArray &image, std::function<void(Result<Report>)> callback);
    // Stops at once; a module left in its boot loader waits there for the next attempt.
    void cancel();

    static QString stageName(Stage stage);
    // Why a privileged port cannot be bound, and what to do about it.
    static QString bindAdvice(quint16 port, const QString &error);

signals:
    void stageStarted(s2e::FirmwareUpgrader::Stage stage);
    void progressChanged(qint64 sent, qint64 total);
    // What the boot loader will be told: its address and this machine's.
    void addressesChosen(const QHostAddress &module, const QHostAddress &server);
    // Something the user should know that does not stop the upgrade.
    void noticed(const QString &message);

private:
    bool enter(Stage stage);
    void found(const std::optional<FoundDevice> &device);
    void checkAndListen(quint16 encryption);
    void sendMagic();
    void readBootp();
    void answerBootp(const QNetworkDatagram &datagram, quint32 xid);
    void readTftpRequests();
    void startTransfer(const QHostAddress &address, quint16 port);
    void readTransfer();
    void sendBlock();
    void onBlockTimeout();
    void waitForNewFirmware();
    void finish(Result<Report> result);
    Failure failure(const QString &cause) const;
    QHostAddress serverAddressFor(const QHostAddress &module) const;

    Options m_options;
    Stage m_stage = Stage::Find;
    QByteArray m_image;
    Report m_report;
    QUdpSocket *m_bootp = nullptr;
    QUdpSocket *m_tftp = nullptr;
    QUdpSocket *m_transfer = nullptr;
    QHostAddress m_moduleAddress;
    quint16 m_modulePort = 0;
    quint16 m_block = 0;
    int m_attempt = 0;
    bool m_transferred = false;
    QTimer m_magicTimer;
    QTimer m_blockTimer;
    QTimer m_overall;
    DeviceFinder *m_finder = nullptr;
    std::function<void(Result<Report>)> m_callback;
};

} // namespace s2e
