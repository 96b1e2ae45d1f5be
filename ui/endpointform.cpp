#include "endpointform.h"

#include "serial/serialnames.h"
#include "serialportbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {

QString kindName(EndpointSpec::Kind kind)
{
    switch (kind) {
    case EndpointSpec::Kind::Serial: return EndpointForm::tr("Serial port");
    case EndpointSpec::Kind::TcpClient: return EndpointForm::tr("TCP client");
    case EndpointSpec::Kind::TcpServer: return EndpointForm::tr("TCP server");
    case EndpointSpec::Kind::Udp: return EndpointForm::tr("UDP");
    case EndpointSpec::Kind::WebSocket: return EndpointForm::tr("WebSocket");
    }
    return {};
}

QSpinBox *portBox(int value)
{
    auto *box = new QSpinBox;
    box->setRange(0, 65535);
    box->setValue(value);
    return box;
}

} // namespace

EndpointForm::EndpointForm(const QList<EndpointSpec::Kind> &kinds, QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox), m_kindPages(new QStackedWidget)
{
    auto *tcpClient = new QWidget;
    auto *tcpClientForm = new QFormLayout(tcpClient);
    m_tcpHost = new QLineEdit(QStringLiteral("127.0.0.1"));
    m_tcpPort = portBox(8234);
    tcpClientForm->addRow(tr("Host"), m_tcpHost);
    tcpClientForm->addRow(tr("Port"), m_tcpPort);

    auto *tcpServer = new QWidget;
    auto *tcpServerForm = new QFormLayout(tcpServer);
    m_listenPort = portBox(8234);
    tcpServerForm->addRow(tr("Local port"), m_listenPort);

    auto *udp = new QWidget;
    auto *udpForm = new QFormLayout(udp);
    m_udpLocal = portBox(8234);
    m_udpRemoteHost = new QLineEdit;
    m_udpRemoteHost->setPlaceholderText(tr("empty: answer whoever sent last"));
    m_udpRemotePort = portBox(8234);
    m_udpBroadcast = new QCheckBox(tr("Allow sending to a broadcast address"));
    udpForm->addRow(tr("Local port"), m_udpLocal);
    udpForm->addRow(tr("Remote host"), m_udpRemoteHost);
    udpForm->addRow(tr("Remote port"), m_udpRemotePort);
    udpForm->addRow(m_udpBroadcast);

    auto *ws = new QWidget;
    auto *wsForm = new QFormLayout(ws);
    m_wsUrl = new QLineEdit(QStringLiteral("ws://192.168.0.7:6432/"));
    m_wsText = new QCheckBox(tr("Text messages (binary otherwise)"));
    wsForm->addRow(tr("URL"), m_wsUrl);
    wsForm->addRow(m_wsText);

    // In the order of EndpointSpec::Kind, so that a kind's value picks its page.
    const std::pair<EndpointSpec::Kind, QWidget *> pages[] = { { EndpointSpec::Kind::TcpClient, tcpClient },
                                                               { EndpointSpec::Kind::TcpServer, tcpServer },
                                                               { EndpointSpec::Kind::Udp, udp },
                                                               { EndpointSpec::Kind::Serial, buildSerialPage() },
                                                               { EndpointSpec::Kind::WebSocket, ws } };
    // Every page exists (their widgets are the settings' storage); only the allowed kinds
    // are offered.
    for (const auto &[kind, page] : pages) {
        m_kindPages->addWidget(page);
        if (kinds.contains(kind))
            m_kind->addItem(kindName(kind), int(kind));
    }
    const auto showPage = [this] {
        m_kindPages->setCurrentIndex(m_kind->currentData().toInt() - int(EndpointSpec::Kind::TcpClient));
        emit kindChanged();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showPage);
    showPage();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kindPages);
}

QWidget *EndpointForm::buildSerialPage()
{
    auto *serial = new QWidget;
    auto *serialForm = new QFormLayout(serial);
    m_serialPort = new SerialPortBox;
    m_baud = new QComboBox;
    m_baud->setEditable(true);
    for (const qint32 rate : QSerialPortInfo::standardBaudRates())
        m_baud->addItem(QString::number(rate));
    m_baud->setCurrentText(QStringLiteral("115200"));
    m_baud->setToolTip(tr("Any rate the port takes, custom ones included"));
    m_dataBits = new QComboBox;
    for (int bits : { 8, 7, 6, 5 })
        m_dataBits->addItem(QString::number(bits), bits);
    m_parity = new QComboBox;
    for (const ParityName &name : SerialNames::parities())
        m_parity->addItem(SerialNames::label(name), int(name.value));
    m_stopBits = new QComboBox;
    m_stopBits->addItem(QStringLiteral("1"), int(QSerialPort::OneStop));
    m_stopBits->addItem(QStringLiteral("2"), int(QSerialPort::TwoStop));
    m_flow = new QComboBox;
    for (const FlowName &name : SerialNames::flows())
        m_flow->addItem(SerialNames::label(name), int(name.value));
    m_rts = new QCheckBox(tr("RTS"));
    m_dtr = new QCheckBox(tr("DTR"));
    connect(m_rts, &QCheckBox::toggled, this, &EndpointForm::rtsToggled);
    connect(m_dtr, &QCheckBox::toggled, this, &EndpointForm::dtrToggled);
    auto *format = new QHBoxLayout;
    format->addWidget(m_dataBits);
    format->addWidget(m_parity);
    format->addWidget(m_stopBits);
    format->addWidget(m_flow);
    auto *lines = new QHBoxLayout;
    lines->addWidget(m_rts);
    lines->addWidget(m_dtr);
    lines->addStretch();
    serialForm->addRow(tr("Port"), m_serialPort);
    serialForm->addRow(tr("Baud"), m_baud);
    serialForm->addRow(tr("Format"), format);
    serialForm->addRow(tr("Lines"), lines);
    return serial;
}

void EndpointForm::setNamedPorts(const QList<NamedPort> &ports)
{
    m_serialPort->setNamedPorts(ports);
}

EndpointSpec::Kind EndpointForm::kind() const
{
    return EndpointSpec::Kind(m_kind->currentData().toInt());
}

void EndpointForm::setOpen(bool open)
{
    m_kind->setEnabled(!open);
    // An open serial port still takes its modem lines; everything else is locked.
    m_kindPages->setEnabled(!open || kind() == EndpointSpec::Kind::Serial);
    for (QWidget *locked : std::initializer_list<QWidget *> { m_serialPort, m_baud, m_dataBits, m_parity, m_stopBits, m_flow })
        locked->setEnabled(!open);
    m_rts->setEnabled(open);
    m_dtr->setEnabled(open);
}

Result<EndpointSpec> EndpointForm::spec() const
{
    switch (kind()) {
    case EndpointSpec::Kind::Serial: {
        bool ok = false;
        const qint32 baud = m_baud->currentText().toInt(&ok);
        if (!ok || baud <= 0)
            return Failure { tr("\"%1\" is not a baud rate").arg(m_baud->currentText()) };
        const QString port = m_serialPort->path();
        if (port.isEmpty())
            return Failure { tr("choose a serial port") };
        SerialEndpoint::Options options;
        options.port = port;
        options.baud = baud;
        options.dataBits = QSerialPort::DataBits(m_dataBits->currentData().toInt());
        options.parity = QSerialPort::Parity(m_parity->currentData().toInt());
        options.stopBits = QSerialPort::StopBits(m_stopBits->currentData().toInt());
        options.flow = QSerialPort::FlowControl(m_flow->currentData().toInt());
        return EndpointSpec::serialPort(options);
    }
    case EndpointSpec::Kind::TcpClient:
        return EndpointSpec::tcpClient(QStringLiteral("%1:%2").arg(m_tcpHost->text().trimmed()).arg(m_tcpPort->value()));
    case EndpointSpec::Kind::TcpServer:
        return EndpointSpec::tcpServer(QString::number(m_listenPort->value()));
    case EndpointSpec::Kind::Udp: {
        QString text = QString::number(m_udpLocal->value());
        if (!m_udpRemoteHost->text().trimmed().isEmpty())
            text += QStringLiteral(",%1:%2").arg(m_udpRemoteHost->text().trimmed()).arg(m_udpRemotePort->value());
        return EndpointSpec::udpSocket(text, m_udpBroadcast->isChecked());
    }
    case EndpointSpec::Kind::WebSocket:
        return EndpointSpec::webSocket(m_wsUrl->text().trimmed(), m_wsText->isChecked());
    }
    return Failure { tr("choose an endpoint") };
}

void EndpointForm::setSpec(const EndpointSpec &spec)
{
    m_kind->setCurrentIndex(m_kind->findData(int(spec.kind)));
    switch (spec.kind) {
    case EndpointSpec::Kind::Serial:
        m_serialPort->setPath(spec.serial.port);
        m_baud->setCurrentText(QString::number(spec.serial.baud));
        m_dataBits->setCurrentIndex(m_dataBits->findData(int(spec.serial.dataBits)));
        m_parity->setCurrentIndex(m_parity->findData(int(spec.serial.parity)));
        m_stopBits->setCurrentIndex(m_stopBits->findData(int(spec.serial.stopBits)));
        m_flow->setCurrentIndex(m_flow->findData(int(spec.serial.flow)));
        break;
    case EndpointSpec::Kind::TcpClient:
        m_tcpHost->setText(spec.host);
        m_tcpPort->setValue(spec.port);
        break;
    case EndpointSpec::Kind::TcpServer:
        m_listenPort->setValue(spec.port);
        break;
    case EndpointSpec::Kind::Udp:
        m_udpLocal->setValue(spec.udp.localPort);
        m_udpRemoteHost->setText(spec.udp.remoteAddress ? spec.udp.remoteAddress->toString() : QString());
        m_udpRemotePort->setValue(spec.udp.remotePort);
        m_udpBroadcast->setChecked(spec.udp.allowBroadcast);
        break;
    case EndpointSpec::Kind::WebSocket:
        m_wsUrl->setText(spec.url.toString());
        m_wsText->setChecked(spec.text);
        break;
    }
}

} // namespace s2e::ui
