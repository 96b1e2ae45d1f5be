#include "protocol/checksum.h"
#include "protocol/sendtext.h"

#include <QTest>

using namespace s2e;

class tst_Checksum : public QObject
{
    Q_OBJECT

private slots:
    // The catalogue of CRC parameters' check values, for "123456789".
    void publishedCheckValues()
    {
        const QByteArray check("123456789");
        QCOMPARE(Checksum::crc16Modbus(check), quint16(0x4B37));
        QCOMPARE(Checksum::crc16CcittFalse(check), quint16(0x29B1));
        QCOMPARE(Checksum::sum8(check), quint8(0xDD));
        QCOMPARE(Checksum::xor8(check), quint8(0x31));
        QCOMPARE(Checksum::crc16Modbus({}), quint16(0xFFFF));
    }

    void appendedInWireOrder()
    {
        const QByteArray check("123456789");
        QCOMPARE(Checksum::bytes(Checksum::Kind::Modbus, check), QByteArray::fromHex("374B"));
        QCOMPARE(Checksum::bytes(Checksum::Kind::CcittFalse, check), QByteArray::fromHex("29B1"));
        QCOMPARE(Checksum::bytes(Checksum::Kind::Sum8, check), QByteArray::fromHex("DD"));
        QCOMPARE(Checksum::bytes(Checksum::Kind::Xor8, check), QByteArray::fromHex("31"));
        QCOMPARE(Checksum::bytes(Checksum::Kind::None, check), QByteArray());
        // A Modbus RTU request with its CRC checks to zero residue.
        const QByteArray request = QByteArray::fromHex("010300000001");
        QCOMPARE(request + Checksum::bytes(Checksum::Kind::Modbus, request), QByteArray::fromHex("010300000001840A"));
    }

    void namesRoundTrip()
    {
        for (const Checksum::Kind kind : Checksum::all()) {
            QCOMPARE(Checksum::fromName(Checksum::name(kind)), kind);
            QVERIFY(!Checksum::displayName(kind).isEmpty());
        }
        QVERIFY(!Checksum::fromName(u"crc32"));
    }

    void asciiEscapes()
    {
        QCOMPARE(*SendText::parseAscii(u"AT\\r\\n"), QByteArray("AT\r\n"));
        QCOMPARE(*SendText::parseAscii(u"a\\tb\\\\c\\x00\\xfF\\0"), QByteArray("a\tb\\c\x00\xff\x00", 8));
        for (const char16_t *bad : { u"\\", u"\\q", u"\\x4", u"\\x4G", u"\u20ac" })
            QVERIFY2(!SendText::parseAscii(bad), qPrintable(QString::fromUtf16(bad)));
        QVERIFY(SendText::parseAscii(u"\\x4G").error().contains(QStringLiteral("two hex digits")));
    }

    void hexInput()
    {
        QCOMPARE(*SendText::parseHex(u"01 03 00:00-00,01"), QByteArray::fromHex("010300000001"));
        QCOMPARE(*SendText::parseHex(u"0a0B"), QByteArray::fromHex("0a0b"));
        QCOMPARE(*SendText::parseHex(u""), QByteArray());
        QVERIFY(SendText::parseHex(u"123").error().contains(QStringLiteral("odd number")));
        QVERIFY(SendText::parseHex(u"1 23").error().contains(QStringLiteral("half a byte")));
        QVERIFY(SendText::parseHex(u"zz").error().contains(QStringLiteral("not a hex digit")));
    }

    void checksumThenLineEnding()
    {
        SendText options;
        options.format = SendText::Format::Hex;
        options.checksum = Checksum::Kind::Modbus;
        QCOMPARE(*options.encode(u"01 03 00 00 00 01"), QByteArray::fromHex("010300000001840A"));
        options.format = SendText::Format::Ascii;
        options.checksum = Checksum::Kind::Xor8;
        options.lineEnding = SendText::LineEnding::CrLf;
        QCOMPARE(*options.encode(u"123456789"), QByteArray("123456789\x31\r\n"));
        for (const auto &[ending, bytes] : { std::pair { SendText::LineEnding::None, "" }, { SendText::LineEnding::Cr, "\r" },
                                            { SendText::LineEnding::Lf, "\n" }, { SendText::LineEnding::CrLf, "\r\n" } })
            QCOMPARE(SendText::lineEndingBytes(ending), QByteArray(bytes));
    }
};

QTEST_APPLESS_MAIN(tst_Checksum)
#include "tst_checksum.moc"
