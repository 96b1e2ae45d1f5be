#include "protocol/bytes.h"
#include "protocol/upgrade/bootppacket.h"
#include "protocol/upgrade/firmwareimage.h"
#include "protocol/upgrade/tftppacket.h"
#include "testvectors.h"

#include <QTest>

using namespace s2e;

namespace {

QByteArray firmware(quint32 stack, quint32 reset, int size = 1024)
{
    QByteArray image(qMax(size, 8), '\0');
    bytes::writeLe(image, 0, 4, stack);
    bytes::writeLe(image, 4, 4, reset);
    image.truncate(size);
    return image;
}

} // namespace

class tst_UpgradePackets : public QObject
{
    Q_OBJECT

private slots:
    void magicPacketVector()
    {
        const QJsonObject vector = testVector("magic_packet");
        const auto mac = MacAddress::parse(vector.value(u"mac").toString());
        QCOMPARE(magicPacket(*mac), testVectorBytes("magic_packet"));
        QCOMPARE(*parseMagicPacket(testVectorBytes("magic_packet")), *mac);
        QByteArray wrong = testVectorBytes("magic_packet");
        wrong[29] = 0;
        QVERIFY(!parseMagicPacket(wrong));
        QVERIFY(!parseMagicPacket(wrong.left(29)));
    }

    void tftpRoundTrips()
    {
        for (const TftpPacket &packet :
             { TftpPacket::readRequest(QStringLiteral("firmware.bin")), TftpPacket::dataBlock(7, QByteArray(512, 'x')),
               TftpPacket::dataBlock(65535, {}), TftpPacket::ack(3), TftpPacket::error(4, QStringLiteral("no")) }) {
            const auto parsed = TftpPacket::parse(packet.encode(), nullptr);
            QVERIFY(parsed);
            QCOMPARE(parsed->encode(), packet.encode());
        }
        QCOMPARE(TftpPacket::readRequest(QStringLiteral("f")).encode(), QByteArray("\0\1f\0octet\0", 10));
        QCOMPARE(TftpPacket::ack(0x0102).encode(), QByteArray::fromHex("00040102"));
        QCOMPARE(TftpPacket::dataBlock(1, "ab").encode(), QByteArray::fromHex("000300016162"));
    }

    void tftpMalformed()
    {
        QString error;
        QVERIFY(!TftpPacket::parse(QByteArray::fromHex("0003"), &error));
        QVERIFY(!TftpPacket::parse(QByteArray::fromHex("00040001ff"), &error));
        QVERIFY(!TftpPacket::parse(QByteArray::fromHex("0009000000"), &error));
        QVERIFY(error.contains(QStringLiteral("opcode 9")));
        QVERIFY(!TftpPacket::parse(QByteArray::fromHex("0003000100") + QByteArray(512, 'x'), &error));
        QVERIFY(!TftpPacket::parse(QByteArray("\0\1name", 6), &error));
    }

    void bootpRoundTrip()
    {
        BootpPacket packet;
        packet.op = BootpPacket::Op::Reply;
        packet.xid = 0xDEADBEEF;
        packet.clientIp = 0x7F000003;
        packet.yourIp = 0x7F000003;
        packet.serverIp = 0x7F000001;
        packet.mac = *MacAddress::parse(u"02:55:53:52:00:02");
        packet.serverName = QStringLiteral("stellaris");
        packet.bootFile = QStringLiteral("firmware.bin");
        const QByteArray bytes = packet.encode();
        QCOMPARE(bytes.size(), 300);
        QCOMPARE(bytes.mid(28, 6), QByteArray::fromHex("025553520002"));
        const auto parsed = BootpPacket::parse(bytes + QByteArray(64, '\0'), nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->xid, packet.xid);
        QCOMPARE(parsed->yourIp, packet.yourIp);
        QCOMPARE(parsed->serverIp, packet.serverIp);
        QCOMPARE(parsed->mac, packet.mac);
        QCOMPARE(parsed->serverName, packet.serverName);
        QCOMPARE(parsed->bootFile, packet.bootFile);
        QVERIFY(!BootpPacket::parse(bytes.left(299), nullptr));
        QByteArray token = bytes;
        token[1] = 6; // token ring
        QVERIFY(!BootpPacket::parse(token, nullptr));
    }

    void firmwareChecks_data()
    {
        QTest::addColumn<QByteArray>("image");
        QTest::addColumn<QString>("error");
        QTest::newRow("plausible") << firmware(0x20008000, 0x4101) << QString();
        QTest::newRow("too small") << firmware(0x20008000, 0x4101, 7) << "too small";
        QTest::newRow("too large") << firmware(0x20008000, 0x4101, 0x50001) << "over the application area";
        QTest::newRow("stack in flash") << firmware(0x00010000, 0x4101) << "stack pointer 0x00010000 is not inside SRAM";
        QTest::newRow("stack past SRAM") << firmware(0x20040004, 0x4101) << "not inside SRAM";
        QTest::newRow("even reset") << firmware(0x20008000, 0x4100) << "reset vector 0x00004100 is even";
        QTest::newRow("reset below") << firmware(0x20008000, 0x0101) << "points outside the image";
        QTest::newRow("reset past end") << firmware(0x20008000, 0x4000 + 1024 + 1) << "points outside the image";
    }

    void firmwareChecks()
    {
        QFETCH(QByteArray, image);
        QFETCH(QString, error);
        const auto checked = FirmwareImage::check(image);
        QCOMPARE(checked.ok(), error.isEmpty());
        if (!error.isEmpty())
            QVERIFY2(checked.error().contains(error), qPrintable(checked.error()));
    }

    void firmwareVersionAndHash()
    {
        QByteArray image = firmware(0x20008000, 0x4101);
        QVERIFY(!FirmwareImage::version(image));
        image.replace(100, 20, "S2E-FW-VERSION=4021\0");
        QCOMPARE(*FirmwareImage::version(image), 4021);
        QCOMPARE(FirmwareImage::sha256("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(!FirmwareImage::version(QByteArray("S2E-FW-VERSION=99999")));
    }
};

QTEST_GUILESS_MAIN(tst_UpgradePackets)
#include "tst_upgradepackets.moc"
