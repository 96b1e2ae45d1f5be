#pragma once

#include "net/founddevice.h"
#include "protocol/deviceconfig.h"
#include "vcom/virtualcombridge.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace s2e::ui {

// The "Virtual COM" tab: serial devices on this machine bridged to modules' data ports, one
// row each with its state and counters; the form is filled from the module selected in the
// device list.
class VcomPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { ModuleColumn, LinkColumn, StateColumn, ToModuleColumn, FromModuleColumn, ConnectsColumn, ColumnCount };

    explicit VcomPanel(QWidget *parent = nullptr);
    ~VcomPanel() override;

    // Fills the form for this module: its address, and the data port, transport and similar
    // RFC2217 setting of its port 1 when its parameters are known.
    void setModule(const FoundDevice &module, const std::optional<DeviceConfig> &config);
    VirtualComBridge::Options formOptions() const;

    Result<void> addBridge(const VirtualComBridge::Options &options);
    void removeBridge(int row);
    int bridgeCount() const { return int(m_bridges.size()); }
    VirtualComBridge *bridge(int row) const { return m_bridges.value(row); }
    QTableWidget *table() const { return m_table; }
    QString message() const;

private:
    void refreshRow(int row);
    void showMessage(const QString &text, bool error);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_link;
    QCheckBox *m_udp;
    QCheckBox *m_rfc2217;
    QComboBox *m_format;
    QLabel *m_message;
    QTableWidget *m_table;
    QList<VirtualComBridge *> m_bridges;
};

} // namespace s2e::ui
