#include "loopbackemulator.h"
#include "serialside.h"
#include "testplatform.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTemporaryDir>


using namespace s2e;

// The done-when: `s2ectl vcom --tcp <module>:<port> --link PATH --rfc2217`, then a
// terminal program on PATH reaches the device on the module's serial side, and changing its
// speed reaches the module.
class tst_S2ectlVcom : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    QTemporaryDir m_dir;
    quint16 m_port = 0;

    bool configure(const FieldChanges &changes)
    {
        if (!m_emu.module(0)->applyChanges(changes))
            return false;
        QSignalSpy restarted(m_emu.module(0), &emu::VirtualModule::restarted);
        m_emu.module(0)->restart();
        return restarted.wait(5000);
    }

private slots:
    void init()
    {
        S2E_REQUIRE_PTY();
        QVERIFY(m_emu.start(LoopbackEmulator::options(1)));
        m_port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        QVERIFY(configure({ { "port1.local_port", m_port }, { "port1.rfc2217", true } }));
    }

    void cleanup() { m_emu.emulator.reset(); }

    void bridgesUntilInterrupted()
    {
        const QString link = m_dir.filePath(QStringLiteral("ttyK7"));
        QProcess ctl;
        QByteArray out;
        connect(&ctl, &QProcess::readyReadStandardOutput, this, [&] { out += ctl.readAllStandardOutput(); });
        ctl.start(QStringLiteral(S2ECTL_PATH),
                  { "vcom", "--tcp", QStringLiteral("%1:%2").arg(m_emu.module(0)->identity().address.toString()).arg(m_port),
                    "--link", link, "--rfc2217" });
        QTRY_VERIFY2(out.contains("connected: "), out.constData());
        QVERIFY(out.contains(link.toUtf8() + " is bridged to "));

        QSerialPort device(m_emu.emulator->serialSide(0)->pty().slavePath());
        QVERIFY(device.open(QIODevice::ReadWrite));
        QByteArray atDevice;
        connect(&device, &QSerialPort::readyRead, this, [&] { atDevice += device.readAll(); });
        QSerialPort program(link);
        program.setBaudRate(115200);
        QVERIFY(program.open(QIODevice::ReadWrite));
        QByteArray atProgram;
        connect(&program, &QSerialPort::readyRead, this, [&] { atProgram += program.readAll(); });

        program.write("AT-less hello\r\n");
        QTRY_COMPARE(atDevice, QByteArray("AT-less hello\r\n"));
        device.write(QByteArray("\x00\xFF reply", 8));
        QTRY_COMPARE(atProgram, QByteArray("\x00\xFF reply", 8));

        QVERIFY(program.setBaudRate(9600));
        QTRY_COMPARE(m_emu.emulator->dataPort(0)->serialBaud(), 9600u);
        QTRY_VERIFY2(out.contains("serial settings 9600 8N1 sent: 55 AA 55 00 25 80 03 A8"), out.constData());

        QVERIFY(sendInterrupt(ctl));
        QTRY_VERIFY(ctl.state() == QProcess::NotRunning);
        QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.exitCode(), 0);
        out += ctl.readAllStandardOutput();
        QVERIFY2(out.contains("stopped: 15 bytes to the module, 8 from it, 1 connection(s)"), out.constData());
        QVERIFY(!QFileInfo::exists(link));
    }

    void usageErrors()
    {
        for (const QStringList &arguments : { QStringList { "vcom", "--link", "/tmp/x" },
                                              QStringList { "vcom", "--tcp", "127.0.0.2", "--link", "/tmp/x" },
                                              QStringList { "vcom", "--tcp", "127.0.0.2:99999", "--link", "/tmp/x" },
                                              QStringList { "vcom", "--tcp", "127.0.0.2:80" },
                                              QStringList { "vcom", "--tcp", "127.0.0.2:80", "--link", "/tmp/x", "--format", "7E1" },
                                              QStringList { "vcom", "--tcp", "127.0.0.2:80", "--link", "/tmp/x", "--rfc2217", "--format", "7X1" } }) {
            QProcess ctl;
            ctl.start(QStringLiteral(S2ECTL_PATH), arguments);
            QVERIFY(ctl.waitForFinished(10000));
            QCOMPARE(ctl.exitCode(), 2);
            QVERIFY(!ctl.readAllStandardError().isEmpty());
        }
    }
};

QTEST_MAIN(tst_S2ectlVcom)
#include "tst_s2ectl_vcom.moc"
