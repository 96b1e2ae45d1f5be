#include "protocol/deviceconfig.h"
#include "protocol/readreplyassembler.h"
#include "testvectors.h"

#include <QTest>

#include <algorithm>

using namespace s2e;
using State = ReadReplyAssembler::State;

class tst_ReadReplyAssembler : public QObject
{
    Q_OBJECT

private slots:
    void aWholeReplyOfEveryOneDatagramFamily()
    {
        for (const ModelDef &model : ModelTable::all()) {
            ReadReplyAssembler assembler;
            const QByteArray reply(model.readLength(), '\x05');
            // A 302's read in one datagram is whole too.
            QCOMPARE(assembler.add(reply), State::Complete);
            QCOMPARE(assembler.bytes(), reply);
            QCOMPARE(assembler.datagramCount(), 1);
        }
    }

    void lengthsNoFamilySendsWaitForQuiet()
    {
        // 130 is basic + one port, and the 302's first piece; 256 basic + three ports.
        for (int length : { 67, 130, 150, 256 }) {
            ReadReplyAssembler assembler;
            QCOMPARE(assembler.add(QByteArray(length, '\x05')), State::MaybeComplete);
        }
        ReadReplyAssembler shortOne;
        QCOMPARE(shortOne.add(QByteArray(66, '\x05')), State::Incomplete);
    }

    void theK7VectorIsWholeAtOnce()
    {
        ReadReplyAssembler assembler;
        const QByteArray reply = testVectorBytes("read_reply_180");
        QCOMPARE(assembler.add(reply), State::Complete);
        QCOMPARE(DeviceConfig::parse(assembler.bytes(), nullptr)->model().key, "k7");
        // Nothing more is taken once complete.
        QCOMPARE(assembler.add(QByteArray(10, '\x01')), State::Complete);
        QCOMPARE(assembler.bytes(), reply);
    }

    void theTwoPortVectorIsWholeAtOnce()
    {
        ReadReplyAssembler assembler;
        QCOMPARE(assembler.add(testVectorBytes("read_reply_193")), State::Complete);
        QCOMPARE(DeviceConfig::parse(assembler.bytes(), nullptr)->model().key, "410s");
    }

    void theTcp232_302VectorInThreeDatagrams()
    {
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        QCOMPARE(pieces.size(), 3);
        ReadReplyAssembler assembler;
        QCOMPARE(assembler.add(pieces[0]), State::MaybeComplete);
        QCOMPARE(assembler.add(pieces[1]), State::Incomplete); // 180 bytes, but not a K7's one datagram
        QCOMPARE(assembler.add(pieces[2]), State::Complete);
        QCOMPARE(assembler.bytes(), pieces[0] + pieces[1] + pieces[2]);
        QCOMPARE(assembler.datagramCount(), 3);
        QCOMPARE(assembler.describe(), QStringLiteral("264 byte(s) in 3 datagram(s) (130 + 50 + 84)"));
    }

    void piecesOutOfOrderArePutInOrder()
    {
        QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        const QByteArray whole = pieces[0] + pieces[1] + pieces[2];
        std::sort(pieces.begin(), pieces.end());
        int orders = 0;
        do {
            ReadReplyAssembler assembler;
            QCOMPARE(assembler.add(pieces[0]) == State::Complete, false);
            QCOMPARE(assembler.add(pieces[1]) == State::Complete, false);
            QCOMPARE(assembler.add(pieces[2]), State::Complete);
            QCOMPARE(assembler.bytes(), whole);
            ++orders;
        } while (std::next_permutation(pieces.begin(), pieces.end()));
        QCOMPARE(orders, 6);
    }

    void aMissingPieceStaysIncompleteAndSaysWhich()
    {
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        ReadReplyAssembler assembler;
        QCOMPARE(assembler.add(pieces[0]), State::MaybeComplete);
        QCOMPARE(assembler.add(pieces[2]), State::Incomplete);
        QCOMPARE(assembler.describe(), QStringLiteral("214 byte(s) in 2 datagram(s) (130 + 84); the USR-TCP232-302 "
                                                      "answers 130 + 50 + 84"));
        ReadReplyAssembler later;
        QCOMPARE(later.add(pieces[1]), State::Incomplete);
        QCOMPARE(later.add(pieces[2]), State::Incomplete);
    }

    void onTheTcp232_302sPortItsFirstPieceAloneIsIncomplete()
    {
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        ReadReplyAssembler assembler;
        assembler.setExpected(ModelTable::find(u"302"));
        QCOMPARE(assembler.add(pieces[0]), State::Incomplete);
        assembler.clear();
        QCOMPARE(assembler.add(pieces[0]), State::Incomplete); // kept across replies
        QCOMPARE(assembler.add(pieces[1]), State::Incomplete);
        QCOMPARE(assembler.add(pieces[2]), State::Complete);
        // Another family's whole reply is still whole.
        ReadReplyAssembler k7;
        k7.setExpected(ModelTable::find(u"302"));
        QCOMPARE(k7.add(testVectorBytes("read_reply_180")), State::Complete);
    }

    void piecesOfAnotherLengthWaitForQuiet()
    {
        const QByteArray reply = testVectorBytes("read_reply_180");
        ReadReplyAssembler assembler;
        QCOMPARE(assembler.add(reply.first(60)), State::Incomplete);
        QCOMPARE(assembler.add(reply.sliced(60, 60)), State::MaybeComplete);
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
        QCOMPARE(assembler.add(QByteArray(200, '\x01')), State::MaybeComplete);
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
