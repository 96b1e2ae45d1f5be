#include "protocol/bytes.h"

#include <QTest>

using namespace s2e;

class tst_Bytes : public QObject
{
    Q_OBJECT

private slots:
    void littleEndian()
    {
        const QByteArray data = QByteArray::fromHex("0700A8C0");
        QCOMPARE(bytes::readLe(data, 0, 4), 0xC0A80007u);
        QCOMPARE(bytes::readLe(data, 2, 2), 0xC0A8u);
        QCOMPARE(bytes::readLe(data, 0, 1), 0x07u);
        QByteArray out(6, 'x');
        bytes::writeLe(out, 1, 4, 0xC0A80007u);
        QCOMPARE(out, QByteArray("x\x07\x00\xA8\xC0x", 6));
    }

    void bigEndian()
    {
        const QByteArray data = QByteArray::fromHex("C0A8016B");
        QCOMPARE(bytes::readBe(data, 0, 4), 0xC0A8016Bu);
        QCOMPARE(bytes::readBe(data, 1, 3), 0xA8016Bu);
        QByteArray out(3, '\0');
        bytes::writeBe(out, 0, 3, 115200);
        QCOMPARE(out.toHex(), QByteArray("01c200"));
    }

    void parseIpv4_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint32>("address");
        QTest::newRow("k7 default") << "192.168.0.7" << true << 0xC0A80007u;
        QTest::newRow("zero") << "0.0.0.0" << true << 0u;
        QTest::newRow("all ones") << "255.255.255.255" << true << 0xFFFFFFFFu;
        QTest::newRow("octet over 255") << "256.1.1.1" << false << 0u;
        QTest::newRow("three parts") << "1.2.3" << false << 0u;
        QTest::newRow("five parts") << "1.2.3.4.5" << false << 0u;
        QTest::newRow("empty part") << "1..3.4" << false << 0u;
        QTest::newRow("sign") << "+1.2.3.4" << false << 0u;
        QTest::newRow("space") << "1.2.3. 4" << false << 0u;
        QTest::newRow("letters") << "a.b.c.d" << false << 0u;
        QTest::newRow("four digits") << "0001.2.3.4" << false << 0u;
        QTest::newRow("empty") << "" << false << 0u;
    }

    void parseIpv4()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint32, address);
        const auto parsed = bytes::parseIpv4(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, address);
            QCOMPARE(bytes::ipv4ToString(address), text);
        }
    }

    void parseHex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain") << "FF010102" << true << QByteArray::fromHex("FF010102");
        QTest::newRow("spaces") << "ff 01 01 02" << true << QByteArray::fromHex("FF010102");
        QTest::newRow("colons") << "FF:01:01:02" << true << QByteArray::fromHex("FF010102");
        QTest::newRow("newlines") << "FF01\n0102\r\n" << true << QByteArray::fromHex("FF010102");
        QTest::newRow("empty") << "" << true << QByteArray();
        QTest::newRow("odd digits") << "FF0" << false << QByteArray();
        QTest::newRow("non hex") << "FG" << false << QByteArray();
        QTest::newRow("0x prefix") << "0xFF" << false << QByteArray();
    }

    void parseHex()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QByteArray, bytes);
        const auto parsed = bytes::parseHex(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, bytes);
    }

    void text()
    {
        QCOMPARE(bytes::readText(QByteArrayView("USR-K3\0\0xyz", 11)), QStringLiteral("USR-K3"));
        QCOMPARE(bytes::readText(QByteArrayView("ABCD", 4)), QStringLiteral("ABCD"));
        QCOMPARE(bytes::readText(QByteArrayView("\xE9", 1)), QString(QChar(0xE9)));
        QVERIFY(bytes::isPrintableAscii(u"admin ~"));
        QVERIFY(!bytes::isPrintableAscii(u"tab\t"));
        QVERIFY(!bytes::isPrintableAscii(QString(QChar(0xE9))));
    }

    void sumAndHex()
    {
        QCOMPARE(bytes::sum8(QByteArray::fromHex("0101")), quint8(2));
        QCOMPARE(bytes::sum8(QByteArray::fromHex("FF02")), quint8(1));
        QCOMPARE(bytes::toHex(QByteArray::fromHex("ff0a")), QStringLiteral("FF 0A"));
    }
};

QTEST_GUILESS_MAIN(tst_Bytes)
#include "tst_bytes.moc"
