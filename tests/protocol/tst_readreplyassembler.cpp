#include "protocol/deviceconfig.h"
#include "protocol/readreplyassembler.h"
#include "testvectors.h"

#include <QTest>

using namespace s2e;
using State = ReadReplyAssembler::State;

class tst_ReadReplyAssembler : public QObject
{
    Q_OBJECT

private slots:
    void singleDatagramsOfEveryLayout()
    {
        for (const DeviceConfig::Layout &layout : DeviceConfig::layouts()) {
            ReadReplyAssembler assembler;
            const QByteArray reply(layout.length, '\x05');
            // 130 bytes may be the TCP232-302's first datagram of three.
            const State expected = layout.length == 130 ? State::MaybeComplete : State::Complete;
            QCOMPARE(assembler.add(reply), expected);
            QCOMPARE(assembler.bytes(), reply);
            QCOMPARE(assembler.datagramCount(), 1);
        }
    }

    void theK7VectorIsWholeAtOnce()
    {
        ReadReplyAssembler assembler;
        const QByteArray reply = testVectorBytes("read_reply_180");
        QCOMPARE(assembler.add(reply), State::Complete);
        QVERIFY(DeviceConfig::parse(assembler.bytes(), nullptr));
        // Nothing more is taken once complete.
        QCOMPARE(assembler.add(QByteArray(10, '\x01')), State::Complete);
        QCOMPARE(assembler.bytes(), reply);
    }

    void threeDatagramsOfTheTcp232_302()
    {
        ReadReplyAssembler assembler;
        QCOMPARE(assembler.add(QByteArray(130, '\x01')), State::MaybeComplete);
        QCOMPARE(assembler.add(QByteArray(50, '\x02')), State::MaybeComplete); // 180, as a K7's
        QCOMPARE(assembler.add(QByteArray(84, '\x03')), State::Complete);
        QCOMPARE(assembler.bytes().size(), ReadReplyAssembler::SplitReadLength);
        QCOMPARE(assembler.datagramCount(), 3);
        QCOMPARE(assembler.describe(), QStringLiteral("264 byte(s) in 3 datagram(s)"));
    }

    void piecesOfAKnownLengthWaitForQuiet()
    {
        const QByteArray reply = testVectorBytes("read_reply_180");
        ReadReplyAssembler assembler;
        QCOMPARE(assembler.add(reply.first(60)), State::Incomplete);
        QCOMPARE(assembler.add(reply.sliced(60, 60)), State::Incomplete);
        QCOMPARE(assembler.add(reply.sliced(120)), State::MaybeComplete);
        QCOMPARE(assembler.bytes(), reply);
    }

    void duplicatesAreDropped()
    {
        ReadReplyAssembler assembler;
        const QByteArray first(130, '\x01');
        QCOMPARE(assembler.add(first), State::MaybeComplete);
        QCOMPARE(assembler.add(first), State::MaybeComplete);
        QCOMPARE(assembler.datagramCount(), 1);
        QCOMPARE(assembler.bytes().size(), 130);
    }

    void tooMuchIsNoReply()
    {
        ReadReplyAssembler assembler;
        QCOMPARE(assembler.add(QByteArray(200, '\x01')), State::Incomplete);
        QCOMPARE(assembler.add(QByteArray(100, '\x02')), State::Overflow);
        QCOMPARE(assembler.add(QByteArray(1, '\x02')), State::Overflow);
        assembler.clear();
        QCOMPARE(assembler.state(), State::Empty);
        QCOMPARE(assembler.add({}), State::Empty);
        QCOMPARE(assembler.add(QByteArray(264, '\x00')), State::Complete);
    }
};

QTEST_GUILESS_MAIN(tst_ReadReplyAssembler)
#include "tst_readreplyassembler.moc"
