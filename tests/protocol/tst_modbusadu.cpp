#include "protocol/modbus/modbusadu.h"

#include <QTest>

using namespace s2e::modbus;

// Modbus TCP and RTU framing, against the specifications' own examples.
class tst_ModbusAdu : public QObject
{
    Q_OBJECT

private slots:
    void rtuFrameOfTheSpecification()
    {
        // Read 1 holding register at 0 from slave 1: CRC 84 0A, low byte first.
        const RtuAdu read { 0x01, QByteArray::fromHex("0300000001") };
        QCOMPARE(read.encode(), QByteArray::fromHex("010300000001840A"));
        QString error;
        const auto parsed = RtuAdu::parse(QByteArray::fromHex("010300000001840A"), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->address, quint8(1));
        QCOMPARE(parsed->pdu, QByteArray::fromHex("0300000001"));
        // Modbus over Serial Line §6.2.2's example: 02 07 → CRC 41 12.
        QCOMPARE(RtuAdu({ 0x02, QByteArray::fromHex("07") }).encode(), QByteArray::fromHex("02074112"));
    }

    void rtuFramesThatAreRefused_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad CRC") << QByteArray::fromHex("010300000001840B") << QStringLiteral("CRC 0b84, expected 0a84");
        QTest::newRow("short") << QByteArray::fromHex("0103AA") << QStringLiteral("an RTU frame of 3 byte(s)");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("an RTU frame of 0 byte(s)");
        QTest::newRow("long") << QByteArray(257, '\x01') << QStringLiteral("an RTU frame of 257 byte(s)");
    }

    void rtuFramesThatAreRefused()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, error);
        QString said;
        QVERIFY(!RtuAdu::parse(frame, &said));
        QCOMPARE(said, error);
    }

    void tcpAduRoundTrip()
    {
        const TcpAdu adu { 0x1234, 0x11, QByteArray::fromHex("0300000002") };
        const QByteArray wire = adu.encode();
        QCOMPARE(wire, QByteArray::fromHex("12340000000611" "0300000002"));
        qsizetype used = -1;
        QString error;
        // Two ADUs and the start of a third in one read of the stream.
        const QByteArray stream = wire + TcpAdu { 0x1235, 0x11, QByteArray::fromHex("06000A0102") }.encode() + wire.first(5);
        const auto first = TcpAdu::parse(stream, &used, &error);
        QVERIFY(first);
        QCOMPARE(used, wire.size());
        QCOMPARE(first->transaction, quint16(0x1234));
        QCOMPARE(first->unit, quint8(0x11));
        QCOMPARE(first->pdu, QByteArray::fromHex("0300000002"));
        const auto second = TcpAdu::parse(QByteArrayView(stream).sliced(used), &used, &error);
        QVERIFY(second);
        QCOMPARE(second->pdu, QByteArray::fromHex("06000A0102"));
        // Incomplete: nothing taken, no error.
        QVERIFY(!TcpAdu::parse(wire.first(5), &used, &error));
        QCOMPARE(used, 0);
        QVERIFY(error.isEmpty());
        QVERIFY(!TcpAdu::parse(wire.first(wire.size() - 1), &used, &error));
        QVERIFY(error.isEmpty());
    }

    void malformedMbapHeaders_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("error");
        QTest::newRow("protocol 1") << QByteArray::fromHex("00010001000611030000000A")
                                    << QStringLiteral("protocol identifier 1, not 0 (Modbus)");
        QTest::newRow("length 1") << QByteArray::fromHex("0001000000011103") << QStringLiteral("MBAP length 1 out of 2 to 254");
        QTest::newRow("length 255") << QByteArray::fromHex("00010000" "00FF" "11")
                                    << QStringLiteral("MBAP length 255 out of 2 to 254");
        QTest::newRow("length 65535") << QByteArray::fromHex("00010000FFFF11")
                                      << QStringLiteral("MBAP length 65535 out of 2 to 254");
    }

    void malformedMbapHeaders()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, error);
        qsizetype used = -1;
        QString said;
        QVERIFY(!TcpAdu::parse(stream, &used, &said));
        QCOMPARE(said, error);
        QCOMPARE(used, 0);
    }

    void exceptions()
    {
        QCOMPARE(exceptionPdu(0x03, Exception::IllegalDataAddress), QByteArray::fromHex("8302"));
        QCOMPARE(exceptionPdu(0x10, Exception::GatewayTargetFailedToRespond), QByteArray::fromHex("900B"));
    }
};

QTEST_GUILESS_MAIN(tst_ModbusAdu)
#include "tst_modbusadu.moc"
