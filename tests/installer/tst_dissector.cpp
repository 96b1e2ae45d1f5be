#include "loopbackemulator.h"
#include "protocol/t24reply.h"
#include "net/configclient.h"
#include "upgrade/webpageuploader.h"
#include "waitfor.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

using namespace s2e;

// Traffic of a session with a virtual module, captured on loopback by tshark and decoded by
// the generated dissector: the fields come out with the field table's names and values.
class tst_Dissector : public QObject
{
    Q_OBJECT

private slots:
    void tsharkShowsTheFields()
    {
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark is not installed (apt-get install tshark): the dissector is not checked");
        LoopbackEmulator emu;
        auto emuOptions = LoopbackEmulator::options(3);
        emuOptions.models = { ModelTable::find(u"k7"), ModelTable::find(u"k7"), ModelTable::find(u"302") };
        QVERIFY(emu.start(emuOptions));
        const quint16 port = emu.emulator->port();
        const quint16 m0Port = emu.emulator->port(*ModelTable::find(u"302"));
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("s2e.pcapng"));

        QProcess dumper;
        dumper.setProcessChannelMode(QProcess::MergedChannels);
        dumper.start(tshark, { "-i", "lo", "-f", QStringLiteral("udp port %1 or udp port %2").arg(port).arg(m0Port), "-w", capture });
        QByteArray dumperOut;
        QDeadlineTimer started(15000);
        while (!dumperOut.contains("Capturing on") && dumper.state() != QProcess::NotRunning && !started.hasExpired()) {
            dumper.waitForReadyRead(100);
            dumperOut += dumper.readAll();
        }
        if (!dumperOut.contains("Capturing on"))
            QSKIP(qPrintable(QStringLiteral("tshark cannot capture on lo here: %1").arg(QString::fromUtf8(dumperOut).trimmed())));
        QTest::qWait(300);

        ConfigClient client(emu.module(1)->identity().mac, {}, emu.channelOptions());
        const auto read = waitFor<DeviceConfig>([&](auto cb) { client.read(cb); });
        QVERIFY(read && read->ok());
        ConfigClient::ApplyOptions options;
        options.restart = false;
        const auto applied = waitFor<ConfigClient::ApplyReport>([&](auto cb) {
            client.apply({ { QStringLiteral("port1.baud"), 57600 } }, options, cb);
        });
        QVERIFY(applied && applied->ok());
        // The 302: its read in three datagrams, and a write of its own port-block tail.
        ConfigClient m0(emu.module(2)->identity().mac, {}, emu.channelOptions());
        const auto m0Applied = waitFor<ConfigClient::ApplyReport>([&](auto cb) {
            m0.apply({ { QStringLiteral("port1.max_clients"), 8 } }, options, cb);
        });
        QVERIFY(m0Applied && m0Applied->ok());
        // What other models and firmware send: a reply to a command this tool does not know,
        // and an error carrying the checksum the module computed.
        QUdpSocket other;
        QVERIFY(other.bind(QHostAddress::LocalHost, 0));
        other.writeDatagram(QByteArray::fromHex("FF01224B"), QHostAddress::LocalHost, port);
        other.writeDatagram(QByteArray::fromHex("FF01054537"), QHostAddress::LocalHost, port);
        // The older T24 search, which the 302 answers with its 35 bytes.
        other.writeDatagram(T24Reply::request(), QHostAddress::LocalHost, m0Port);
        QTest::qWait(500);
        ::kill(pid_t(dumper.processId()), SIGINT);
        QVERIFY(dumper.waitForFinished(10000));

        QProcess reader;
        reader.start(tshark, { "-r", capture, "-X", QStringLiteral("lua_script:%1").arg(QStringLiteral(S2E_DISSECTOR)),
                               "-d", QStringLiteral("udp.port==%1,s2e").arg(port), "-d", QStringLiteral("udp.port==%1,s2e").arg(m0Port),
                               "-o", QStringLiteral("s2e.m0_port:%1").arg(m0Port), "-T", "fields", "-E", "separator=|",
                               "-e", "s2e.kind", "-e", "s2e.cmd", "-e", "s2e.mac", "-e", "s2e.name", "-e", "s2e.port1.baud",
                               "-e", "s2e.ip.address", "-e", "s2e.port1.mode", "-e", "s2e.status",
                               "-e", "s2e.module_checksum", "-e", "s2e.port1.max_clients", "-e", "_ws.col.Info" });
        QVERIFY(reader.waitForFinished(30000));
        const QString out = QString::fromUtf8(reader.readAllStandardOutput());
        const QString errors = QString::fromUtf8(reader.readAllStandardError());
        QVERIFY2(!out.isEmpty(), qPrintable(errors));
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        const auto lineWith = [&lines](const QString &start) {
            for (const QString &line : lines)
                if (line.startsWith(start))
                    return line;
            return QString();
        };
        // The read reply: the K7's 180 bytes, each parameter by its key.
        const QStringList readReply = lineWith(QStringLiteral("read reply|||USR-K7-002|115200|127.0.0.3")).split(u'|');
        QVERIFY2(readReply.size() == 11, qPrintable(out));
        QVERIFY2(readReply.at(10).startsWith(QStringLiteral("USR-K7 read reply (180 bytes)")), qPrintable(out));
        QCOMPARE(readReply.at(4), QStringLiteral("115200"));
        QCOMPARE(readReply.at(5), QStringLiteral("127.0.0.3"));
        QCOMPARE(readReply.at(6), QStringLiteral("0x03")); // tcp-server
        // The write of port 1 carries the new rate; the store is acknowledged with K.
        const QStringList write = lineWith(QStringLiteral("request|0x06|02:55:53:52:00:02")).split(u'|');
        QVERIFY2(write.size() == 11, qPrintable(out));
        QCOMPARE(write.at(2), QStringLiteral("02:55:53:52:00:02"));
        QCOMPARE(write.at(4), QStringLiteral("57600"));
        // Replies come back to the setting port itself, and are still told from requests.
        QVERIFY2(lineWith(QStringLiteral("short reply|0x04")).contains(QStringLiteral("|0x4b||")), qPrintable(out));
        QVERIFY2(lineWith(QStringLiteral("short reply|0x22")).contains(QStringLiteral("|0x4b||")), qPrintable(out));
        QVERIFY2(lineWith(QStringLiteral("short reply|0x05")).contains(QStringLiteral("|0x45|0x37|")), qPrintable(out));

        // The 302 in its own layout: part 1 of its read (the client limit at offset 53, where a
        // K7 keeps its packing length), parts 2 and 3 kept as they are, and the write of its tail.
        const QStringList m0Read = lineWith(QStringLiteral("read reply|||USR-302-003|115200|127.0.0.4")).split(u'|');
        QVERIFY2(m0Read.size() == 11, qPrintable(out));
        QCOMPARE(m0Read.at(9), QStringLiteral("4"));
        QVERIFY2(m0Read.at(10).startsWith(QStringLiteral("USR-TCP232-302 read reply, part 1 of 3")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("USR-TCP232-302 read reply, part 2 of 3")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("USR-TCP232-302 read reply, part 3 of 3")), qPrintable(out));
        const QStringList m0Write = lineWith(QStringLiteral("request|0x06|02:55:53:52:00:03")).split(u'|');
        QVERIFY2(m0Write.size() == 11, qPrintable(out));
        QCOMPARE(m0Write.at(9), QStringLiteral("8"));
        QVERIFY2(out.contains(QStringLiteral("|T24 search request\n")), qPrintable(out));
        const QStringList t24 = lineWith(QStringLiteral("T24 search reply||02:55:53:52:00:03")).split(u'|');
        QVERIFY2(t24.size() == 11, qPrintable(out));
        QVERIFY2(t24.at(10).contains(QStringLiteral("version 4.0, at 127.0.0.4")), qPrintable(out));
    }
};

QTEST_MAIN(tst_Dissector)
#include "tst_dissector.moc"
