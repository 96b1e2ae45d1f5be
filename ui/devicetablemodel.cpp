#include "devicetablemodel.h"

namespace s2e::ui {

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SearchReply &reply = row.device.reply;
    if (role == MacRole)
        return reply.mac().toString();
    if (role == SortRole) {
        // 127.0.0.2 before 127.0.0.10.
        if (index.column() == Ip)
            return QHostAddress(reply.ipString()).toIPv4Address();
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Ip:
        return reply.ipString();
    case Mac:
        return reply.mac().toString();
    case Name:
        return reply.name();
    case Model:
        if (!row.device.model)
            return role == Qt::ToolTipRole ? tr("Not known until the module's parameters are read")
                                            : QStringLiteral("?");
        return role == Qt::ToolTipRole ? row.device.model->description()
                                       : row.device.model->displayName();
    case Firmware:
        return row.device.t24 ? QVariant(row.device.t24->versionText()) : QVariant(reply.firmware());
    case Board:
        return QStringLiteral("%1/%2").arg(reply.boardType()).arg(reply.boardId());
    case Interface:
        return row.device.interfaces.join(QStringLiteral(", "));
    case Status:
        return row.status;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Ip:
        return tr("IP address");
    case Mac:
        return tr("MAC");
    case Name:
        return tr("Name");
    case Model:
        return tr("Model");
    case Firmware:
        return tr("Firmware");
    case Board:
        return tr("Board");
    case Interface:
        return tr("Interface");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

int DeviceTableModel::rowOfAddress(const QHostAddress &address) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (QHostAddress(m_rows[i].device.reply.ipString()) == address)
            return i;
    }
    return -1;
}

int DeviceTableModel::rowOf(const MacAddress &mac) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].device.reply.mac() == mac)
            return i;
    }
    return -1;
}

void DeviceTableModel::upsert(const FoundDevice &device)
{
    const int row = rowOf(device.reply.mac());
    if (row >= 0) {
        const ModelDef *known = m_rows[row].device.model;
        m_rows[row].device = device;
        if (!device.model)
            m_rows[row].device.model = known;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({ device, QString() });
    endInsertRows();
}

void DeviceTableModel::setStatus(const MacAddress &mac, const QString &status)
{
    const int row = rowOf(mac);
    if (row < 0)
        return;
    m_rows[row].status = status;
    emit dataChanged(index(row, Status), index(row, Status));
}

void DeviceTableModel::setModel(const MacAddress &mac, const ModelDef &model)
{
    const int row = rowOf(mac);
    if (row < 0)
        return;
    m_rows[row].device.model = &model;
    emit dataChanged(index(row, Model), index(row, Model));
}

void DeviceTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

std::optional<FoundDevice> DeviceTableModel::device(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).device;
}

} // namespace s2e::ui
