#include "job/upgradejobs.h"
#include "testplatform.h"
#include "loopbackemulator.h"
#include "protocol/upgrade/fsimage.h"
#include "protocol/upgrade/tftppacket.h"
#include "upgrade/webpageuploader.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace s2e;

namespace {

// A module played by the test: it follows the protocol, and can lose an acknowledgement
// or drop the connection at a given block.
struct ScriptedModule
{
    QTcpServer server;
    QTcpSocket *client = nullptr;
    QByteArray buffer;
    QByteArray image;
    QList<int> blockSizes;
    int connections = 0;
    int loseAckOfBlock = -1;
    int killAtBlock = -1;
    bool answerHello = true;

    ScriptedModule()
    {
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            client = server.nextPendingConnection();
            ++connections;
            QObject::connect(client, &QTcpSocket::readyRead, client, [this] { read(); });
        });
    }

    void read()
    {
        buffer += client->readAll();
        if (buffer.startsWith(QByteArray(6, char(0xFF)))) {
            buffer.remove(0, 6);
            client->write(answerHello ? QByteArray(4, char(0xAA)) : QByteArray("NOPE"));
        }
        // The uploader waits for each acknowledgement, so a read holds at most one block.
        if (buffer.size() < 4)
            return;
        const auto block = TftpPacket::parse(buffer, nullptr);
        buffer.clear();
        if (!block)
            return;
        if (block->block == killAtBlock) {
            client->abort();
            return;
        }
        if (block->block == loseAckOfBlock) {
            loseAckOfBlock = -1; // lost once; the resend is acknowledged
            return;
        }
        if (blockSizes.size() == block->block) {
            blockSizes << int(block->data.size());
            image += block->data;
        }
        client->write(TftpPacket::ack(block->block).encode());
    }

    WebPageUploader::Options options(int timeoutMs = 3000) const
    {
        WebPageUploader::Options options;
        options.address = QHostAddress::LocalHost;
        options.port = server.serverPort();
        options.timeoutMs = timeoutMs;
        return options;
    }
};

std::optional<Result<void>> upload(WebPageUploader &uploader, const QByteArray &image, int ms = 20000)
{
    std::optional<Result<void>> result;
    uploader.start(image, [&](Result<void> r) { result.emplace(r); });
    QDeadlineTimer deadline(ms);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result;
}

} // namespace

class tst_WebPageUploader : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<int>>("blocks");
        QTest::newRow("0") << 0 << QList<int> { 0 };
        QTest::newRow("1") << 1 << QList<int> { 1 };
        QTest::newRow("511") << 511 << QList<int> { 511 };
        QTest::newRow("512") << 512 << QList<int> { 512, 0 };
        QTest::newRow("513") << 513 << QList<int> { 512, 1 };
        QTest::newRow("1024") << 1024 << QList<int> { 512, 512, 0 };
    }

    void blocks()
    {
        QFETCH(int, size);
        QFETCH(QList<int>, blocks);
        ScriptedModule module;
        WebPageUploader uploader(module.options());
        QSignalSpy progress(&uploader, &WebPageUploader::progressChanged);
        QByteArray image(size, '\0');
        for (int i = 0; i < size; ++i)
            image[i] = char(i * 13);
        const auto result = upload(uploader, image);
        QVERIFY(result && result->ok());
        QCOMPARE(module.blockSizes, blocks);
        QCOMPARE(module.image, image);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(size));
    }

    void lostAcknowledgementIsRetried()
    {
        ScriptedModule module;
        module.loseAckOfBlock = 1;
        WebPageUploader uploader(module.options(300));
        const QByteArray image(1500, 'w');
        const auto result = upload(uploader, image);
        QVERIFY2(result && result->ok(), result ? qPrintable(result->error()) : "timeout");
        QCOMPARE(module.image, image);
        QCOMPARE(module.connections, 1);
    }

    void connectionKilledMidTransfer()
    {
        ScriptedModule module;
        module.killAtBlock = 2;
        WebPageUploader uploader(module.options());
        const auto result = upload(uploader, QByteArray(3000, 'k'));
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().contains(QStringLiteral("connection lost at block 3 of 6")), qPrintable(result->error()));
    }

    void noHandshake()
    {
        ScriptedModule module;
        module.answerHello = false;
        WebPageUploader uploader(module.options());
        const auto result = upload(uploader, "x");
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().contains(QStringLiteral("no upload handshake")), qPrintable(result->error()));
    }

    void silentModule()
    {
        ScriptedModule module;
        module.loseAckOfBlock = 0;
        WebPageUploader::Options options = module.options(200);
        options.attempts = 1;
        WebPageUploader uploader(options);
        const auto result = upload(uploader, "x");
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().contains(QStringLiteral("no acknowledgement for block 1 of 1")), qPrintable(result->error()));
    }

    void nothingListening()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        WebPageUploader::Options options;
        options.address = QHostAddress::LocalHost;
        options.port = port;
        WebPageUploader uploader(options);
        const auto result = upload(uploader, "x");
        QVERIFY(result && !result->ok());
        QVERIFY2(result->error().contains(QStringLiteral("cannot connect")), qPrintable(result->error()));
    }

    void virtualModuleServesTheUploadedPages()
    {
        LoopbackEmulator emu;
        auto emuOptions = LoopbackEmulator::options(1);
        emuOptions.uploadPort = quint16(30000 + QRandomGenerator::global()->bounded(20000));
        QVERIFY(emu.start(emuOptions));
        const QList<FsImage::File> files { { "/index.html", "<h1>custom</h1>" }, { "/app.js", QByteArray(600, 'j') } };
        WebPageUploader::Options options;
        options.address = emu.module(0)->identity().address;
        options.port = emuOptions.uploadPort;
        WebPageUploader uploader(options);
        const auto result = upload(uploader, *FsImage::build(files));
        QVERIFY2(result && result->ok(), result ? qPrintable(result->error()) : "timeout");
        QTRY_COMPARE(emu.module(0)->webPages().size(), 2);
        QCOMPARE(emu.module(0)->webPages().value(QStringLiteral("/app.js")), QByteArray(600, 'j'));
        QCOMPARE(emu.module(0)->webPages().value(QStringLiteral("/index.html")), QByteArray("<h1>custom</h1>"));
    }

    void asAJobItEndsOnceAndCancelsHonestly()
    {
        LoopbackEmulator emu;
        auto emuOptions = LoopbackEmulator::options(1);
        emuOptions.uploadPort = quint16(30000 + QRandomGenerator::global()->bounded(20000));
        QVERIFY(emu.start(emuOptions));
        const QByteArray image = *FsImage::build({ { "/index.html", QByteArray(40000, 'x') } });
        WebPageUploader::Options options;
        options.address = emu.module(0)->identity().address;
        options.port = emuOptions.uploadPort;
        WebUploadJob job(options, image);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy progressed(&job, &Job::progressed);
        job.start();
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
        QVERIFY(progressed.count() > 1);
        QCOMPARE(progressed.last().at(1).toDouble(), 1.0);

        WebUploadJob cancelled(options, image);
        QSignalSpy cancelledFinished(&cancelled, &Job::finished);
        cancelled.start();
        cancelled.cancel();
        QTest::qWait(200);
        QCOMPARE(cancelledFinished.count(), 1);
        QCOMPARE(cancelled.result().errorCode(), ErrorCode::Cancelled);
        QVERIFY(cancelled.result().error().contains(QStringLiteral("keeps its old web pages")));

        if (runningUnderWine())
            QSKIP("under Wine a refused TCP connection reaches Qt only after its own timeout");
        options.port = quint16(emuOptions.uploadPort + 1); // nobody listens
        WebUploadJob refused(options, image);
        QSignalSpy refusedFinished(&refused, &Job::finished);
        refused.start();
        QVERIFY(refusedFinished.wait(10000));
        QCOMPARE(refused.result().errorCode(), ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(tst_WebPageUploader)
#include "tst_webpageuploader.moc"
