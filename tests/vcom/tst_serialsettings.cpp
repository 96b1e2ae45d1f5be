#include "serial/pseudoterminal.h"
#include "testplatform.h"
#include "serial/serialsettings.h"

#include <QSerialPort>
#include <QTest>

using namespace s2e;
using Parity = Rfc2217Packet::Parity;

// What a program sets on its side of a pseudo-terminal, read from ours.
class tst_SerialSettings : public QObject
{
    Q_OBJECT

private slots:
    void packetsMatchTheManual()
    {
        const auto settings = [](quint32 baud, int dataBits, Parity parity, int stopBits) {
            return SerialSettings { baud, dataBits, parity, stopBits };
        };
        QCOMPARE(settings(115200, 8, Parity::None, 1).toPacket()->encode(), QByteArray::fromHex("55AA5501C20003C6"));
        QCOMPARE(settings(9600, 8, Parity::None, 1).toPacket()->encode(), QByteArray::fromHex("55AA5500258003A8"));
        QCOMPARE(settings(9600, 7, Parity::Even, 1).toString(), QStringLiteral("9600 7E1"));
        QVERIFY(!settings(20000000, 8, Parity::None, 1).toPacket());
    }

    void parsesFormats()
    {
        const auto format = SerialSettings::parseFormat(u"7e1");
        QVERIFY(format);
        QCOMPARE(format->dataBits, 7);
        QCOMPARE(format->parity, Parity::Even);
        QCOMPARE(format->stopBits, 1);
        QCOMPARE(SerialSettings::parseFormat(u"5S2")->parity, Parity::Space);
        QCOMPARE(SerialSettings::parseFormat(u"8M1")->parity, Parity::Mark);
        for (const char16_t *bad : { u"", u"9N1", u"8X1", u"8N3", u"8N", u"8N11" })
            QVERIFY2(!SerialSettings::parseFormat(bad), qPrintable(QString::fromUtf16(bad)));
    }

    void readsWhatTheProgramSet_data()
    {
        QTest::addColumn<qint32>("baud");
        QTest::addColumn<int>("dataBits");
        QTest::addColumn<int>("parity");
        QTest::addColumn<int>("stopBits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("9600 8N1") << 9600 << 8 << int(QSerialPort::NoParity) << 1 << "9600 8N1";
        QTest::newRow("9600 7E1") << 9600 << 7 << int(QSerialPort::EvenParity) << 1 << "9600 7E1";
        QTest::newRow("1200 5O2") << 1200 << 5 << int(QSerialPort::OddParity) << 2 << "1200 5O2";
        QTest::newRow("115200 6M1") << 115200 << 6 << int(QSerialPort::MarkParity) << 1 << "115200 6M1";
        QTest::newRow("57600 8S2") << 57600 << 8 << int(QSerialPort::SpaceParity) << 2 << "57600 8S2";
        QTest::newRow("921600 8N1") << 921600 << 8 << int(QSerialPort::NoParity) << 1 << "921600 8N1";
#if defined(Q_OS_LINUX)
        QTest::newRow("custom 250000") << 250000 << 8 << int(QSerialPort::NoParity) << 1 << "250000 8N1";
#endif
    }

    void readsWhatTheProgramSet()
    {
        S2E_REQUIRE_PTY();
        QFETCH(qint32, baud);
        QFETCH(int, dataBits);
        QFETCH(int, parity);
        QFETCH(int, stopBits);
        QFETCH(QString, expected);
        auto pty = PseudoTerminal::open();
        QVERIFY(pty);
        QSerialPort program((*pty)->slavePath());
        QVERIFY(program.open(QIODevice::ReadWrite));
        QVERIFY(program.setBaudRate(baud));
        program.setDataBits(QSerialPort::DataBits(dataBits));
        program.setParity(QSerialPort::Parity(parity));
        QVERIFY(program.setStopBits(stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop));
        const auto settings = (*pty)->settings();
        QVERIFY(settings);
#if defined(Q_OS_LINUX)
        // Linux resets a pseudo-terminal's character size and parity to 8N whatever the
        // program asks (drivers/tty/pty.c, pty_set_termios): speed and stop bits survive.
        QCOMPARE(settings->baud, quint32(baud));
        QCOMPARE(settings->stopBits, stopBits);
        QCOMPARE(settings->dataBits, 8);
        QCOMPARE(settings->parity, Parity::None);
#else
        QCOMPARE(settings->toString(), expected);
#endif
    }

    void backPressureAndPartialWrites()
    {
        S2E_REQUIRE_PTY();
        auto opened = PseudoTerminal::open();
        QVERIFY(opened);
        PseudoTerminal &pty = **opened;
        // Nobody reads the slave: the terminal takes a bounded amount, then says when it has room.
        const QByteArray big(1024 * 1024, 'x');
        const qsizetype taken = pty.writeSome(big);
        QVERIFY(taken > 0 && taken < big.size());
        // The line discipline may still move a little from the master's buffer to the
        // slave's; soon nothing more fits.
        qsizetype more = -1;
        for (int i = 0; i < 1000 && more != 0; ++i)
            more = pty.writeSome(big);
        QCOMPARE(more, qsizetype(0));
        pty.setReading(false);
        QVERIFY(!pty.isReading());
        pty.setReading(true);
        QVERIFY(pty.isReading());
    }
};

QTEST_MAIN(tst_SerialSettings)
#include "tst_serialsettings.moc"
