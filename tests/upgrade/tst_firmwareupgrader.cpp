#include "loopbackemulator.h"
#include "testplatform.h"
#include "testfirmware.h"
#include "protocol/upgrade/tftppacket.h"
#include "upgrade/firmwareupgrader.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>

using namespace s2e;

class tst_FirmwareUpgrader : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    FirmwareUpgrader::Options m_options;
    emu::BootLoader::Ports m_loaderPorts;

    std::optional<Result<FirmwareUpgrader::Report>> upgrade(FirmwareUpgrader &upgrader, const QByteArray &image,
                                                           int ms = 30000)
    {
        std::optional<Result<FirmwareUpgrader::Report>> result;
        upgrader.start(image, [&](Result<FirmwareUpgrader::Report> r) { result.emplace(r); });
        QDeadlineTimer deadline(ms);
        while (!result && !deadline.hasExpired())
            QTest::qWait(5);
        return result;
    }

private slots:
    void init()
    {
        if (runningUnderWine())
            QSKIP("under Wine the BOOTP and TFTP exchange with the in-process TI-style boot loader does not complete (not yet diagnosed; it does on Linux)");
        // Unprivileged ports on both sides.
        auto options = LoopbackEmulator::options(2);
        options.bootLoader.bootpServer = freeUdpPort();
        options.bootLoader.bootpClient = freeUdpPort();
        options.bootLoader.tftp = freeUdpPort();
        options.bootLoader.tftpClient = freeUdpPort();
        options.bootLoader.blockTimeoutMs = 300;
        options.bootLoader.firstRequestMs = 200;
        m_loaderPorts = options.bootLoader;
        QVERIFY(m_emu.start(options));
        m_options = FirmwareUpgrader::Options();
        m_options.mac = m_emu.module(1)->identity().mac;
        m_options.targets = m_emu.targets();
        m_options.settingPorts = m_emu.settingPorts();
        m_options.magicPort = m_emu.emulator->magicPort();
        m_options.bootpPort = options.bootLoader.bootpServer;
        m_options.bootpClientPort = options.bootLoader.bootpClient;
        m_options.tftpPort = options.bootLoader.tftp;
        m_options.blockTimeoutMs = 300;
    }

    void cleanup() { m_emu.emulator.reset(); }

    void fullUpgrade()
    {
        const QByteArray image = testFirmware(4021);
        FirmwareUpgrader upgrader(m_options);
        QSignalSpy stages(&upgrader, &FirmwareUpgrader::stageStarted);
        const auto result = upgrade(upgrader, image);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        QCOMPARE(result->value().firmware, 4021);
        QCOMPARE(result->value().sha256, FirmwareImage::sha256(image));
        QCOMPARE(m_emu.module(1)->firmwareSha256(), FirmwareImage::sha256(image)); // byte-exact
        QCOMPARE(m_emu.module(1)->identity().firmware, 4021);
        QCOMPARE(m_emu.module(0)->identity().firmware, 4017); // only the target
        QCOMPARE(stages.count(), 7);
        // The loader asked with no address: it was given the module's, and this machine's.
        QCOMPARE(result->value().givenAddress, m_emu.module(1)->identity().address);
        QCOMPARE(result->value().serverAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(result->value().transferRestarts, 0);
        QVERIFY(result->value().checkNote.isEmpty());
        QCOMPARE(m_emu.emulator->bootLoader(1)->readRequestsSent(), 2); // TI's loader sends it twice
        QCOMPARE(m_emu.emulator->bootLoader(1)->transferRestarts(), 0);
        QVERIFY(!m_emu.module(1)->isInBootLoader());
    }

    void implausibleImagesAreRefusedBeforeTheModuleIsTouched_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::addColumn<QString>("reason");
        QByteArray stack = testFirmware(1);
        bytes::writeLe(stack, 0, 4, 0x00001000);
        QByteArray even = testFirmware(1);
        bytes::writeLe(even, 4, 4, 0x4100);
        QByteArray outside = testFirmware(1);
        bytes::writeLe(outside, 4, 4, 0x00100001);
        QTest::newRow("stack") << stack << "stack pointer";
        QTest::newRow("thumb") << even << "is even";
        QTest::newRow("reset outside") << outside << "outside the image";
        QTest::newRow("too large") << testFirmware(1, 0x50004) << "application area";
    }

    void implausibleImagesAreRefusedBeforeTheModuleIsTouched()
    {
        QFETCH(QByteArray, image);
        QFETCH(QString, reason);
        FirmwareUpgrader upgrader(m_options);
        const auto result = upgrade(upgrader, image);
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().contains(reason), qPrintable(result->error()));
        QVERIFY(result->error().contains(QStringLiteral("refused")));
        QTest::qWait(200);
        QVERIFY(!m_emu.module(1)->isInBootLoader()); // no magic packet went out
    }

    void anotherHostsReadRequestGetsAnErrorNotTheImage()
    {
        const QByteArray image = testFirmware(4022, 60000);
        FirmwareUpgrader upgrader(m_options);
        // Another machine on the segment asks the TFTP server for the boot file mid-transfer.
        QUdpSocket stranger;
        QVERIFY2(stranger.bind(QHostAddress(QStringLiteral("127.0.0.50")), 0), qPrintable(stranger.errorString()));
        bool asked = false;
        connect(&upgrader, &FirmwareUpgrader::progressChanged, this, [&](qint64 sent, qint64) {
            if (sent >= 8192 && !asked) {
                asked = true;
                stranger.writeDatagram(TftpPacket::readRequest(m_options.bootFile).encode(), QHostAddress::LocalHost,
                                       m_options.tftpPort);
            }
        });
        const auto result = upgrade(upgrader, image);
        QVERIFY(asked);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        QCOMPARE(result->value().transferRestarts, 0);
        QCOMPARE(m_emu.module(1)->firmwareSha256(), FirmwareImage::sha256(image));
        QVERIFY(stranger.hasPendingDatagrams());
        const auto answer = TftpPacket::parse(stranger.receiveDatagram().data(), nullptr);
        QVERIFY(answer);
        QCOMPARE(answer->opcode, TftpPacket::Opcode::Error);
        QCOMPARE(answer->block, 2); // the error code: access violation
        QVERIFY(!stranger.hasPendingDatagrams()); // no data block
    }

    void interruptedThenRetried()
    {
        const QByteArray image = testFirmware(4030, 60000);
        {
            FirmwareUpgrader first(m_options);
            std::optional<Result<FirmwareUpgrader::Report>> outcome;
            // The host goes away in the middle of the transfer.
            connect(&first, &FirmwareUpgrader::progressChanged, this, [&](qint64 sent, qint64) {
                if (sent >= 8192)
                    first.cancel();
            });
            first.start(image, [&](Result<FirmwareUpgrader::Report> r) { outcome.emplace(r); });
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
            QVERIFY(!outcome->ok());
            QVERIFY2(outcome->error().contains(QStringLiteral("cancelled")), qPrintable(outcome->error()));
        }
        QVERIFY(m_emu.module(1)->isInBootLoader());
        // The module in its boot loader answers no search: its address is given instead. The
        // loader gives the transfer up and asks again; a new upgrade completes it.
        FirmwareUpgrader lost(m_options);
        const auto unknown = upgrade(lost, image);
        QVERIFY(unknown && !unknown->ok());
        QVERIFY2(unknown->error().contains(QStringLiteral("give --module-ip")), qPrintable(unknown->error()));
        auto options = m_options;
        options.moduleIp = m_emu.module(1)->identity().address;
        FirmwareUpgrader second(options);
        const auto result = upgrade(second, image);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        QCOMPARE(result->value().firmware, 4030);
        QCOMPARE(m_emu.module(1)->firmwareSha256(), FirmwareImage::sha256(image));
    }

    void encryptedModuleTakesWhatTheVectorCheckWouldRefuse()
    {
        // Its images are ciphertext: only their size can be checked. The plain module beside
        // it refuses the same image.
        QByteArray image = testFirmware(4050);
        bytes::writeLe(image, 0, 4, 0x00001000);
        QVERIFY(!FirmwareImage::check(image).ok());
        auto emulatorOptions = LoopbackEmulator::options(1);
        emulatorOptions.firstAddress = QHostAddress(QStringLiteral("127.0.0.40"));
        emulatorOptions.firstNumber = 40;
        emulatorOptions.encryption = 1;
        emulatorOptions.bootLoader = m_loaderPorts;
        LoopbackEmulator encrypted;
        QVERIFY(encrypted.start(emulatorOptions));
        auto options = m_options;
        options.mac = encrypted.module(0)->identity().mac;
        options.settingPorts = encrypted.settingPorts();
        options.magicPort = encrypted.emulator->magicPort();
        FirmwareUpgrader upgrader(options);
        QSignalSpy notes(&upgrader, &FirmwareUpgrader::noticed);
        const auto result = upgrade(upgrader, image);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        QVERIFY2(result->value().checkNote.contains(QStringLiteral("encryption version 1")),
                 qPrintable(result->value().checkNote));
        QCOMPARE(notes.count(), 1);
        QCOMPARE(encrypted.module(0)->firmwareSha256(), FirmwareImage::sha256(image));
        QCOMPARE(encrypted.module(0)->identity().firmware, 4050);

        FirmwareUpgrader plain(m_options);
        const auto refused = upgrade(plain, image);
        QVERIFY(refused && !refused->ok());
        QVERIFY2(refused->error().contains(QStringLiteral("stack pointer")), qPrintable(refused->error()));
        QVERIFY(!m_emu.module(1)->isInBootLoader());
    }

    void busyPortIsExplained()
    {
        QUdpSocket squatter;
        QVERIFY(squatter.bind(QHostAddress::AnyIPv4, m_options.bootpPort));
        FirmwareUpgrader upgrader(m_options);
        const auto result = upgrade(upgrader, testFirmware(1));
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().contains(QStringLiteral("cannot listen on UDP port %1").arg(m_options.bootpPort)),
                 qPrintable(result->error()));
        QVERIFY(FirmwareUpgrader::bindAdvice(67, QStringLiteral("Permission denied"))
                        .contains(QStringLiteral("setcap cap_net_bind_service=+ep")));
    }
};

QTEST_GUILESS_MAIN(tst_FirmwareUpgrader)
#include "tst_firmwareupgrader.moc"
