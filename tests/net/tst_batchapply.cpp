#include "job/batchjob.h"
#include "loopbackemulator.h"
#include "net/batchapply.h"

#include <QSignalSpy>

using namespace s2e;

class tst_BatchApply : public QObject
{
    Q_OBJECT

private slots:
    void appliesToEveryModuleAndReportsEachOne()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(5)));
        QList<MacAddress> macs;
        for (int i = 0; i < 4; ++i)
            macs << emu.module(i)->identity().mac;
        const MacAddress missing = *MacAddress::parse(u"02:55:53:52:0F:FF");
        macs.insert(2, missing);

        const auto options = LoopbackEmulator::applyOptions();
        auto channel = emu.channelOptions();
        channel.attempts = 2;
        BatchApply batch(macs, { { QStringLiteral("port1.baud"), 38400 }, { QStringLiteral("port1.mode"), QStringLiteral("udp-server") } },
                         {}, channel, options);
        batch.setConcurrency(2);
        QSignalSpy moduleFinished(&batch, &BatchApply::moduleFinished);
        QSignalSpy finished(&batch, &BatchApply::finished);
        batch.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(moduleFinished.count(), 5);
        QCOMPARE(batch.results().size(), 5);
        QCOMPARE(batch.failureCount(), 1);
        for (const auto &result : batch.results()) {
            if (result.mac == missing) {
                QVERIFY(result.error.startsWith(missing.toString() + QStringLiteral(": read: no answer")));
                continue;
            }
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.changedKeys, QStringList({ "port1.baud", "port1.mode" }));
        }
        for (int i = 0; i < 4; ++i)
            QCOMPARE(*emu.module(i)->runningConfig().value(u"port1.mode"), QJsonValue("udp-server"));
        QCOMPARE(*emu.module(4)->runningConfig().value(u"port1.mode"), QJsonValue("tcp-server"));
    }

    void usesEachModulesOwnCredentials()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(2)));
        const MacAddress guarded = emu.module(1)->identity().mac;
        QVERIFY(emu.module(1)->applyChanges({ { QStringLiteral("password"), QStringLiteral("pw") } }).ok());
        emu.module(1)->restart();
        QTRY_COMPARE(*emu.module(1)->runningConfig().value(u"password"), QJsonValue("pw"));
        ConfigClient::ApplyOptions options;
        options.restart = false;
        const FieldChanges changes { { QStringLiteral("port1.baud"), 9600 } };
        const QList<MacAddress> macs { emu.module(0)->identity().mac, guarded };

        BatchApply refused(macs, changes, {}, emu.channelOptions(), options);
        QSignalSpy refusedDone(&refused, &BatchApply::finished);
        refused.start();
        QVERIFY(refusedDone.wait(10000));
        QCOMPARE(refused.failureCount(), 1);
        for (const auto &result : refused.results())
            QCOMPARE(result.error.endsWith(QStringLiteral("module rejected the user name or password")), result.mac == guarded);

        BatchApply batch(macs, changes, {}, emu.channelOptions(), options);
        batch.setCredentials(guarded, { QStringLiteral("admin"), QStringLiteral("pw") });
        QSignalSpy finished(&batch, &BatchApply::finished);
        batch.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(batch.failureCount(), 0);
        QCOMPARE(*emu.module(1)->storedConfig().value(u"port1.baud"), QJsonValue(9600));
    }

    void asAJobItCancelsEveryModuleHonestly()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(3)));
        QList<MacAddress> macs;
        for (int i = 0; i < 3; ++i)
            macs << emu.module(i)->identity().mac;
        BatchJob job(macs, { { QStringLiteral("port1.baud"), 2400 } }, {}, emu.channelOptions(),
                     LoopbackEmulator::applyOptions());
        job.batch()->setConcurrency(1);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy modules(job.batch(), &BatchApply::moduleFinished);
        job.start();
        // The first module saved, the second mid-way: then the user cancels.
        QVERIFY(modules.wait(15000));
        QTRY_VERIFY(job.step().startsWith(QStringLiteral("1 of 3")));
        QTest::qWait(30);
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.result().errorCode(), ErrorCode::Cancelled);
        QVERIFY2(job.result().error().contains(QStringLiteral("after 1 of 3 modules")), qPrintable(job.result().error()));
        const auto results = job.batch()->results();
        QCOMPARE(results.size(), 3);
        QVERIFY(results[0].error.isEmpty());
        QVERIFY2(results[1].error.startsWith(macs[1].toString() + QStringLiteral(": cancelled")), qPrintable(results[1].error));
        QCOMPARE(results[2].error, macs[2].toString() + QStringLiteral(": cancelled before it started: the module is unchanged"));
        QTest::qWait(300);
        QCOMPARE(*emu.module(2)->workingConfig().value(u"port1.baud"), QJsonValue(115200));
        QCOMPARE(finished.count(), 1);
    }

    void emptyBatchFinishes()
    {
        BatchApply batch({}, {}, {}, {}, {});
        QSignalSpy finished(&batch, &BatchApply::finished);
        batch.start();
        QVERIFY(finished.wait(1000));
        QCOMPARE(batch.failureCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BatchApply)
#include "tst_batchapply.moc"
