#include "serialportbox.h"

#include <QSerialPortInfo>

namespace s2e::ui {

SerialPortBox::SerialPortBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setToolTip(tr("A serial port, a virtual module's, or the path of any terminal device"));
    refresh();
}

void SerialPortBox::setNamedPorts(const QList<NamedPort> &ports)
{
    if (ports == m_named)
        return;
    m_named = ports;
    m_listed.clear();
    refresh();
}

void SerialPortBox::refresh()
{
    QStringList system;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        system << info.systemLocation();
    system.sort();
    if (system == m_listed && count() > 0)
        return;
    m_listed = system;
    const QString current = path();
    // The first entry stays the choice when it was (nobody chose another).
    const bool first = currentIndex() <= 0 && (count() == 0 || current == itemData(0).toString());
    clear();
    for (const NamedPort &port : std::as_const(m_named)) {
        addItem(tr("%1 — %2").arg(port.name, port.path), port.path);
        setItemData(count() - 1, port.path, Qt::ToolTipRole);
    }
    for (const QString &location : std::as_const(system))
        addItem(location, location);
    if ((first || current.isEmpty()) && count() > 0)
        setCurrentIndex(0);
    else
        setPath(current);
}

QString SerialPortBox::path() const
{
    const int index = findText(currentText());
    return index >= 0 ? itemData(index).toString() : currentText().trimmed();
}

void SerialPortBox::setPath(const QString &path)
{
    const int index = findData(path);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setCurrentText(path);
}

} // namespace s2e::ui
