#pragma once

#include "serial/namedport.h"

#include <QComboBox>

namespace s2e::ui {

// Where a serial port is chosen: named ports first ("USR-K7-001 — /dev/pts/5"), then the
// system's, and any path can be typed. Used by the AT console and the test console alike.
class SerialPortBox : public QComboBox
{
    Q_OBJECT

public:
    explicit SerialPortBox(QWidget *parent = nullptr);

    void setNamedPorts(const QList<NamedPort> &ports);
    // Lists the system's ports again (USB adapters come and go), keeping the choice.
    void refresh();
    // The path of the chosen entry, or what was typed.
    QString path() const;
    void setPath(const QString &path);

private:
    QList<NamedPort> m_named;
    QStringList m_listed;
};

} // namespace s2e::ui
