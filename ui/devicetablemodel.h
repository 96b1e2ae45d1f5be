#pragma once

#include "net/founddevice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace s2e::ui {

// The modules a search found, one row each, filled live as replies arrive.
class DeviceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Status beside the module's name, where it is seen without scrolling.
    enum Column { Ip, Mac, Name, Model, Status, Firmware, Board, Interface, ColumnCount };
    // SortRole: what a column sorts by (addresses as numbers, the rest as shown).
    enum Role { MacRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds the module or refreshes its row.
    void upsert(const FoundDevice &device);
    void setStatus(const MacAddress &mac, const QString &status);
    // A read told the module's family.
    void setModel(const MacAddress &mac, const ModelDef &model);
    void clear();
    std::optional<FoundDevice> device(int row) const;
    int rowOf(const MacAddress &mac) const;
    int rowOfAddress(const QHostAddress &address) const;

private:
    struct Row
    {
        FoundDevice device;
        QString status;
    };
    QList<Row> m_rows;
};

} // namespace s2e::ui
