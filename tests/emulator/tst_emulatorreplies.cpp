// How virtual modules answer, as real ones did for other people's clients (protocol.md §1):
// to the asker's port, from the module's own address and setting port, once; never to a
// unicast request meant for another module.
#include "loopbackemulator.h"
#include "testplatform.h"
#include "protocol/requestframe.h"
#include "protocol/searchreply.h"
#include "protocol/shortreply.h"
#include "protocol/t24reply.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>

using namespace s2e;

Q_DECLARE_METATYPE(s2e::emu::ReplyMode)

namespace {

struct Answer
{
    QByteArray data;
    QHostAddress from;
    quint16 fromPort;
};

// Sends from a plain socket on an ephemeral port, as every independent client found does,
// and collects what comes back to that port.
QList<Answer> ask(QUdpSocket &socket, const QByteArray &request, const QHostAddress &to, quint16 port, int waitMs = 400)
{
    socket.writeDatagram(request, to, port);
    QList<Answer> answers;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < waitMs) {
        QTest::qWait(20);
        while (socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = socket.receiveDatagram();
            answers << Answer { datagram.data(), datagram.senderAddress(), quint16(datagram.senderPort()) };
        }
    }
    return answers;
}

} // namespace

class tst_EmulatorReplies : public QObject
{
    Q_OBJECT

private slots:
    void searchRepliesComeToTheAskersPortFromTheModule()
    {
        LoopbackEmulator emu;
        auto options = LoopbackEmulator::options(3);
        options.models = { ModelTable::find(u"k7"), ModelTable::find(u"410s"), ModelTable::find(u"302") };
        QVERIFY(emu.start(options)); // the default reply mode
        QUdpSocket socket;
        QVERIFY2(socket.bind(QHostAddress::AnyIPv4, 0), qPrintable(socket.errorString()));
        const QHostAddress broadcast(QStringLiteral("127.255.255.255"));
        const QByteArray search = RequestFrame::search().encode();
        QList<Answer> answers = ask(socket, search, broadcast, emu.emulator->port(*ModelTable::find(u"k7")));
        answers += ask(socket, search, broadcast, emu.emulator->port(*ModelTable::find(u"302")));
        QCOMPARE(answers.size(), 3); // each module once
        for (const Answer &answer : answers) {
            const auto reply = SearchReply::parse(answer.data, nullptr);
            QVERIFY(reply);
            int index = -1;
            for (int i = 0; i < 3; ++i) {
                if (emu.module(i)->identity().mac == reply->mac())
                    index = i;
            }
            QVERIFY(index >= 0);
            const emu::VirtualModule &module = *emu.module(index);
            S2E_EXPECT_SOURCE_ADDRESS_UNDER_WINE();
            QCOMPARE(answer.from, module.identity().address);
            QCOMPARE(answer.fromPort, emu.emulator->port(*module.identity().model));
        }
    }

    void everyModeAnswersFromTheModulesAddress_data()
    {
        QTest::addColumn<emu::ReplyMode>("mode");
        QTest::newRow("peer") << emu::ReplyMode::Peer;
        QTest::newRow("broadcast") << emu::ReplyMode::Broadcast;
        QTest::newRow("broadcast-port") << emu::ReplyMode::BroadcastPort;
    }

    void everyModeAnswersFromTheModulesAddress()
    {
        QFETCH(emu::ReplyMode, mode);
        LoopbackEmulator emu;
        auto options = LoopbackEmulator::options(2);
        options.reply = mode;
        QVERIFY(emu.start(options));
        QUdpSocket socket;
        // Broadcast-port answers go to the setting port: listen there as well.
        QUdpSocket settingPort;
        QVERIFY(socket.bind(QHostAddress::AnyIPv4, 0));
        QVERIFY(settingPort.bind(QHostAddress::AnyIPv4, emu.emulator->port(),
                                 QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint));
        QUdpSocket &listener = mode == emu::ReplyMode::BroadcastPort ? settingPort : socket;
        socket.writeDatagram(RequestFrame::search().encode(), QHostAddress(QStringLiteral("127.255.255.255")),
                             emu.emulator->port());
        QSet<QString> from;
        int count = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 400) {
            QTest::qWait(20);
            while (listener.hasPendingDatagrams()) {
                const QNetworkDatagram datagram = listener.receiveDatagram();
                if (SearchReply::parse(datagram.data(), nullptr)) {
                    ++count;
                    from << datagram.senderAddress().toString();
                }
            }
        }
        QCOMPARE(count, 2);
        S2E_EXPECT_SOURCE_ADDRESS_UNDER_WINE();
        QCOMPARE(from, QSet<QString>({ QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.3") }));
    }

    void aUnicastRequestIsForItsAddressee()
    {
        LoopbackEmulator emu;
        QVERIFY(emu.start(LoopbackEmulator::options(2)));
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::AnyIPv4, 0));
        const emu::VirtualModule &first = *emu.module(0);
        const emu::VirtualModule &second = *emu.module(1);
        // A read naming the second module, sent to the first one's address: nobody answers.
        const auto read = RequestFrame::create(Command::Read, second.identity().mac, QStringLiteral("admin"),
                                               QStringLiteral("admin"));
        QVERIFY(ask(socket, read->encode(), first.identity().address, emu.emulator->port()).isEmpty());
        const QList<Answer> own = ask(socket, read->encode(), second.identity().address, emu.emulator->port());
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().data, second.workingConfig().encode());
        S2E_EXPECT_SOURCE_ADDRESS_UNDER_WINE();
        QCOMPARE(own.first().from, second.identity().address);
    }

    void the302AnswersTheT24Search()
    {
        LoopbackEmulator emu;
        auto options = LoopbackEmulator::options(2);
        options.models = { ModelTable::find(u"k7"), ModelTable::find(u"302") };
        QVERIFY(emu.start(options));
        QUdpSocket socket;
        QVERIFY(socket.bind(QHostAddress::AnyIPv4, 0));
        const QList<Answer> answers = ask(socket, T24Reply::request(), QHostAddress(QStringLiteral("127.255.255.255")),
                                          emu.emulator->port(*ModelTable::find(u"302")));
        QCOMPARE(answers.size(), 1);
        const auto reply = T24Reply::parse(answers.first().data, nullptr);
        QVERIFY(reply);
        const emu::VirtualModule &m0 = *emu.module(1);
        QCOMPARE(reply->mac(), m0.identity().mac);
        S2E_EXPECT_SOURCE_ADDRESS_UNDER_WINE();
        QCOMPARE(answers.first().from, m0.identity().address);
        const QJsonObject fields = reply->fields();
        QCOMPARE(fields.value(u"ip").toString(), m0.identity().address.toString());
        QCOMPARE(fields.value(u"mode").toString(), QStringLiteral("tcp-server"));
        QCOMPARE(fields.value(u"local_port").toInt(), 23);
        QCOMPARE(fields.value(u"baud").toInt(), 115200);
        QCOMPARE(fields.value(u"data_bits").toInt(), 8);
        QCOMPARE(fields.value(u"parity").toString(), QStringLiteral("none"));
        // The K7's port hears no such thing.
        QVERIFY(ask(socket, T24Reply::request(), QHostAddress(QStringLiteral("127.255.255.255")), emu.emulator->port())
                        .isEmpty());
    }

    void the302RefusesStoreAndKeepsWrites()
    {
        LoopbackEmulator emu;
        auto options = LoopbackEmulator::options(1);
        options.models = { ModelTable::find(u"302") };
        QVERIFY(emu.start(options));
        emu::VirtualModule &m0 = *emu.module(0);
        const MacAddress mac = m0.identity().mac;
        const auto frame = [&](Command command, const QByteArray &params = {}) {
            return RequestFrame::create(command, mac, QStringLiteral("admin"), QStringLiteral("admin"), params)->encode();
        };
        const auto status = [&](const QByteArray &reply) { return ShortReply::parse(reply, nullptr)->status(); };
        DeviceConfig changed = m0.workingConfig();
        QVERIFY(changed.setValue(u"port1.baud", 9600).ok());
        QCOMPARE(status(*m0.handle(*RequestFrame::parse(frame(Command::WritePort1, changed.port(0).encode()), nullptr))),
                 ShortReply::Status::Ok);
        QCOMPARE(status(*m0.handle(*RequestFrame::parse(frame(Command::Store), nullptr))), ShortReply::Status::Error);
        QSignalSpy restarted(&m0, &emu::VirtualModule::restarted);
        QCOMPARE(status(*m0.handle(*RequestFrame::parse(frame(Command::Restart), nullptr))), ShortReply::Status::Ok);
        QVERIFY(restarted.wait(5000));
        QCOMPARE(*m0.runningConfig().value(u"port1.baud"), QJsonValue(9600));
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorReplies)
#include "tst_emulatorreplies.moc"
