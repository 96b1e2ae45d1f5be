#include "protocol/fieldtable.h"
#include "protocol/paramblock.h"

#include <QSet>
#include <QTest>

using namespace s2e;

namespace {

QString portKeyOf(const FieldDef &def)
{
    return def.key(0);
}

// Rows generated from the table itself: every field's boundaries and every enum name.
void addBoundaryRows(const FieldDef &def)
{
    const QString key = portKeyOf(def);
    // A key with variants gets a row set per layout: M4 (1) or M0 (2).
    const quint8 layout = def.layouts == AnyLayout ? quint8(AnyLayout) : def.layouts;
    const QString variant = layout == AnyLayout ? QString() : QStringLiteral(" (layout %1)").arg(layout);
    const auto row = [&](const char *what, const QJsonValue &value, bool valid) {
        QTest::addRow("%s%s %s", qPrintable(key), qPrintable(variant), what) << key << value << valid << int(layout);
    };
    switch (def.type) {
    case FieldType::UInt:
        row("min", qint64(def.min), true);
        row("max", qint64(def.max), true);
        row("max as text", QString::number(def.max), true);
        if (def.min > 0)
            row("below min", qint64(def.min) - 1, false);
        if (def.max < 0xFFFFFFFFu)
            row("above max", qint64(def.max) + 1, false);
        row("negative", QStringLiteral("-1"), false);
        row("fraction", 1.5, false);
        row("word", QStringLiteral("fast"), false);
        row("empty", QString(), false);
        break;
    case FieldType::Text:
        row("longest", QString(int(def.max), u'x'), true);
        row("too long", QString(int(def.max) + 1, u'x'), false);
        if (def.min > 0)
            row("too short", QString(int(def.min) - 1, u'x'), false);
        row("non-ascii", QString(QChar(0x4E2D)), false);
        row("control", QStringLiteral("a\nb").left(int(def.max)), false);
        row("number", 5, false);
        break;
    case FieldType::Ipv4:
        row("dotted", QStringLiteral("10.0.0.1"), true);
        row("octet 256", QStringLiteral("10.0.0.256"), false);
        row("name", QStringLiteral("usr.cn"), false);
        break;
    case FieldType::Mac:
        row("colons", QStringLiteral("02:00:00:00:00:01"), true);
        row("short", QStringLiteral("02:00:00:00:01"), false);
        break;
    case FieldType::Enum:
        for (const EnumValue &e : def.enumValues) {
            row(e.name, QLatin1String(e.name), true);
            row(qPrintable(QStringLiteral("%1 upper").arg(QLatin1String(e.name))),
                QString::fromLatin1(e.name).toUpper(), true);
        }
        row("unknown name", QStringLiteral("bogus"), false);
        row("bool", true, false);
        break;
    case FieldType::Flag:
        for (const char *yes : { "true", "on", "yes", "1" })
            row(yes, QLatin1String(yes), true);
        for (const char *no : { "false", "off", "no", "0" })
            row(no, QLatin1String(no), true);
        row("json true", true, true);
        row("maybe", QStringLiteral("maybe"), false);
        row("two", 2, false);
        break;
    }
}

} // namespace

class tst_FieldTable : public QObject
{
    Q_OBJECT

private slots:
    void keysAreTheCanonicalOnes()
    {
        QStringList keys;
        for (const FieldDef &def : FieldTable::all())
            keys << def.key(0);
        const QStringList expected = {
            "ip.mode", "ip.address", "ip.mask", "ip.gateway", "restart_timeout", "ip.dns", "name", "name", "user",
            "password", "web.port", "websocket.port", "device.id", "device.id_type", "mac.user",
            "port1.baud", "port1.data_bits", "port1.parity", "port1.stop_bits", "port1.flow", "port1.flow",
            "port1.mode", "port1.local_port", "port1.remote_host", "port1.remote_port",
            "port1.reconnect_timeout", "port1.pack_len", "port1.httpd_method", "port1.max_clients",
            "port1.pack_len", "port1.pack_time", "port1.modbus_tcp",
            "port1.rfc2217", "port1.cloud", "cloud.id", "cloud.code",
        };
        QCOMPARE(keys, expected);
    }

    void layoutIsSound()
    {
        const auto fields = FieldTable::all();
        for (const FieldDef &def : fields) {
            const QString key = def.key(0);
            QVERIFY2(def.offset + def.size <= ParamBlock::size(def.block), qPrintable(key));
            QVERIFY2(*def.help, qPrintable(key));
            QVERIFY2(*def.label, qPrintable(key));
            switch (def.type) {
            case FieldType::UInt:
                QVERIFY2(def.size == 1 || def.size == 2 || def.size == 4, qPrintable(key));
                QVERIFY2(def.min <= def.max, qPrintable(key));
                QVERIFY2(def.size == 4 || def.max < (1u << (8 * def.size)), qPrintable(key));
                break;
            case FieldType::Text:
                QVERIFY2(def.max <= def.size && def.min <= def.max, qPrintable(key));
                break;
            case FieldType::Ipv4:
                QCOMPARE(def.size, 4);
                break;
            case FieldType::Mac:
                QCOMPARE(def.size, 6);
                break;
            case FieldType::Enum:
                QVERIFY2(def.size == 1 && def.mask != 0 && !def.enumValues.empty(), qPrintable(key));
                for (const EnumValue &e : def.enumValues)
                    QVERIFY2((e.value & ~def.mask) == 0, qPrintable(key));
                break;
            case FieldType::Flag:
                QVERIFY2(def.size == 1 && def.mask != 0, qPrintable(key));
                break;
            }
            if (*def.defaultValue)
                QVERIFY2(def.normalize(QString::fromLatin1(def.defaultValue), key).ok(),
                         qPrintable(key));
        }
        // No two fields of one layout own the same bit of a block; a key is declared once per
        // layout, so that every layout has one answer for it.
        for (quint8 layout : { quint8(M4Layout), quint8(M0Layout), quint8(0) })
        for (BlockKind kind : { BlockKind::Basic, BlockKind::Port, BlockKind::Cloud }) {
            QList<quint8> owned(ParamBlock::size(kind), 0);
            QStringList keys;
            for (const FieldDef &def : fields) {
                if (def.block != kind || !def.placedIn(layout))
                    continue;
                QVERIFY2(!keys.contains(def.key(0)), qPrintable(def.key(0)));
                keys << def.key(0);
                const quint8 bits = def.mask ? def.mask : 0xFF;
                for (int i = def.offset; i < def.offset + def.size; ++i) {
                    QVERIFY2((owned[i] & bits) == 0, qPrintable(def.key(0)));
                    owned[i] |= bits;
                }
            }
        }
    }

    void find_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("found");
        QTest::addColumn<int>("portIndex");
        QTest::newRow("basic") << "ip.address" << true << 0;
        QTest::newRow("port 1") << "port1.baud" << true << 0;
        QTest::newRow("port 3") << "port3.cloud" << true << 2;
        QTest::newRow("cloud") << "cloud.id" << true << 0;
        QTest::newRow("port 4") << "port4.baud" << false << 0;
        QTest::newRow("port 0") << "port0.baud" << false << 0;
        QTest::newRow("port 01") << "port01.baud" << false << 0;
        QTest::newRow("port +1") << "port+1.baud" << false << 0;
        QTest::newRow("bare port field") << "baud" << false << 0;
        QTest::newRow("basic under port") << "port1.name" << false << 0;
        QTest::newRow("no port number") << "port.baud" << false << 0;
        QTest::newRow("unknown") << "ip.addr" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
    }

    void find()
    {
        QFETCH(QString, key);
        QFETCH(bool, found);
        QFETCH(int, portIndex);
        const auto field = FieldTable::find(key);
        QCOMPARE(field.has_value(), found);
        if (found) {
            QCOMPARE(field->portIndex, portIndex);
            QCOMPARE(field->key(), key);
        }
    }

    void boundaries_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("layout");
        for (const FieldDef &def : FieldTable::all())
            addBoundaryRows(def);
    }

    void boundaries()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QFETCH(int, layout);
        const auto field = FieldTable::find(key, quint8(layout));
        QVERIFY(field);
        const auto normalized = field->def->normalize(value, key);
        QCOMPARE(normalized.ok(), valid);
        if (!valid) {
            QVERIFY2(normalized.error().startsWith(key + QLatin1String(": ")),
                     qPrintable(normalized.error()));
            QVERIFY2(normalized.error().contains(field->def->allowedText()),
                     qPrintable(normalized.error()));
            return;
        }
        // What normalize() accepts, write() stores and read() gives back.
        QByteArray block(ParamBlock::size(field->def->block), '\0');
        field->def->write(block, *normalized);
        QCOMPARE(field->def->read(block), *normalized);
    }

    void errorNamesKeyValueAndAllowed()
    {
        const auto field = FieldTable::find(u"port1.baud");
        const auto result = field->def->normalize(QStringLiteral("500"), field->key());
        QCOMPARE(result.error(),
                 QStringLiteral("port1.baud: \"500\" is not allowed; expected a whole number "
                                "from 600 to 1000000"));
        const auto parity = FieldTable::find(u"port1.parity");
        QCOMPARE(parity->def->normalize(QStringLiteral("odd2"), parity->key()).error(),
                 QStringLiteral("port1.parity: \"odd2\" is not allowed; expected one of none, "
                                "odd, even, mark, space"));
    }

    void enumRawNumbers()
    {
        const auto flow = FieldTable::find(u"port1.flow");
        // A value the table has no name for is shown and taken as its number.
        QByteArray block(63, '\0');
        block[7] = 2;
        QCOMPARE(flow->def->read(block), QJsonValue(2));
        const auto raw = flow->def->normalize(2, flow->key());
        QVERIFY(raw.ok());
        QCOMPARE(*raw, QJsonValue(2));
        QCOMPARE(*flow->def->normalize(3, flow->key()), QJsonValue(QStringLiteral("rts-cts")));
        const auto ipMode = FieldTable::find(u"ip.mode");
        QVERIFY(!ipMode->def->normalize(1, ipMode->key()).ok()); // outside the 0x80 mask
    }
};

QTEST_GUILESS_MAIN(tst_FieldTable)
#include "tst_fieldtable.moc"
