#include "protocol/rfc2217packet.h"
#include "testvectors.h"

#include <QTest>

using namespace s2e;
using Parity = Rfc2217Packet::Parity;

class tst_Rfc2217Packet : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<quint32>("baud");
        QTest::addColumn<Rfc2217Packet::ChecksumForm>("form");
        // The parameter byte's bit 7 of the K1's form means nothing: it is built by hand.
        QTest::addColumn<bool>("built");
        using Form = Rfc2217Packet::ChecksumForm;
        QTest::newRow("115200 8N1") << testVectorBytes("rfc2217_115200_8N1") << 115200u << Form::Full << true;
        QTest::newRow("9600 8N1") << testVectorBytes("rfc2217_9600_8N1") << 9600u << Form::Full << true;
        QTest::newRow("115200 8N1, 7-bit sum") << testVectorBytes("rfc2217_115200_8n1_7bit_checksum") << 115200u
                                               << Form::SevenBit << true;
        QTest::newRow("9600 8N1, 7-bit sum") << testVectorBytes("rfc2217_9600_8n1_7bit_checksum") << 9600u
                                             << Form::SevenBit << true;
        QTest::newRow("115200 8N1, K1 form") << testVectorBytes("rfc2217_115200_8n1_k1_form") << 115200u
                                             << Form::Full << false;
    }

    void vectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(quint32, baud);
        QFETCH(Rfc2217Packet::ChecksumForm, form);
        QFETCH(bool, built);
        QString error;
        const auto packet = Rfc2217Packet::parse(bytes, &error);
        QVERIFY2(packet, qPrintable(error));
        QCOMPARE(packet->baud(), baud);
        QCOMPARE(packet->dataBits(), 8);
        QCOMPARE(packet->parity(), Parity::None);
        QCOMPARE(packet->stopBits(), 1);
        QVERIFY(packet->checksumOk());
        QCOMPARE(packet->checksumForm(), form);
        QCOMPARE(packet->encode(), bytes);
        if (built) {
            const auto made = Rfc2217Packet::create(baud, 8, Parity::None, 1, form);
            QVERIFY(made.ok());
            QCOMPARE(made->encode(), bytes);
        }
    }

    void sevenBitSumOnlyWhereItDiffers()
    {
        // 9600 8N1 sums to 0xA8: the 7-bit form 0x28 differs; 0x00 matches neither.
        QByteArray bytes = testVectorBytes("rfc2217_9600_8N1");
        bytes[7] = char(0x28);
        QVERIFY(Rfc2217Packet::parse(bytes, nullptr)->checksumOk());
        bytes[7] = char(0xA9);
        QVERIFY(!Rfc2217Packet::parse(bytes, nullptr)->checksumOk());
        // A sum below 0x80 is the same byte in both forms: the full form is the one kept.
        const auto low = Rfc2217Packet::create(600, 5, Parity::None, 1);
        QVERIFY(low.ok());
        const auto parsed = Rfc2217Packet::parse(low->encode(), nullptr);
        QCOMPARE(parsed->checksumForm(), Rfc2217Packet::ChecksumForm::Full);
    }

    void parameterByte_data()
    {
        QTest::addColumn<int>("dataBits");
        QTest::addColumn<Parity>("parity");
        QTest::addColumn<int>("stopBits");
        QTest::addColumn<int>("byte");
        QTest::newRow("5N1") << 5 << Parity::None << 1 << 0x00;
        QTest::newRow("8N1") << 8 << Parity::None << 1 << 0x03;
        QTest::newRow("8N2") << 8 << Parity::None << 2 << 0x07;
        QTest::newRow("7O1") << 7 << Parity::Odd << 1 << 0x0A;
        QTest::newRow("7E1") << 7 << Parity::Even << 1 << 0x1A;
        QTest::newRow("8M1") << 8 << Parity::Mark << 1 << 0x2B;
        QTest::newRow("6S2") << 6 << Parity::Space << 2 << 0x3D;
    }

    void parameterByte()
    {
        QFETCH(int, dataBits);
        QFETCH(Parity, parity);
        QFETCH(int, stopBits);
        QFETCH(int, byte);
        const auto packet = Rfc2217Packet::create(57600, dataBits, parity, stopBits);
        QVERIFY(packet.ok());
        QCOMPARE(int(quint8(packet->encode()[6])), byte);
    }

    void everyCombinationRoundTrips()
    {
        for (quint32 baud : { 1u, 600u, 9600u, 115200u, 1000000u, Rfc2217Packet::MaxBaud })
            for (int dataBits = 5; dataBits <= 8; ++dataBits)
                for (Parity parity : { Parity::None, Parity::Odd, Parity::Even, Parity::Mark,
                                       Parity::Space })
                    for (int stopBits = 1; stopBits <= 2; ++stopBits) {
                        const auto packet = Rfc2217Packet::create(baud, dataBits, parity, stopBits);
                        QVERIFY(packet.ok());
                        const QByteArray bytes = packet->encode();
                        QCOMPARE(bytes.size(), 8);
                        const auto parsed = Rfc2217Packet::parse(bytes, nullptr);
                        QVERIFY(parsed);
                        QCOMPARE(*parsed, *packet);
                    }
    }

    void everyParameterByteIsKept()
    {
        for (int byte = 0; byte < 256; ++byte) {
            QByteArray bytes = QByteArray::fromHex("55AA5500258000");
            bytes[6] = char(byte);
            bytes.append(char(quint8(0x00 + 0x25 + 0x80 + byte)));
            const auto packet = Rfc2217Packet::parse(bytes, nullptr);
            QVERIFY(packet);
            QVERIFY(packet->checksumOk());
            QCOMPARE(packet->encode(), bytes);
        }
    }

    void invalidSettingsAreRefused()
    {
        QVERIFY(!Rfc2217Packet::create(0, 8, Parity::None, 1).ok());
        QVERIFY(!Rfc2217Packet::create(Rfc2217Packet::MaxBaud + 1, 8, Parity::None, 1).ok());
        QVERIFY(!Rfc2217Packet::create(9600, 4, Parity::None, 1).ok());
        QVERIFY(!Rfc2217Packet::create(9600, 9, Parity::None, 1).ok());
        QVERIFY(!Rfc2217Packet::create(9600, 8, Parity::None, 0).ok());
        QVERIFY(!Rfc2217Packet::create(9600, 8, Parity::None, 3).ok());
    }

    void malformed()
    {
        QByteArray bytes = testVectorBytes("rfc2217_9600_8N1");
        for (qsizetype n = 0; n < bytes.size(); ++n)
            QVERIFY(!Rfc2217Packet::parse(bytes.first(n), nullptr));
        QVERIFY(!Rfc2217Packet::parse(bytes + '\0', nullptr));
        QString error;
        QVERIFY(!Rfc2217Packet::parse(withByte(bytes, 1, 0xAB), &error));
        QVERIFY(error.contains(QStringLiteral("55 AA 55")));
        bytes[7] = 0;
        const auto flagged = Rfc2217Packet::parse(bytes, nullptr);
        QVERIFY(flagged);
        QVERIFY(!flagged->checksumOk());
    }
};

QTEST_GUILESS_MAIN(tst_Rfc2217Packet)
#include "tst_rfc2217packet.moc"
