#include "loopbackemulator.h"
#include "testplatform.h"
#include "serial/atsession.h"
#include "serial/pseudoterminal.h"
#include "waitfor.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSerialPort>
#include <QSignalSpy>

using namespace s2e;
using at::AtReply;
using at::AtRequest;

namespace {

std::optional<Result<void>> enter(AtSession &session)
{
    return waitFor<void>([&](auto callback) { session.enterCommandMode(callback); });
}

std::optional<Result<AtReply>> run(AtSession &session, const char *command)
{
    return waitFor<AtReply>([&](auto callback) {
        session.execute(*AtRequest::parse(QString::fromLatin1(command)), callback);
    });
}

std::unique_ptr<QSerialPort> openPort(const QString &path)
{
    auto port = std::make_unique<QSerialPort>(path);
    port->setBaudRate(115200);
    if (!port->open(QIODevice::ReadWrite))
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(port->errorString()));
    return port;
}

// A module played by the test on a pseudo-terminal: it records what the session writes.
struct ScriptedModule
{
    std::unique_ptr<PseudoTerminal> pty = std::move(PseudoTerminal::open()).value();
    QByteArray received;
    ScriptedModule()
    {
        QObject::connect(pty.get(), &PseudoTerminal::dataReceived, pty.get(),
                         [this](const QByteArray &data) { received += data; });
    }
    bool waitFor(const QByteArray &bytes, int ms = 5000)
    {
        QDeadlineTimer deadline(ms);
        while (!received.contains(bytes) && !deadline.hasExpired())
            QTest::qWait(5);
        return received.contains(bytes);
    }
};

} // namespace

class tst_AtSession : public QObject
{
    Q_OBJECT

private slots:
    // Every test here talks over a pseudo-terminal.
    void init() { S2E_REQUIRE_PTY(); }

    void entersRunsAndLeaves()
    {
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        auto port = openPort(emu.emulator->serialSide(0)->pty().slavePath());
        QVERIFY(port->isOpen());
        AtSession session(port.get(), {});
        QSignalSpy modes(&session, &AtSession::modeChanged);
        const auto entered = enter(session);
        QVERIFY(entered && entered->ok());
        QCOMPARE(session.mode(), AtSession::Mode::Command);
        QVERIFY(!session.wasAlreadyInCommandMode());

        const auto version = run(session, "AT+VER");
        QVERIFY(version && version->ok());
        QCOMPARE(version->value().value, QStringLiteral("V4017"));
        const auto set = run(session, "AT+UART=9600,8,1,NONE,NFC");
        QVERIFY(set && set->ok() && set->value().ok);
        QCOMPARE(*emu.module(0)->workingConfig().value(u"port1.baud"), QJsonValue(9600));
        const auto bad = run(session, "AT+UART3");
        QVERIFY(bad && bad->ok());
        QVERIFY(!bad->value().ok);
        QCOMPARE(bad->value().errorCode, -5);

        const auto left = waitFor<void>([&](auto callback) { session.exit(callback); });
        QVERIFY(left && left->ok());
        QCOMPARE(session.mode(), AtSession::Mode::Transparent);
        QCOMPARE(emu.emulator->serialSide(0)->mode(), emu::SerialSide::Mode::Transparent);
        QCOMPARE(modes.count(), 3); // entering, command, transparent
        const auto refused = run(session, "AT+VER");
        QVERIFY(refused && !refused->ok());
        QVERIFY(refused->error().contains(QStringLiteral("not in command mode")));
    }

    void everyQueryIsAnswered()
    {
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        auto port = openPort(emu.emulator->serialSide(0)->pty().slavePath());
        AtSession session(port.get(), {});
        QVERIFY(enter(session)->ok());
        int queried = 0;
        for (const at::CommandDef &command : at::Catalogue::all()) {
            if (!command.query)
                continue;
            const QByteArray text = QByteArray("AT+") + command.name;
            const auto reply = run(session, text.constData());
            QVERIFY2(reply && reply->ok(), text.constData());
            QVERIFY2(reply->value().ok && reply->value().hasValue, text.constData());
            ++queried;
        }
        QCOMPARE(queried, 41); // all but Z, ENTM, RELD, CFGTF, USERMAC and PING
    }

    void echoOff()
    {
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        auto port = openPort(emu.emulator->serialSide(0)->pty().slavePath());
        AtSession session(port.get(), {});
        QVERIFY(enter(session)->ok());
        QVERIFY(run(session, "AT+E=OFF")->value().ok);
        QVERIFY(!emu.module(0)->echo());
        QCOMPARE(run(session, "AT+E")->value().value, QStringLiteral("OFF"));
        QCOMPARE(run(session, "AT+MID")->value().value, QStringLiteral("USR-K7-001"));
    }

    void moduleAlreadyInCommandMode()
    {
        S2E_REQUIRE_PTY();
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(1)));
        auto port = openPort(emu.emulator->serialSide(0)->pty().slavePath());
        {
            AtSession first(port.get(), {});
            QVERIFY(enter(first)->ok());
        }
        AtSession second(port.get(), {});
        const auto entered = enter(second);
        QVERIFY(entered && entered->ok());
        QVERIFY(second.wasAlreadyInCommandMode());
        QCOMPARE(run(second, "AT+VER")->value().value, QStringLiteral("V4017"));
    }

    void lateAnswerFailsAndNothingElseIsWritten()
    {
        S2E_REQUIRE_PTY();
        ScriptedModule module;
        auto port = openPort(module.pty->slavePath());
        AtSession session(port.get(), {});
        std::optional<Result<void>> result;
        session.enterCommandMode([&](Result<void> r) { result.emplace(r); });
        QVERIFY(module.waitFor("+++"));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().contains(QStringLiteral("no answer to +++")), qPrintable(result->error()));
        module.pty->write("a"); // too late
        QTest::qWait(300);
        QCOMPARE(module.received, QByteArray("+++"));
        QCOMPARE(session.mode(), AtSession::Mode::Transparent);
    }

    void waitsForAQuietLine()
    {
        ScriptedModule module;
        auto port = openPort(module.pty->slavePath());
        AtSession::Options options;
        options.quietMs = 100;
        AtSession session(port.get(), options);
        QByteArray transparent;
        connect(&session, &AtSession::transparentDataReceived, this,
                [&](const QByteArray &data) { transparent += data; });
        // The module keeps sending for a while; "+++" may only follow a quiet line.
        QTimer chatter;
        int sent = 0;
        QElapsedTimer sinceLastData;
        connect(&chatter, &QTimer::timeout, this, [&] {
            if (sent++ < 10) {
                module.pty->write("data");
                sinceLastData.start();
            }
        });
        chatter.start(30);
        std::optional<Result<void>> result;
        session.enterCommandMode([&](Result<void> r) { result.emplace(r); });
        QVERIFY(module.waitFor("+++"));
        QVERIFY(sent >= 10);
        QVERIFY(sinceLastData.elapsed() >= options.quietMs - 5);
        module.pty->write("a");
        QVERIFY(module.waitFor("+++a"));
        // The answer comes in pieces.
        module.pty->write("+");
        QTest::qWait(50);
        module.pty->write("ok");
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY2(result->ok(), qPrintable(result->error()));
        QCOMPARE(transparent, QByteArray("data").repeated(10));
        QCOMPARE(module.received, QByteArray("+++a"));
    }

    void answersSplitAcrossReadsAndTimeouts()
    {
        ScriptedModule module;
        auto port = openPort(module.pty->slavePath());
        AtSession::Options options;
        options.commandTimeoutMs = 400;
        AtSession session(port.get(), options);
        std::optional<Result<void>> entered;
        session.enterCommandMode([&](Result<void> r) { entered.emplace(r); });
        QVERIFY(module.waitFor("+++"));
        module.pty->write("a");
        QVERIFY(module.waitFor("+++a"));
        module.pty->write("\r\n+ok\r\n");
        QTRY_VERIFY(entered.has_value() && entered->ok());

        std::optional<Result<AtReply>> reply;
        session.execute(*AtRequest::parse(u"AT+VER"), [&](Result<AtReply> r) { reply.emplace(r); });
        QVERIFY(module.waitFor("AT+VER\r"));
        module.pty->write("AT+VER\r\r\n+O");
        QTest::qWait(50);
        module.pty->write("K=V1\r");
        QTest::qWait(50);
        module.pty->write("\n");
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        QCOMPARE(reply->value().value, QStringLiteral("V1"));

        // No line end at all: taken at the timeout.
        reply.reset();
        session.execute(*AtRequest::parse(u"AT+MID"), [&](Result<AtReply> r) { reply.emplace(r); });
        QVERIFY(module.waitFor("AT+MID\r"));
        module.pty->write("\r\n+OK=Name");
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 3000);
        QCOMPARE(reply->value().value, QStringLiteral("Name"));

        // Silence: a clear timeout naming the command.
        reply.reset();
        session.execute(*AtRequest::parse(u"AT+MAC"), [&](Result<AtReply> r) { reply.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 3000);
        QCOMPARE(reply->error(), QStringLiteral("AT+MAC: no answer within 400 ms"));
    }
};

QTEST_GUILESS_MAIN(tst_AtSession)
#include "tst_atsession.moc"
