#include "atconsole.h"
#include "testplatform.h"
#include "emulator.h"
#include "job/atjob.h"
#include "loopbackemulator.h"
#include "serial/pseudoterminal.h"
#include "serialside.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStringListModel>

using namespace s2e;
using namespace s2e::ui;

class tst_AtConsole : public QObject
{
    Q_OBJECT

    LoopbackEmulator m_emu;
    std::unique_ptr<AtConsole> m_console;

private slots:
    void init()
    {
        QVERIFY(m_emu.start(LoopbackEmulator::options(1)));
        m_console = std::make_unique<AtConsole>(m_emu.emulator->atPort());
        m_console->show();
    }

    void cleanup()
    {
        m_console.reset();
        m_emu.emulator.reset();
    }

    void serialCommandMode()
    {
        S2E_REQUIRE_PTY();
        m_console->openSerial(m_emu.emulator->serialSide(0)->pty().slavePath(), 115200);
        QVERIFY2(m_console->isOpen(), qPrintable(m_console->transcript()));
        // In transparent mode a command would reach the network: refused, nothing written.
        m_console->send(QStringLiteral("AT+VER"));
        QVERIFY(m_console->transcript().contains(QStringLiteral("not sent: enter command mode first")));
        QCOMPARE(m_emu.emulator->serialSide(0)->mode(), emu::SerialSide::Mode::Transparent);

        m_console->enterCommandMode();
        QTRY_VERIFY2(m_console->transcript().endsWith(QStringLiteral("command mode")), qPrintable(m_console->transcript()));
        m_console->send(QStringLiteral("at+ver"));
        QTRY_VERIFY2(m_console->transcript().contains(QStringLiteral("+OK=")), qPrintable(m_console->transcript()));
        m_console->send(QStringLiteral("AT+UART=9600,8,1,NONE,NFC"));
        QTRY_VERIFY(m_console->transcript().count(QStringLiteral("+OK")) >= 2);
        QCOMPARE(m_emu.module(0)->workingConfig().value(u"port1.baud")->toInt(), 9600);
        m_console->send(QStringLiteral("AT+UART=12,8,1,NONE,NFC"));
        QVERIFY(m_console->transcript().contains(QStringLiteral("AT+UART=12,8,1,NONE,NFC — not sent")));

        m_console->leaveCommandMode();
        QTRY_VERIFY(m_console->transcript().endsWith(QStringLiteral("transparent mode")));
        QTRY_COMPARE(m_emu.emulator->serialSide(0)->mode(), emu::SerialSide::Mode::Transparent);
        m_console->close();
        QVERIFY(!m_console->isOpen());
    }

    void unknownPortIsExplained()
    {
        m_console->openSerial(QStringLiteral("/nonexistent/ttyNothing"), 9600);
        QVERIFY(!m_console->isOpen());
        QVERIFY(m_console->transcript().contains(QStringLiteral("/nonexistent/ttyNothing: cannot open")));
    }

    void netAt()
    {
        if (runningUnderWine())
            QSKIP("under Wine a socket bound to a module's loopback address sends from 127.0.0.1 (Wine binds it to the whole interface), and net AT takes a module's answers only from its address");
        m_console->openNetwork(m_emu.module(0)->identity().address);
        m_console->send(QStringLiteral("AT+VER"));
        QTRY_VERIFY2(m_console->transcript().contains(QStringLiteral("+OK=")), qPrintable(m_console->transcript()));
        m_console->send(QStringLiteral("AT+NOSUCH"));
        QVERIFY(m_console->transcript().contains(QStringLiteral("AT+NOSUCH — not sent")));
    }

    void netAtToWhicheverAnswers()
    {
        if (runningUnderWine())
            QSKIP("under Wine a socket bound to a module's loopback address sends from 127.0.0.1 (Wine binds it to the whole interface), and net AT takes a module's answers only from its address");
        // No address: the keyword goes where search goes, and the module that answers is used.
        QList<std::optional<MacAddress>> reserved;
        QPointer<QObject> holder;
        m_console->setReserve([&](const QHostAddress &, const std::optional<MacAddress> &mac, QObject *hold) {
            reserved << mac;
            holder = hold;
            return Result<void>();
        });
        m_console->setSearchTargets(m_emu.targets());
        m_console->discoverNetwork();
        QTRY_VERIFY2(m_console->transcript().contains(QStringLiteral("net AT to 127.0.0.2 (02:55:53:52:00:01)")),
                     qPrintable(m_console->transcript()));
        // The module net AT found is kept from other work, by its MAC, while the session is open.
        QCOMPARE(reserved.size(), 1);
        QCOMPARE(reserved.first(), MacAddress::parse(u"02:55:53:52:00:01"));
        m_console->send(QStringLiteral("AT+VER"));
        QTRY_VERIFY2(m_console->transcript().contains(QStringLiteral("+OK=")), qPrintable(m_console->transcript()));
        QVERIFY(holder);
        m_console->close();
        QVERIFY(!holder);
    }

    void aModuleBusyElsewhereIsNotOpened()
    {
        m_console->setReserve([](const QHostAddress &address, const std::optional<MacAddress> &mac, QObject *) {
            if (mac || address != QHostAddress(QStringLiteral("127.0.0.2")))
                return Result<void>(Failure { QStringLiteral("unexpected arguments") });
            return Result<void>(Failure { QStringLiteral("02:55:53:52:00:01: saving (write) — wait until it ends"),
                                          ErrorCode::Busy });
        });
        m_console->openNetwork(m_emu.module(0)->identity().address);
        QVERIFY(!m_console->isOpen());
        QVERIFY2(m_console->transcript().endsWith(QStringLiteral(
                         "net AT to 127.0.0.2 not opened: 02:55:53:52:00:01: saving (write) — wait until it ends")),
                 qPrintable(m_console->transcript()));
        m_console->send(QStringLiteral("AT+VER"));
        QVERIFY(m_console->transcript().endsWith(QStringLiteral("not sent: open a serial port or a module first")));
    }

    void closingEndsWhatRunsAndSaysSo()
    {
        // Nothing answers at this address: the command waits for its timeout when closed.
        m_console->openNetwork(QHostAddress(QStringLiteral("127.0.0.99")));
        m_console->send(QStringLiteral("AT+VER"));
        QCOMPARE(m_console->findChildren<AtJob *>().size(), 1);
        QVERIFY(m_console->findChildren<AtJob *>().first()->isRunning());
        m_console->close();
        QVERIFY2(m_console->transcript().contains(QStringLiteral("cancelled after 0 of 1 command(s)")),
                 qPrintable(m_console->transcript()));
        QTRY_COMPARE(m_console->findChildren<AtJob *>().size(), 0);
        QVERIFY(m_console->transcript().endsWith(QStringLiteral("net AT closed")));
    }

    void aCommandNotAnsweredSaysSo()
    {
        m_console->openNetwork(QHostAddress(QStringLiteral("127.0.0.99")));
        m_console->send(QStringLiteral("AT+VER"));
        QTRY_VERIFY_WITH_TIMEOUT(m_console->findChildren<AtJob *>().isEmpty(), 15000);
        // One line for the answer that did not come, none more for the job that ended with it.
        const QStringList lines = m_console->transcript().split(u'\n');
        QVERIFY2(lines.size() == 3 && lines.first().startsWith(QStringLiteral("net AT to 127.0.0.99"))
                         && lines.at(1) == QStringLiteral("AT+VER")
                         && lines.at(2) == QStringLiteral("AT+VER: the module at 127.0.0.99 does not answer the net AT keyword"),
                 qPrintable(m_console->transcript()));
        QVERIFY(m_console->isOpen());
    }

    void completionAndHelpComeFromTheCatalogue()
    {
        auto *model = qobject_cast<QStringListModel *>(m_console->commandLine()->completer()->model());
        QVERIFY(model);
        QCOMPARE(model->stringList().size(), 47);
        QVERIFY(model->stringList().contains(QStringLiteral("AT+UART")));
        m_console->commandLine()->setText(QStringLiteral("AT+UART1=9600"));
        QVERIFY2(m_console->commandHelp()->text().contains(QStringLiteral("baud")), qPrintable(m_console->commandHelp()->text()));
        m_console->commandLine()->setText(QStringLiteral("AT+SOCKA1="));
        QVERIFY2(m_console->commandHelp()->text().contains(QStringLiteral("AT+SOCK")), qPrintable(m_console->commandHelp()->text()));
    }

    void historyRecallsCommands()
    {
        m_console->send(QStringLiteral("AT+VER"));
        m_console->send(QStringLiteral("AT+MAC"));
        QLineEdit *line = m_console->commandLine();
        line->setFocus();
        QTest::keyClick(line, Qt::Key_Up);
        QCOMPARE(line->text(), QStringLiteral("AT+MAC"));
        QTest::keyClick(line, Qt::Key_Up);
        QCOMPARE(line->text(), QStringLiteral("AT+VER"));
        QTest::keyClick(line, Qt::Key_Down);
        QCOMPARE(line->text(), QStringLiteral("AT+MAC"));
    }
};

QTEST_MAIN(tst_AtConsole)
#include "tst_atconsole.moc"
