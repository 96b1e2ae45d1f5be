#include "loopbackemulator.h"
#include "testplatform.h"
#include "mainwindow.h"
#include "modbuspane.h"
#include "screenshottour.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace s2e;
using namespace s2e::ui;

// The tour behind the README's screenshots drives every main view (device table, forms,
// batch, firmware dialog, AT console, test console, Modbus poll, virtual COM) against virtual modules: it must keep working.
class tst_ScreenshotTour : public QObject
{
    Q_OBJECT

private slots:
    void savesEveryMainView()
    {
        if (runningUnderWine())
            QSKIP("the tour asks net AT, whose answers under Wine come from 127.0.0.1 instead of the module's address");
        LoopbackEmulator emu;
        auto emuOptions = LoopbackEmulator::options(3);
        emuOptions.modbusSlave = 1;
        QVERIFY(emu.start(emuOptions));
        // The first module a Modbus gateway, as in the demo.
        QVERIFY(emu.module(0)->applyChanges({ { QStringLiteral("port1.modbus_tcp"), true } }).ok());
        emu.module(0)->restartNow();
        QTemporaryDir dir;
        MainWindow::Options options;
        options.searchAddresses = { QHostAddress(QStringLiteral("127.255.255.255")) };
        options.ports = emu.settingPorts();
        options.timeoutMs = 300;
        options.apply.restartSettleMs = 50;
        options.netAtPort = emu.emulator->atPort();
        options.settingsFile = dir.filePath(QStringLiteral("studio.ini"));
        MainWindow window(options);
        window.show();
        window.search();
        ScreenshotTour tour(&window, dir.filePath(QStringLiteral("shots")));
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        const QStringList files = finished.first().first().toStringList();
        QCOMPARE(files.size(), 8);
        for (const QString &file : files) {
            const QImage image(file);
            QVERIFY2(!image.isNull() && image.width() > 300 && image.height() > 200, qPrintable(file));
        }
        // The batch in the tour really reached every module.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(*emu.module(i)->runningConfig().value(u"port1.baud"), QJsonValue(57600));
        // …and the Modbus write and read its gateway.
        QVERIFY2(window.modbusPane()->statsText().startsWith(QStringLiteral("2 request(s), 0 error(s)")), qPrintable(window.modbusPane()->statsText()));
    }
};

QTEST_MAIN(tst_ScreenshotTour)
#include "tst_screenshottour.moc"
