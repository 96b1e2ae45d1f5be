#include "modbus/rtuslave.h"
#include "protocol/modbus/modbusadu.h"

#include <QTest>

using namespace s2e;
using namespace s2e::emu;

// The virtual Modbus RTU slave, against the examples of the Modbus Application Protocol
// specification 1.1b3 (§6) and its exceptions.
class tst_RtuSlave : public QObject
{
    Q_OBJECT

    static QByteArray hex(const char *text) { return QByteArray::fromHex(text); }

private slots:
    void theSpecificationsExamples()
    {
        RtuSlave slave(1);
        // 6.3: holding registers 108-110 hold 555, 0, 100.
        slave.setHolding(107, 0x022B);
        slave.setHolding(108, 0x0000);
        slave.setHolding(109, 0x0064);
        QCOMPARE(slave.answer(hex("03006B0003")), hex("0306022B00000064"));
        // 6.6: write register 2 (address 1) with 3.
        QCOMPARE(slave.answer(hex("0600010003")), hex("0600010003"));
        QCOMPARE(slave.holding(1), quint16(3));
        // 6.12: write registers 2 and 3 with 000A and 0102.
        QCOMPARE(slave.answer(hex("100001000204000A0102")), hex("1000010002"));
        QCOMPARE(slave.holding(2), quint16(0x0102));
        // 6.5: coil 173 on.
        QCOMPARE(slave.answer(hex("0500ACFF00")), hex("0500ACFF00"));
        QVERIFY(slave.coil(172));
        // 6.11: coils 20-29 from CD 01.
        QCOMPARE(slave.answer(hex("0F0013000A02CD01")), hex("0F0013000A"));
        QCOMPARE(slave.answer(hex("010013000A")), hex("0102CD01"));
    }

    void inputsAreRecognisable()
    {
        RtuSlave slave(7);
        QCOMPARE(slave.answer(hex("0400090002")), hex("040400090" "00A"));
        QCOMPARE(slave.answer(hex("0200000008")), hex("0201AA"));
    }

    void exceptions_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("function 0x2B") << hex("2B0E0100") << hex("AB01");
        QTest::newRow("empty") << QByteArray() << hex("8001");
        QTest::newRow("address past the table") << hex("03270F0002") << hex("8302");
        QTest::newRow("126 registers") << hex("030000007E") << hex("8303");
        QTest::newRow("0 registers") << hex("0300000000") << hex("8303");
        QTest::newRow("2001 coils") << hex("01000007D1") << hex("8103");
        QTest::newRow("coil value 1234") << hex("0500011234") << hex("8503");
        QTest::newRow("byte count wrong") << hex("100000000203000A01") << hex("9003");
        QTest::newRow("short read") << hex("030000") << hex("8303");
        QTest::newRow("write past the table") << hex("06271000FF") << hex("8602");
    }

    void exceptions()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, answer);
        RtuSlave slave(1);
        QCOMPARE(slave.answer(request), answer);
    }

    void framesOnTheLine()
    {
        RtuSlave slave(1);
        slave.setHolding(0, 0x1234);
        const auto answer = slave.answerFrame(hex("010300000001840A"));
        QVERIFY(answer);
        QCOMPARE(*answer, modbus::RtuAdu({ 1, hex("03021234") }).encode());
        // Another slave's, a damaged one: silence.
        QVERIFY(!slave.answerFrame(modbus::RtuAdu({ 2, hex("0300000001") }).encode()));
        QVERIFY(!slave.answerFrame(hex("010300000001840B")));
        QCOMPARE(slave.badFrames(), 1);
        // A broadcast write is carried out and not answered.
        QVERIFY(!slave.answerFrame(modbus::RtuAdu({ 0, hex("060005BEEF") }).encode()));
        QCOMPARE(slave.holding(5), quint16(0xBEEF));
        QCOMPARE(slave.answered(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RtuSlave)
#include "tst_rtuslave.moc"
