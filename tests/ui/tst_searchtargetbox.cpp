#include "searchtargetbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace s2e;
using namespace s2e::ui;

class tst_SearchTargetBox : public QObject
{
    Q_OBJECT

private slots:
    void parsesAddressLists()
    {
        const auto two = SearchTargetBox::parseAddresses(QStringLiteral(" 192.168.50.255, 10.9.8.7 "));
        QVERIFY(two);
        QCOMPARE(*two, QList<QHostAddress>({ QHostAddress(QStringLiteral("192.168.50.255")), QHostAddress(QStringLiteral("10.9.8.7")) }));
        const auto bad = SearchTargetBox::parseAddresses(QStringLiteral("10.0.0.255, k7.local"));
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("\"k7.local\" is not an IPv4 address"));
        QVERIFY(!SearchTargetBox::parseAddresses(QStringLiteral("::1")));
        QCOMPARE(SearchTargetBox::parseAddresses(QString()).error(), QStringLiteral("no address given"));
    }

    void defaultsToEveryAdapter()
    {
        SearchTargetBox box;
        QCOMPARE(box.currentIndex(), 0);
        QCOMPARE(box.targets().size(), defaultSettingTargets().size());
        QVERIFY(box.recentCustom().isEmpty());
    }

    void customTargetsAreRememberedMostRecentFirst()
    {
        SearchTargetBox box;
        QSignalSpy changed(&box, &SearchTargetBox::targetsChanged);
        box.addCustom({ QHostAddress(QStringLiteral("127.255.255.255")) });
        box.addCustom({ QHostAddress(QStringLiteral("10.9.8.255")), QHostAddress(QStringLiteral("10.9.8.7")) });
        box.addCustom({ QHostAddress(QStringLiteral("127.255.255.255")) });
        QCOMPARE(changed.count(), 3);
        QCOMPARE(box.recentCustom(), QStringList({ "127.255.255.255", "10.9.8.255, 10.9.8.7" }));
        const auto targets = box.targets();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().address, QHostAddress(QStringLiteral("127.255.255.255")));

        SearchTargetBox restored;
        restored.setRecentCustom({ QStringLiteral("10.9.8.255, 10.9.8.7"), QStringLiteral("garbage"), QStringLiteral("10.9.8.255, 10.9.8.7") });
        QCOMPARE(restored.recentCustom(), QStringList({ "10.9.8.255, 10.9.8.7" }));
        QCOMPARE(restored.currentIndex(), 0); // restored choices are offered, not chosen
    }

    void keepsAtMostEightRecent()
    {
        SearchTargetBox box;
        for (int i = 1; i <= 12; ++i)
            box.addCustom({ QHostAddress(QStringLiteral("10.0.%1.255").arg(i)) });
        QCOMPARE(box.recentCustom().size(), SearchTargetBox::MaxRecent);
        QCOMPARE(box.recentCustom().first(), QStringLiteral("10.0.12.255"));
    }
};

QTEST_MAIN(tst_SearchTargetBox)
#include "tst_searchtargetbox.moc"
