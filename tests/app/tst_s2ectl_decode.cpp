#include "s2ectlrun.h"
#include "testvectors.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>


class tst_S2ectlDecode : public QObject
{
    Q_OBJECT

private slots:
    void everyVectorDecodes()
    {
        const QJsonObject vectors = testVectors();
        int decoded = 0;
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            const QString hex = it.value().toObject().value(u"hex").toString();
            // The magic packet belongs to the firmware upgrade, not to the setting protocol.
            if (hex.isEmpty() || it.key() == u"magic_packet")
                continue;
            const S2ectlRun run = s2ectl({ "decode", hex });
            QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(it.key() + ": " + run.err));
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
            QVERIFY2(json.isObject(), qPrintable(it.key() + ": " + error.errorString()));
            QVERIFY(!json.object().value(u"kind").toString().isEmpty());
            ++decoded;
        }
        QCOMPARE(decoded, 26);
    }

    void familiesAndTheirLayouts()
    {
        const QList<QByteArray> pieces = testVectorDatagrams("read_reply_302");
        const S2ectlRun whole = s2ectl({ "decode", QString::fromLatin1(pieces.join().toHex()) });
        QCOMPARE(whole.exitCode, 0);
        const QJsonObject m0 = whole.json().object();
        QCOMPARE(m0.value(u"model"), QJsonValue("302"));
        QCOMPARE(m0.value(u"fields").toObject().value(u"port1.httpd_method"), QJsonValue("post"));
        QCOMPARE(m0.value(u"fields").toObject().value(u"port1.pack_len"), QJsonValue(512));
        const S2ectlRun piece = s2ectl({ "decode", QString::fromLatin1(pieces[2].toHex()) });
        QCOMPARE(piece.json().object().value(u"kind"), QJsonValue("read-reply-piece"));
        QCOMPARE(piece.json().object().value(u"model"), QJsonValue("302"));

        // A write's port block in the layout asked for.
        const QString write = testVector("write_port0_request").value(u"hex").toString();
        const auto fields = [&](const QStringList &extra) {
            return s2ectl(QStringList { "decode" } + extra + QStringList { write }).json().object().value(u"fields").toObject();
        };
        QCOMPARE(fields({ "--model", "k7" }).value(u"port1.pack_len"), QJsonValue(0));
        QCOMPARE(fields({ "--model", "302" }).value(u"port1.max_clients"), QJsonValue(0));
        // Without a model, only what every layout reads alike: zero packing-length bytes do,
        // the HTTPD method has no place in the M4 layout.
        QCOMPARE(fields({}).value(u"port1.pack_len"), QJsonValue(0));
        QVERIFY(!fields({}).contains(u"port1.httpd_method"));
        const QString writeBasic = testVector("write_basic_request").value(u"hex").toString();
        const QJsonObject basic = s2ectl({ "decode", writeBasic }).json().object();
        QCOMPARE(basic.value(u"model"), QJsonValue("unknown"));
        QVERIFY(basic.value(u"fields").toObject().contains(u"name"));
        QVERIFY(!basic.value(u"fields").toObject().contains(u"restart_timeout"));
    }

    void toleratedVariants()
    {
        // What real modules send besides the K7's own forms (protocol.md §1.2, §4).
        const S2ectlRun sevenBit = s2ectl({ "decode", testVector("rfc2217_115200_8n1_7bit_checksum").value(u"hex").toString() });
        QCOMPARE(sevenBit.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(sevenBit.out).object().value(u"checksum_form"), QJsonValue("7-bit"));
        QCOMPARE(QJsonDocument::fromJson(sevenBit.out).object().value(u"checksum_ok"), QJsonValue(true));
        const S2ectlRun k1 = s2ectl({ "decode", testVector("rfc2217_115200_8n1_k1_form").value(u"hex").toString() });
        QCOMPARE(QJsonDocument::fromJson(k1.out).object().value(u"baud"), QJsonValue(115200));
        const S2ectlRun error = s2ectl({ "decode", "FF01054537" });
        QCOMPARE(error.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(error.out).object(),
                 QJsonDocument::fromJson(R"({"kind":"short-reply","command":"write-basic","status":"error",
                                             "module_checksum":55})").object());
        const S2ectlRun unknown = s2ectl({ "decode", "FF01224B" });
        QCOMPARE(unknown.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(unknown.out).object(),
                 QJsonDocument::fromJson(R"({"kind":"short-reply","command":"0x22","status":"ok",
                                             "known_command":false})").object());
        const S2ectlRun captured = s2ectl({ "decode", testVector("search_reply_captured_4017").value(u"hex").toString() });
        const QJsonObject reply = QJsonDocument::fromJson(captured.out).object();
        QCOMPARE(reply.value(u"firmware"), QJsonValue(4017));
        QCOMPARE(reply.value(u"name"), QJsonValue("18352222221234"));
        QCOMPARE(reply.value(u"checksum_ok"), QJsonValue(true));
    }

    void searchReplyShape()
    {
        const S2ectlRun run = s2ectl({ "decode", "FF 24 01 00 00 C0 A8 01 6B D8 B0 4C C0 0D 65 C3 0B 01",
                                 "00:55:53:52:2D:4B:33:00:00:00:00:00:00:00:00:00:00:8E" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject expected = QJsonDocument::fromJson(
                R"({"kind":"search-reply","ip":"192.168.1.107","mac":"D8:B0:4C:C0:0D:65",
                    "firmware":3011,"encryption":1,"name":"USR-K3","board_type":0,
                    "board_id":0,"checksum_ok":true})").object();
        QCOMPARE(QJsonDocument::fromJson(run.out).object(), expected);
        QCOMPARE(run.out.count('\n'), 1);
    }

    void shortReplyShape()
    {
        const S2ectlRun run = s2ectl({ "decode", "FF01024B" });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object(),
                 QJsonDocument::fromJson(R"({"kind":"short-reply","command":"restart","status":"ok"})")
                         .object());
    }

    void configShape()
    {
        const S2ectlRun run = s2ectl({ "decode", testVector("read_reply_180").value(u"hex").toString() });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject config = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(config.value(u"kind"), QJsonValue("config"));
        QCOMPARE(config.value(u"ports"), QJsonValue(1));
        QCOMPARE(config.value(u"cloud"), QJsonValue(true));
        const QJsonObject fields = config.value(u"fields").toObject();
        QCOMPARE(fields.value(u"ip.address"), QJsonValue("192.168.0.7"));
        QVERIFY(fields.value(u"port1.baud").isDouble());
        QVERIFY(fields.value(u"port1.rfc2217").isBool());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("66 bytes") << QStringList { "decode", QString(132, u'0') }
                                  << "read reply of 66 bytes: a read holds at least the 67-byte basic block and at "
                                     "most 264 bytes\n";
        QTest::newRow("unknown model") << QStringList { "decode", "--model", "k9", "FF010102" }
                                       << "--model: expected one of k7, 410s, 302\n";
        QTest::newRow("not hex") << QStringList { "decode", "FFZZ" } << "decode: expected hexadecimal";
        QTest::newRow("odd digits") << QStringList { "decode", "FF0" } << "decode: expected hexadecimal";
        QTest::newRow("nothing") << QStringList { "decode" } << "decode: expected hexadecimal";
        QTest::newRow("no command") << QStringList {} << "no command given";
        QTest::newRow("unknown command") << QStringList { "frobnicate" } << "unknown command";
        QTest::newRow("unknown option") << QStringList { "--frobnicate" } << "Unknown option";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const S2ectlRun run = s2ectl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).startsWith(message), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void randomBytesCrashNothing()
    {
        QRandomGenerator random(1902);
        for (int i = 0; i < 150; ++i) {
            QByteArray bytes = randomBytes(random, 1 + random.bounded(300));
            if (random.bounded(2))
                bytes[0] = char(0xFF);
            const S2ectlRun run = s2ectl({ "decode", QString::fromLatin1(bytes.toHex()) });
            QVERIFY2(!run.crashed, bytes.toHex().constData());
            QVERIFY(run.exitCode == 0 || run.exitCode == 2);
            QCOMPARE(run.exitCode == 0, !run.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_S2ectlDecode)
#include "tst_s2ectl_decode.moc"
