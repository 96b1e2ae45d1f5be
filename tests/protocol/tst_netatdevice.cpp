#include "protocol/at/netatdevice.h"

#include <QTest>

using namespace s2e;

class tst_NetAtDevice : public QObject
{
    Q_OBJECT

private slots:
    void parsesKeywordAnswer()
    {
        const auto device = NetAtDevice::parse("192.168.0.7,D8B04CC00D65,USR-K7");
        QVERIFY(device);
        QCOMPARE(device->address.toString(), QStringLiteral("192.168.0.7"));
        QCOMPARE(device->mac, QStringLiteral("D8B04CC00D65"));
        QCOMPARE(device->module, QStringLiteral("USR-K7"));
    }

    void toleratesSpacesAndLowerCase()
    {
        const auto device = NetAtDevice::parse(" 10.9.8.7 , d8b04cc00d65 , USR-TCP232-E2 \r\n");
        QVERIFY(device);
        QCOMPARE(device->address.toString(), QStringLiteral("10.9.8.7"));
        QCOMPARE(device->mac, QStringLiteral("D8B04CC00D65"));
        QCOMPARE(device->module, QStringLiteral("USR-TCP232-E2"));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << QByteArray("192.168.0.7,D8B04CC00D65");
        QTest::newRow("four parts") << QByteArray("1.2.3.4,D8B04CC00D65,X,Y");
        QTest::newRow("host name") << QByteArray("host,D8B04CC00D65,X");
        QTest::newRow("IPv6") << QByteArray("::1,D8B04CC00D65,X");
        QTest::newRow("short MAC") << QByteArray("192.168.0.7,D8B04CC00D6,X");
        QTest::newRow("MAC with colons") << QByteArray("192.168.0.7,D8:B0:4C:C0:0D:65,X");
        QTest::newRow("non-hex MAC") << QByteArray("192.168.0.7,D8B04CC00DZZ,X");
        QTest::newRow("binary") << QByteArray("\x00\xff,\x01,\x02", 7);
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, datagram);
        QVERIFY2(!NetAtDevice::parse(datagram), datagram.constData());
    }
};

QTEST_APPLESS_MAIN(tst_NetAtDevice)
#include "tst_netatdevice.moc"
