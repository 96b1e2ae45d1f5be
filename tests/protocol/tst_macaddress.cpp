#include "protocol/macaddress.h"

#include <QTest>

using namespace s2e;

class tst_MacAddress : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("colons") << "D8:B0:4C:C0:0D:65" << true;
        QTest::newRow("lower dashes") << "d8-b0-4c-c0-0d-65" << true;
        QTest::newRow("bare") << "D8B04CC00D65" << true;
        QTest::newRow("padded") << " D8:B0:4C:C0:0D:65 " << true;
        QTest::newRow("mixed separators") << "D8:B0-4C:C0:0D:65" << false;
        QTest::newRow("short") << "D8:B0:4C:C0:0D" << false;
        QTest::newRow("long") << "D8:B0:4C:C0:0D:65:00" << false;
        QTest::newRow("bad digit") << "D8:B0:4C:C0:0D:6G" << false;
        QTest::newRow("misplaced separator") << "D8B:0:4C:C0:0D:65" << false;
        QTest::newRow("empty") << "" << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto mac = MacAddress::parse(text);
        QCOMPARE(mac.has_value(), valid);
        if (valid) {
            QCOMPARE(mac->toString(), QStringLiteral("D8:B0:4C:C0:0D:65"));
            QCOMPARE(mac->bytes(), QByteArray::fromHex("D8B04CC00D65"));
        }
    }

    void fromBytes()
    {
        QVERIFY(!MacAddress::fromBytes(QByteArray(5, 'a')));
        QVERIFY(!MacAddress::fromBytes(QByteArray(7, 'a')));
        const auto mac = MacAddress::fromBytes(QByteArray::fromHex("000000000001"));
        QVERIFY(mac);
        QVERIFY(!mac->isNull());
        QVERIFY(MacAddress().isNull());
        QVERIFY(MacAddress() < *mac);
        QCOMPARE(mac->toString(), QStringLiteral("00:00:00:00:00:01"));
    }
};

QTEST_GUILESS_MAIN(tst_MacAddress)
#include "tst_macaddress.moc"
