#include "loopbackemulator.h"
#include "testplatform.h"
#include "serialside.h"
#include "vcompanel.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSerialPort>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace s2e;
using namespace s2e::ui;

class tst_VcomPanel : public QObject
{
    Q_OBJECT

private slots:
    void bridgesTheSelectedModule()
    {
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        emu::VirtualModule *module = emu.module(0);
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
        QVERIFY(module->applyChanges({ { QStringLiteral("port1.local_port"), port }, { QStringLiteral("port1.rfc2217"), true } }));
        QSignalSpy restarted(module, &emu::VirtualModule::restarted);
        module->restart();
        QVERIFY(restarted.wait(5000));

        VcomPanel panel;
        FoundDevice found;
        found.reply = module->searchReply();
        found.sender = module->identity().address;
        panel.setModule(found, module->runningConfig());
        auto options = panel.formOptions();
        QCOMPARE(options.host, QStringLiteral("127.0.0.2"));
        QCOMPARE(options.port, port);
        QVERIFY(options.rfc2217);
        QCOMPARE(options.transport, VirtualComBridge::Transport::Tcp);
        QTemporaryDir dir;
        options.linkPath = dir.filePath(QStringLiteral("ttyK7"));

        QVERIFY(panel.addBridge(options));
        QCOMPARE(panel.table()->rowCount(), 1);
        QTRY_COMPARE(panel.table()->item(0, VcomPanel::StateColumn)->text(), QStringLiteral("connected"));
        QCOMPARE(panel.table()->item(0, VcomPanel::LinkColumn)->text(), options.linkPath);

        QSerialPort device(emu.emulator->serialSide(0)->pty().slavePath());
        QVERIFY(device.open(QIODevice::ReadWrite));
        QSerialPort program(options.linkPath);
        QVERIFY(program.open(QIODevice::ReadWrite));
        program.write("abc");
        QByteArray atDevice;
        connect(&device, &QSerialPort::readyRead, this, [&] { atDevice += device.readAll(); });
        QTRY_COMPARE(atDevice, QByteArray("abc"));
        QTRY_COMPARE(panel.table()->item(0, VcomPanel::ToModuleColumn)->text(), QStringLiteral("3"));

        const auto again = panel.addBridge(options);
        QVERIFY(!again);
        QVERIFY(again.error().contains(QStringLiteral("already bridged")));

        panel.removeBridge(0);
        QCOMPARE(panel.bridgeCount(), 0);
        QCOMPARE(panel.table()->rowCount(), 0);
        QVERIFY(!QFileInfo::exists(options.linkPath));
    }
};

QTEST_MAIN(tst_VcomPanel)
#include "tst_vcompanel.moc"
