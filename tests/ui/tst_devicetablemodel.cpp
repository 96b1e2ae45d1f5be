#include "devicetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace s2e;
using namespace s2e::ui;

namespace {

FoundDevice device(const char *mac, quint32 ip, const char *name)
{
    FoundDevice found;
    found.reply.setMac(*MacAddress::parse(QString::fromLatin1(mac)));
    found.reply.setIpv4(ip);
    found.reply.setName(QLatin1String(name));
    found.reply.setFirmware(4017);
    found.interfaces = { QStringLiteral("eth0") };
    return found;
}

} // namespace

class tst_DeviceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndColumns()
    {
        DeviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(DeviceTableModel::ColumnCount));
        model.upsert(device("02:00:00:00:00:01", 0x7F000002, "one"));
        model.upsert(device("02:00:00:00:00:02", 0x7F000003, "two"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeviceTableModel::Ip).data().toString(), QStringLiteral("127.0.0.2"));
        QCOMPARE(model.index(1, DeviceTableModel::Name).data().toString(), QStringLiteral("two"));
        QCOMPARE(model.index(1, DeviceTableModel::Firmware).data().toInt(), 4017);
        QCOMPARE(model.index(0, DeviceTableModel::Interface).data().toString(), QStringLiteral("eth0"));
        QCOMPARE(model.index(0, 0).data(DeviceTableModel::MacRole).toString(), QStringLiteral("02:00:00:00:00:01"));
        QCOMPARE(model.headerData(DeviceTableModel::Mac, Qt::Horizontal).toString(), QStringLiteral("MAC"));

        // The same module again: its row is refreshed, not repeated.
        model.upsert(device("02:00:00:00:00:01", 0x7F000009, "renamed"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DeviceTableModel::Ip).data().toString(), QStringLiteral("127.0.0.9"));
        model.setStatus(*MacAddress::parse(u"02:00:00:00:00:02"), QStringLiteral("saved"));
        QCOMPARE(model.index(1, DeviceTableModel::Status).data().toString(), QStringLiteral("saved"));
        QCOMPARE(model.rowOf(*MacAddress::parse(u"02:00:00:00:00:03")), -1);
        QVERIFY(!model.device(5));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void addressesSortAsNumbers()
    {
        DeviceTableModel model;
        model.upsert(device("02:00:00:00:00:01", 0x7F00000A, "ten"));
        model.upsert(device("02:00:00:00:00:02", 0x7F000002, "two"));
        model.upsert(device("02:00:00:00:00:03", 0x0A000001, "ten-net"));
        model.upsert(device("02:00:00:00:00:04", 0x7F000009, "nine"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DeviceTableModel::SortRole);
        proxy.sort(DeviceTableModel::Ip, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, DeviceTableModel::Ip).data().toString();
        QCOMPARE(order, QStringList({ "10.0.0.1", "127.0.0.2", "127.0.0.9", "127.0.0.10" }));
        // Other columns as shown.
        proxy.sort(DeviceTableModel::Name, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, DeviceTableModel::Name).data().toString(), QStringLiteral("nine"));
    }
};

QTEST_MAIN(tst_DeviceTableModel)
#include "tst_devicetablemodel.moc"
