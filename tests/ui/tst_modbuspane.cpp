#include "loopbackemulator.h"
#include "testplatform.h"
#include "modbuspane.h"
#include "serialside.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace s2e;
using namespace s2e::ui;

// The test console's Modbus poll, through a virtual module's gateway to its virtual RTU slave.
class tst_ModbusPane : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    quint16 m_port = 0;

    QString endpoint() const { return QStringLiteral("127.0.0.2:%1").arg(m_port); }

private slots:
    void initTestCase()
    {
        auto options = LoopbackEmulator::options(1);
        options.modbusSlave = 1;
        QVERIFY(m_emu.start(options));
        m_port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        QVERIFY(m_emu.module(0)->applyChanges({ { QStringLiteral("port1.local_port"), m_port },
                                                { QStringLiteral("port1.modbus_tcp"), true } }));
        QSignalSpy restarted(m_emu.module(0), &emu::VirtualModule::restarted);
        m_emu.module(0)->restart();
        QVERIFY(restarted.wait(5000));
    }

    void formats()
    {
        using F = ModbusPane::Format;
        QCOMPARE(ModbusPane::formatValues({ 1, 65535, 0x8000 }, F::Unsigned), QStringList({ "1", "65535", "32768" }));
        QCOMPARE(ModbusPane::formatValues({ 1, 65535, 0x8000 }, F::Signed), QStringList({ "1", "-1", "-32768" }));
        QCOMPARE(ModbusPane::formatValues({ 0x00AB, 0xBEEF }, F::Hex), QStringList({ "0x00AB", "0xBEEF" }));
        // 3.14159274 is 0x40490FDB: ABCD has the high word first, CDAB the low word.
        QCOMPARE(ModbusPane::formatValues({ 0x4049, 0x0FDB }, F::FloatAbcd), QStringList({ "3.141593" }));
        QCOMPARE(ModbusPane::formatValues({ 0x0FDB, 0x4049 }, F::FloatCdab), QStringList({ "3.141593" }));
        QCOMPARE(ModbusPane::formatValues({ 0x3F80, 0x0000, 0xC000, 0x0000, 7 }, F::FloatAbcd), QStringList({ "1", "-2" }));
    }

    void writeReadAndShow()
    {
        S2E_REQUIRE_PTY();
        ModbusPane pane;
        pane.show();
        QSignalSpy ended(&pane, &ModbusPane::jobEnded);
        pane.setTcpEndpoint(endpoint());
        pane.setRequest(ModbusPollJob::Table::HoldingRegisters, 1, 30, 4);
        pane.setWriteValues(QStringLiteral("16457 4059 65535 7"));
        pane.write();
        QVERIFY(ended.wait(5000));
        QCOMPARE(m_emu.emulator->serialSide(0)->modbusSlave()->holding(31), quint16(4059));
        pane.read();
        QVERIFY(ended.wait(5000));
        QCOMPARE(pane.values()->rowCount(), 4);
        QCOMPARE(pane.values()->item(2, 0)->text(), QStringLiteral("32"));
        QCOMPARE(pane.values()->item(2, 1)->text(), QStringLiteral("65535"));
        pane.setFormat(ModbusPane::Format::Signed);
        QCOMPARE(pane.values()->item(2, 1)->text(), QStringLiteral("-1"));
        pane.setFormat(ModbusPane::Format::FloatAbcd);
        QCOMPARE(pane.values()->rowCount(), 2);
        QCOMPARE(pane.values()->item(0, 1)->text(), QStringLiteral("3.141593"));
        QCOMPARE(pane.values()->item(1, 0)->text(), QStringLiteral("32"));
        QVERIFY2(pane.statsText().startsWith(QStringLiteral("2 request(s), 0 error(s)")), qPrintable(pane.statsText()));
        QVERIFY2(pane.logText().contains(QStringLiteral("0FDB FFFF 0007")), qPrintable(pane.logText()));
    }

    void pollingCountsAnswersAndErrors()
    {
        // The slave that answers is on the module's serial line, a pseudo-terminal.
        S2E_REQUIRE_PTY();
        ModbusPane pane;
        QSignalSpy ended(&pane, &ModbusPane::jobEnded);
        pane.setTcpEndpoint(endpoint());
        pane.setRequest(ModbusPollJob::Table::InputRegisters, 1, 200, 2);
        pane.setInterval(20);
        pane.read();
        QVERIFY(pane.isRunning());
        QTRY_VERIFY(pane.statsText().startsWith(QStringLiteral("5 request(s)")));
        const int before = int(ended.size());
        pane.read(); // a second click stops
        QCOMPARE(ended.size(), before + 1);
        QVERIFY(!pane.isRunning());
        QCOMPARE(pane.values()->item(1, 1)->text(), QStringLiteral("201"));
        // An address past the slave's tables: the exception is counted and logged.
        pane.setInterval(0);
        pane.setRequest(ModbusPollJob::Table::HoldingRegisters, 1, 9999, 2);
        pane.read();
        QVERIFY(ended.wait(5000));
        QVERIFY2(pane.statsText().contains(QStringLiteral("1 error(s)")), qPrintable(pane.statsText()));
        QVERIFY(pane.logText().contains(QStringLiteral("exception 0x02 (illegal data address)")));
        // A value that cannot be written is refused before anything is sent.
        pane.setWriteValues(QStringLiteral("70000"));
        pane.write();
        QVERIFY(pane.logText().endsWith(QStringLiteral("\"70000\" is not a value to write (0 to 65535)")));
        QVERIFY(!pane.isRunning());
    }
};

QTEST_MAIN(tst_ModbusPane)
#include "tst_modbuspane.moc"
