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

        ConfigClient::ApplyOptions options;
        options.restartSettleMs = 50;
        options.reappearTimeoutMs = 5000;
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
