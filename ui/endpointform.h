#pragma once

#include "console/endpointspec.h"
#include "serial/namedport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace s2e::ui {

class SerialPortBox;

// The settings of one test console endpoint: its kind and, on that kind's page, where it
// goes (a serial port and its format, a host and port, a URL). Only the allowed kinds are
// offered; locked while the endpoint is open.
class EndpointForm : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(const QList<EndpointSpec::Kind> &kinds, QWidget *parent = nullptr);

    // The endpoint the settings describe, or what is wrong with them.
    Result<EndpointSpec> spec() const;
    void setSpec(const EndpointSpec &spec);
    EndpointSpec::Kind kind() const;
    // Open: the settings are locked, the modem lines can be set.
    void setOpen(bool open);
    // Offered first in the serial port list, by name, before the system's ports.
    void setNamedPorts(const QList<NamedPort> &ports);
    SerialPortBox *serialPorts() const { return m_serialPort; }
    QComboBox *kindChooser() const { return m_kind; }

signals:
    void kindChanged();
    void rtsToggled(bool on);
    void dtrToggled(bool on);

private:
    QWidget *buildSerialPage();

    QComboBox *m_kind;
    QStackedWidget *m_kindPages;
    SerialPortBox *m_serialPort;
    QComboBox *m_baud;
    QComboBox *m_dataBits;
    QComboBox *m_parity;
    QComboBox *m_stopBits;
    QComboBox *m_flow;
    QCheckBox *m_rts;
    QCheckBox *m_dtr;
    QLineEdit *m_tcpHost;
    QSpinBox *m_tcpPort;
    QSpinBox *m_listenPort;
    QSpinBox *m_udpLocal;
    QLineEdit *m_udpRemoteHost;
    QSpinBox *m_udpRemotePort;
    QCheckBox *m_udpBroadcast;
    QLineEdit *m_wsUrl;
    QCheckBox *m_wsText;
};

} // namespace s2e::ui
