#include "protocol/fieldtable.h"
#include "protocol/paramblock.h"
#include "protocol/requestframe.h"
#include "testvectors.h"

#include <QTest>

using namespace s2e;

Q_DECLARE_METATYPE(s2e::BlockKind)

namespace {

QByteArray paramsOf(const char *vector)
{
    return RequestFrame::parse(testVectorBytes(vector), nullptr)->params();
}

// A valid value different from `current`, so that a write really changes the field.
QJsonValue otherValue(const FieldDef &def, const QJsonValue &current, QRandomGenerator &random)
{
    switch (def.type) {
    case FieldType::UInt: {
        const quint32 span = def.max - def.min;
        qint64 v = def.min + (span ? random.bounded(quint32(qMin<quint32>(span, 0x7FFFFFFF))) : 0);
        if (QJsonValue(v) == current)
            v = v == def.min ? def.max : def.min;
        return v;
    }
    case FieldType::Ipv4:
        return current == QJsonValue(QStringLiteral("10.1.2.3")) ? QStringLiteral("10.1.2.4")
                                                                 : QStringLiteral("10.1.2.3");
    case FieldType::Text: {
        const QString text = QString(int(qMax<quint32>(def.max / 2, def.min)), u'q');
        return current == QJsonValue(text) ? QString(int(def.max), u'r') : text;
    }
    case FieldType::Mac:
        return current == QJsonValue(QStringLiteral("02:00:00:00:00:01"))
                ? QStringLiteral("02:00:00:00:00:02")
                : QStringLiteral("02:00:00:00:00:01");
    case FieldType::Enum:
        for (const EnumValue &e : def.enumValues) {
            if (current != QJsonValue(QLatin1String(e.name)))
                return QLatin1String(e.name);
        }
        return QJsonValue();
    case FieldType::Flag:
        return !current.toBool();
    }
    return QJsonValue();
}

} // namespace

class tst_ParamBlock : public QObject
{
    Q_OBJECT

private slots:
    void sizes()
    {
        QCOMPARE(ParamBlock::size(BlockKind::Basic), 67);
        QCOMPARE(ParamBlock::size(BlockKind::Port), 63);
        QCOMPARE(ParamBlock::size(BlockKind::Cloud), 50);
        for (BlockKind kind : { BlockKind::Basic, BlockKind::Port, BlockKind::Cloud }) {
            for (int n : { 0, ParamBlock::size(kind) - 1, ParamBlock::size(kind) + 1 }) {
                QString error;
                QVERIFY(!ParamBlock::parse(kind, QByteArray(n, '\0'), &error));
                QVERIFY2(error.contains(QStringLiteral("of %1 bytes").arg(n)), qPrintable(error));
            }
        }
    }

    void manualBasicBlock()
    {
        const auto block = ParamBlock::parse(BlockKind::Basic, paramsOf("write_basic_request"), nullptr);
        QVERIFY(block);
        const auto field = [&](const char *key) {
            return block->value(*FieldTable::find(QString::fromLatin1(key))->def);
        };
        QCOMPARE(field("ip.mode"), QJsonValue(QStringLiteral("dhcp")));
        QCOMPARE(field("ip.address"), QJsonValue(QStringLiteral("192.168.0.7")));
        QCOMPARE(field("ip.gateway"), QJsonValue(QStringLiteral("192.168.0.1")));
        QCOMPARE(field("ip.mask"), QJsonValue(QStringLiteral("255.255.255.0")));
        QCOMPARE(field("websocket.port"), QJsonValue(6432));
        QCOMPARE(field("web.port"), QJsonValue(80));
        QCOMPARE(field("name"), QJsonValue(QStringLiteral("USR-K3")));
        QCOMPARE(field("user"), QJsonValue(QStringLiteral("admin")));
        QCOMPARE(field("password"), QJsonValue(QStringLiteral("admin")));
        QCOMPARE(field("device.id"), QJsonValue(1));
        QCOMPARE(field("device.id_type"), QJsonValue(QStringLiteral("off")));
        QCOMPARE(field("mac.user"), QJsonValue(QStringLiteral("D8:B0:4C:C0:0D:65")));
    }

    void manualPortBlock()
    {
        const QByteArray bytes = paramsOf("write_port0_request");
        auto block = ParamBlock::parse(BlockKind::Port, bytes, nullptr);
        QVERIFY(block);
        const auto field = [&](const char *key) {
            return block->value(*FieldTable::find(QString::fromLatin1(key))->def);
        };
        QCOMPARE(field("port1.baud"), QJsonValue(115200));
        QCOMPARE(field("port1.data_bits"), QJsonValue(8));
        QCOMPARE(field("port1.parity"), QJsonValue(QStringLiteral("none")));
        QCOMPARE(field("port1.stop_bits"), QJsonValue(1));
        QCOMPARE(field("port1.flow"), QJsonValue(QStringLiteral("none")));
        QCOMPARE(field("port1.reconnect_timeout"), QJsonValue(0));
        QCOMPARE(field("port1.local_port"), QJsonValue(23));
        QCOMPARE(field("port1.remote_port"), QJsonValue(23));
        QCOMPARE(field("port1.remote_host"), QJsonValue(QStringLiteral("192.168.0.201")));
        QCOMPARE(field("port1.mode"), QJsonValue(QStringLiteral("tcp-server")));
        QCOMPARE(field("port1.pack_len"), QJsonValue(0));
        QCOMPARE(field("port1.pack_time"), QJsonValue(0));
        // Flags byte 0x09: similar-RFC2217 on, and bit 0, which no field owns.
        QCOMPARE(field("port1.rfc2217"), QJsonValue(true));
        QCOMPARE(field("port1.modbus_tcp"), QJsonValue(false));
        QCOMPARE(field("port1.cloud"), QJsonValue(false));

        const auto modbus = *FieldTable::find(u"port1.modbus_tcp");
        QVERIFY(block->setValue(*modbus.def, true, modbus.key()).ok());
        QCOMPARE(quint8(block->encode()[50]), quint8(0x0D));
        QVERIFY(block->setValue(*modbus.def, QStringLiteral("off"), modbus.key()).ok());
        QCOMPARE(block->encode(), bytes);
    }

    void randomBlocksRoundTrip_data()
    {
        QTest::addColumn<BlockKind>("kind");
        QTest::newRow("basic") << BlockKind::Basic;
        QTest::newRow("port") << BlockKind::Port;
        QTest::newRow("cloud") << BlockKind::Cloud;
    }

    void randomBlocksRoundTrip()
    {
        QFETCH(BlockKind, kind);
        QRandomGenerator random(67 + int(kind));
        for (int i = 0; i < 2000; ++i) {
            const QByteArray bytes = randomBytes(random, ParamBlock::size(kind));
            auto block = ParamBlock::parse(kind, bytes, nullptr);
            QVERIFY(block);
            QCOMPARE(block->encode(), bytes);
            // Writing back what was read changes no byte, even where a text field holds
            // bytes after its NUL or an enum has no name for its value.
            for (const FieldDef &def : FieldTable::all()) {
                if (def.block != kind)
                    continue;
                const QJsonValue current = block->value(def);
                const bool acceptable = def.normalize(current, def.key(0)).ok();
                if (acceptable)
                    QVERIFY(block->setValue(def, current, def.key(0)).ok());
            }
            QCOMPARE(block->encode(), bytes);
        }
    }

    void writingAFieldTouchesOnlyItsBits_data()
    {
        randomBlocksRoundTrip_data();
    }

    void writingAFieldTouchesOnlyItsBits()
    {
        QFETCH(BlockKind, kind);
        QRandomGenerator random(1901 + int(kind));
        for (int i = 0; i < 300; ++i) {
            const QByteArray bytes = randomBytes(random, ParamBlock::size(kind));
            for (const FieldDef &def : FieldTable::all()) {
                if (def.block != kind)
                    continue;
                auto block = *ParamBlock::parse(kind, bytes, nullptr);
                const QJsonValue value = otherValue(def, block.value(def), random);
                const auto set = block.setValue(def, value, def.key(0));
                QVERIFY2(set.ok(), qPrintable(set.error()));
                QCOMPARE(block.value(def), *def.normalize(value, def.key(0)));
                const QByteArray after = block.encode();
                const quint8 mask = def.mask ? def.mask : 0xFF;
                for (int b = 0; b < bytes.size(); ++b) {
                    const bool inField = b >= def.offset && b < def.offset + def.size;
                    const quint8 keep = inField ? quint8(~mask) : 0xFF;
                    QVERIFY2((quint8(after[b]) & keep) == (quint8(bytes[b]) & keep),
                             qPrintable(QStringLiteral("%1 changed byte %2").arg(def.key(0)).arg(b)));
                }
            }
        }
    }

    void invalidValueLeavesBlockUnchanged()
    {
        auto block = ParamBlock::defaults(BlockKind::Port, M4Layout);
        const QByteArray before = block.encode();
        const auto baud = *FieldTable::find(u"port1.baud");
        const auto result = block.setValue(*baud.def, 599, baud.key());
        QVERIFY(!result.ok());
        QVERIFY(result.error().startsWith(QStringLiteral("port1.baud: 599")));
        QCOMPARE(block.encode(), before);
    }

    void defaults()
    {
        for (quint8 layout : { quint8(M4Layout), quint8(M0Layout) })
        for (BlockKind kind : { BlockKind::Basic, BlockKind::Port, BlockKind::Cloud }) {
            const auto block = ParamBlock::defaults(kind, layout);
            QCOMPARE(block.encode().size(), ParamBlock::size(kind));
            for (const FieldDef *def : FieldTable::placedIn(layout, kind)) {
                if (*def->defaultValue)
                    QCOMPARE(FieldDef::toText(block.value(*def)), QLatin1String(def->defaultValue));
            }
        }
        QCOMPARE(int(ParamBlock::defaults(BlockKind::Basic, M4Layout).encode()[2]), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ParamBlock)
#include "tst_paramblock.moc"
