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

class QUdpSocket;

namespace s2e {

class DeviceFinder;

// Firmware upgrade through TI's Ethernet boot loader (protocol.md §6): check the image,
// magic packet, answer the module's BOOTP request (and only its), serve the image by TFTP,
// then wait for the module to answer a search with its new firmware.
class FirmwareUpgrader : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Check, Listen, Magic, Bootp, Tftp, Reappear };
    Q_ENUM(Stage)

    struct Options
    {
        MacAddress mac;
        QList<SettingTarget> targets = defaultSettingTargets(); // magic packet and search
        quint16 settingPort = DefaultSettingPort;
        quint16 magicPort = 9;
        quint16 bootpPort = 67; // ours (server)
        quint16 bootpClientPort = 68; // the module's
        quint16 tftpPort = 69;
        QHostAddress serverIp; // ours, as the module reaches it; found from the interfaces when null
        FirmwareLayout layout;
        bool force = false; // send an image that fails the checks
        int blockTimeoutMs = 1000;
        int attempts = 5;
        int timeoutMs = 120000;
        QString bootFile = QStringLiteral("firmware.bin");
    };

    struct Report
    {
        quint16 firmware = 0;
        QByteArray sha256;
        QHostAddress address;
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

private:
    void sendMagic();
    void readBootp();
    void readTftpRequests();
    void readTransfer();
    void sendBlock();
    void onBlockTimeout();
    void finish(Result<Report> result);
    Failure failure(const QString &cause) const;
    QHostAddress serverAddressFor(const QHostAddress &module) const;

    Options m_options;
    Stage m_stage = Stage::Check;
    QByteArray m_image;
    QUdpSocket *m_bootp = nullptr;
    QUdpSocket *m_tftp = nullptr;
    QUdpSocket *m_transfer = nullptr;
    QHostAddress m_moduleAddress;
    quint16 m_modulePort = 0;
    quint16 m_block = 0;
    int m_attempt = 0;
    QTimer m_magicTimer;
    QTimer m_blockTimer;
    QTimer m_overall;
    DeviceFinder *m_finder = nullptr;
    std::function<void(Result<Report>)> m_callback;
};

} // namespace s2e
