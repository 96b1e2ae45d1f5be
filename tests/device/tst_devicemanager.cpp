#include "device/devicemanager.h"
#include "loopbackemulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace s2e;

// The device manager without any widget: jobs run to their end whatever else starts, one
// per module, outcomes said once, credentials asked for on the code and kept after a save.
class tst_DeviceManager : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    std::unique_ptr<DeviceManager> m_manager;

    MacAddress mac(int module) const { return m_emu.module(module)->identity().mac; }

    // How a job ended: how often it finished, and its result, taken while it still exists
    // (the manager deletes its jobs once they have finished).
    struct Ended
    {
        int count = 0;
        Result<void> result;
    };

    static Ended waitEnded(Job *job, int ms = 15000)
    {
        auto ended = std::make_shared<Ended>();
        QObject::connect(job, &Job::finished, job, [job, ended] {
            ++ended->count;
            ended->result = job->result();
        });
        QDeadlineTimer deadline(ms);
        while (ended->count == 0 && !deadline.hasExpired())
            QTest::qWait(5);
        QTest::qWait(20); // a second finish would come here
        return *ended;
    }

private slots:
    void init()
    {
        auto options = LoopbackEmulator::options(3);
        options.rebootMs = 300;
        QVERIFY(m_emu.start(options));
        m_manager = std::make_unique<DeviceManager>(
                DeviceManager::Options { [this] { return m_emu.channelOptions(); }, LoopbackEmulator::applyOptions() });
    }

    void cleanup()
    {
        m_manager.reset();
        m_emu.emulator.reset();
    }

    void aReadEndsOnceWithTheParameters()
    {
        QSignalSpy statuses(m_manager.get(), &DeviceManager::statusChanged);
        const auto job = m_manager->read(mac(0));
        QVERIFY(job);
        QVERIFY(m_manager->isBusy(mac(0)));
        std::optional<DeviceConfig> config;
        connect(m_manager.get(), &DeviceManager::jobFinished, this, [&](ConfigJob *finished) {
            if (auto *read = qobject_cast<ReadJob *>(finished))
                config = read->config();
        });
        QCOMPARE(waitEnded(*job).count, 1);
        QVERIFY(config);
        QCOMPARE(*config, m_emu.module(0)->workingConfig());
        QVERIFY(!m_manager->isBusy(mac(0)));
        QCOMPARE(m_manager->statusOf(mac(0)), QStringLiteral("read"));
        QVERIFY(statuses.count() >= 2); // "reading…", then "read"
    }

    void oneJobPerModuleAndTheRefusalSaysWhy()
    {
        const auto save = m_manager->save(mac(1), { { QStringLiteral("port1.baud"), 9600 } });
        QVERIFY(save);
        const auto read = m_manager->read(mac(1));
        QVERIFY(!read);
        QCOMPARE(read.errorCode(), ErrorCode::Busy);
        QVERIFY2(read.error().startsWith(mac(1).toString() + QStringLiteral(": saving")), qPrintable(read.error()));
        QVERIFY(read.error().endsWith(QStringLiteral("wait until it ends")));
        QVERIFY(!m_manager->restart(mac(1), true));
        // Other modules are free.
        const auto other = m_manager->read(mac(2));
        QVERIFY(other);
        const Ended saved = waitEnded(*save);
        QCOMPARE(saved.count, 1);
        QVERIFY(saved.result.ok());
    }

    void aSaveGoesOnWhileAnotherModuleIsRead()
    {
        QStringList finishedOrder;
        connect(m_manager.get(), &DeviceManager::jobFinished, this,
                [&](ConfigJob *job) { finishedOrder << job->subject(); });
        const auto save = m_manager->save(mac(0), { { QStringLiteral("port1.baud"), 4800 } });
        QVERIFY(save);
        // The view moves on at once, as a user clicking another row does.
        QVERIFY(m_manager->read(mac(1)));
        QVERIFY(m_manager->read(mac(2)));
        QTRY_COMPARE_WITH_TIMEOUT(finishedOrder.size(), 3, 15000);
        QVERIFY(finishedOrder.contains(mac(0).toString()));
        QCOMPARE(m_manager->statusOf(mac(0)), QStringLiteral("saved"));
        // Written, stored and in force after the restart: nothing dropped.
        QCOMPARE(*m_emu.module(0)->runningConfig().value(u"port1.baud"), QJsonValue(4800));
        QCOMPARE(*m_emu.module(0)->storedConfig().value(u"port1.baud"), QJsonValue(4800));
    }

    void aRefusedLoginAsksAndRetriesTheSameJob()
    {
        QVERIFY(m_emu.module(2)->applyChanges({ { QStringLiteral("password"), QStringLiteral("s3cr") } }).ok());
        m_emu.module(2)->restart();
        QTRY_VERIFY(!m_emu.module(2)->isRebooting());
        QSignalSpy asked(m_manager.get(), &DeviceManager::credentialsNeeded);
        const auto save = m_manager->save(mac(2), { { QStringLiteral("port1.baud"), 19200 } });
        QVERIFY(save);
        QCOMPARE(waitEnded(*save).count, 1);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().value<MacAddress>(), mac(2));
        QCOMPARE(m_manager->statusOf(mac(2)), QStringLiteral("save failed"));
        // Repeated with other credentials: the same save, not a read.
        const auto again = m_manager->retry(mac(2), { QStringLiteral("admin"), QStringLiteral("s3cr") });
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(qobject_cast<ApplyJob *>(*again));
        const Ended retried = waitEnded(*again);
        QCOMPARE(retried.count, 1);
        QVERIFY2(retried.result.ok(), qPrintable(retried.result.error()));
        QCOMPARE(*m_emu.module(2)->runningConfig().value(u"port1.baud"), QJsonValue(19200));
        QVERIFY(!m_manager->retry(mac(2), {}));
    }

    void aSaveThatChangesThePasswordKeepsItForTheNextJob()
    {
        const auto save = m_manager->save(mac(0), { { QStringLiteral("password"), QStringLiteral("n3w") } });
        QVERIFY(save);
        const Ended saved = waitEnded(*save);
        QCOMPARE(saved.count, 1);
        QVERIFY2(saved.result.ok(), qPrintable(saved.result.error()));
        QCOMPARE(m_manager->credentials(mac(0)).password, QStringLiteral("n3w"));
        QSignalSpy asked(m_manager.get(), &DeviceManager::credentialsNeeded);
        const auto read = m_manager->read(mac(0));
        const Ended read2 = waitEnded(*read);
        QCOMPARE(read2.count, 1);
        QVERIFY(read2.result.ok());
        QCOMPARE(asked.count(), 0);
    }

    void cancellingSaysWhatTheModuleWasLeftWith()
    {
        const QJsonValue before = *m_emu.module(1)->runningConfig().value(u"port1.baud");
        const auto early = m_manager->save(mac(1), { { QStringLiteral("port1.baud"), 2400 } });
        (*early)->cancel();
        QCOMPARE((*early)->result().errorCode(), ErrorCode::Cancelled);
        QVERIFY2((*early)->result().error().contains(QStringLiteral("before anything was written")),
                 qPrintable((*early)->result().error()));
        QCOMPARE(m_manager->statusOf(mac(1)), QStringLiteral("save cancelled"));
        QTest::qWait(500);
        QCOMPARE(*m_emu.module(1)->workingConfig().value(u"port1.baud"), before);

        // After the store, while waiting for the restarted module.
        const auto late = m_manager->save(mac(1), { { QStringLiteral("port1.baud"), 2400 } });
        QVERIFY(late);
        ApplyJob *job = *late;
        QTRY_VERIFY_WITH_TIMEOUT(job->clientStep() == ConfigClient::Step::Reappear, 10000);
        QSignalSpy finished(job, &Job::finished);
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->result().errorCode(), ErrorCode::Cancelled);
        QVERIFY2(job->result().error().contains(QStringLiteral("after storing")), qPrintable(job->result().error()));
        QVERIFY(!m_manager->isBusy(mac(1)));
        QCOMPARE(*m_emu.module(1)->storedConfig().value(u"port1.baud"), QJsonValue(2400));
    }

    void aBatchKeepsOtherJobsOffItsModules()
    {
        const auto batch = m_manager->batch({ mac(0), mac(1) }, { { QStringLiteral("port1.baud"), 57600 } });
        QVERIFY(batch);
        QVERIFY(m_manager->isBusy(mac(0)) && m_manager->isBusy(mac(1)));
        QVERIFY(!m_manager->isBusy(mac(2)));
        const auto read = m_manager->read(mac(1));
        QVERIFY(!read);
        QCOMPARE(read.errorCode(), ErrorCode::Busy);
        QVERIFY(read.error().contains(QStringLiteral("in a batch")));
        QVERIFY(!m_manager->batch({ mac(1), mac(2) }, {}));
        BatchJob *job = *batch;
        job->start();
        const Ended done = waitEnded(job, 20000);
        QVERIFY2(done.result.ok(), qPrintable(done.result.error()));
        QVERIFY(!m_manager->hasRunningJobs());
        QCOMPARE(m_manager->statusOf(mac(0)), QStringLiteral("saved"));
        QCOMPARE(*m_emu.module(1)->runningConfig().value(u"port1.baud"), QJsonValue(57600));
    }

    void aReservedModuleTakesNoJobUntilItsHolderGoes()
    {
        QSignalSpy changed(m_manager.get(), &DeviceManager::reservationChanged);
        auto holder = std::make_unique<QObject>();
        QVERIFY(m_manager->reserve(mac(2), holder.get(), QStringLiteral("upgrading firmware")));
        QCOMPARE(changed.size(), 1);
        const auto read = m_manager->read(mac(2));
        QVERIFY(!read);
        QCOMPARE(read.error(), mac(2).toString() + QStringLiteral(": upgrading firmware — wait until it ends"));
        QObject other;
        QVERIFY(!m_manager->reserve(mac(2), &other, QStringLiteral("uploading web pages")));
        QCOMPARE(changed.size(), 1);
        holder.reset();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).value<MacAddress>(), mac(2));
        QVERIFY(!m_manager->isBusy(mac(2)));
        QVERIFY(m_manager->read(mac(2)));
        // A module with a job cannot be reserved either.
        QObject dialog;
        QCOMPARE(m_manager->reserve(mac(2), &dialog, QStringLiteral("upgrading firmware")).errorCode(), ErrorCode::Busy);
    }

    void aModuleThatDoesNotAnswerFailsWithItsCode()
    {
        m_emu.module(0)->setDropFirstRequests(1000);
        const auto read = m_manager->read(mac(0));
        const Ended failed = waitEnded(*read);
        QCOMPARE(failed.count, 1);
        QCOMPARE(failed.result.errorCode(), ErrorCode::Timeout);
        QVERIFY(failed.result.error().startsWith(mac(0).toString() + QStringLiteral(": read: no answer")));
        QCOMPARE(m_manager->statusOf(mac(0)), QStringLiteral("read failed"));
    }
};

QTEST_GUILESS_MAIN(tst_DeviceManager)
#include "tst_devicemanager.moc"
