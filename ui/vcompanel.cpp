#include "vcompanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {
constexpr int RefreshMs = 500;
} // namespace

VcomPanel::VcomPanel(QWidget *parent)
    : QWidget(parent),
      m_host(new QLineEdit),
      m_port(new QSpinBox),
      m_link(new QLineEdit(QDir::temp().filePath(QStringLiteral("ttyK7")))),
      m_udp(new QCheckBox(tr("UDP instead of TCP"))),
      m_rfc2217(new QCheckBox(tr("Similar RFC2217: the module follows the program's speed"))),
      m_format(new QComboBox),
      m_message(new QLabel),
      m_table(new QTableWidget(0, ColumnCount))
{
    m_host->setPlaceholderText(tr("module address"));
    m_port->setRange(1, 65535);
    m_port->setValue(23);
    m_link->setToolTip(tr("The serial device path programs open; a link to a pseudo-terminal"));
    m_format->addItem(tr("the program's (speed and stop bits on Linux)"), QString());
    for (const char *format : { "8N1", "8E1", "8O1", "7E1", "7O1", "8N2" })
        m_format->addItem(QLatin1String(format), QLatin1String(format));
    m_format->setToolTip(tr("Linux pseudo-terminals cannot carry data bits and parity: choose the "
                            "format to send with the followed speed"));
    m_format->setEnabled(false);
    connect(m_rfc2217, &QCheckBox::toggled, m_format, &QWidget::setEnabled);
    m_message->setWordWrap(true);

    auto *add = new QPushButton(tr("Add"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (const auto added = addBridge(formOptions()); !added)
            showMessage(added.error(), true);
    });
    auto *remove = new QPushButton(tr("Remove"));
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeBridge(m_table->currentRow());
    });

    m_table->setHorizontalHeaderLabels({ tr("Module"), tr("Serial device"), tr("State"), tr("To module"),
                                         tr("From module"), tr("Connections") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *endpoint = new QHBoxLayout;
    endpoint->addWidget(m_host, 1);
    endpoint->addWidget(new QLabel(tr("port")));
    endpoint->addWidget(m_port);
    endpoint->addWidget(m_udp);
    auto *form = new QFormLayout;
    form->addRow(tr("Module data port"), endpoint);
    form->addRow(tr("Serial device"), m_link);
    form->addRow(m_rfc2217);
    form->addRow(tr("Format sent"), m_format);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_bridges.size(); ++row)
            refreshRow(row);
    });
    timer->start(RefreshMs);
}

VcomPanel::~VcomPanel() = default;

void VcomPanel::setModule(const FoundDevice &module, const std::optional<DeviceConfig> &config)
{
    m_host->setText(module.reply.ipString());
    const QString mac = module.reply.mac().toString().remove(u':');
    m_link->setText(QDir::temp().filePath(QStringLiteral("ttyK7-%1").arg(mac.right(4))));
    if (!config)
        return;
    const QString mode = config->value(u"port1.mode")->toString();
    // A bridge is the module's client: it reaches a module that works as a server.
    if (mode == u"tcp-server" || mode == u"udp-server")
        m_port->setValue(config->value(u"port1.local_port")->toInt());
    m_udp->setChecked(mode == u"udp-server");
    m_rfc2217->setChecked(config->value(u"port1.rfc2217")->toBool());
}

VirtualComBridge::Options VcomPanel::formOptions() const
{
    VirtualComBridge::Options options;
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->value());
    options.transport = m_udp->isChecked() ? VirtualComBridge::Transport::Udp : VirtualComBridge::Transport::Tcp;
    options.linkPath = m_link->text().trimmed();
    options.rfc2217 = m_rfc2217->isChecked();
    if (options.rfc2217)
        options.format = SerialSettings::parseFormat(m_format->currentData().toString());
    return options;
}

Result<void> VcomPanel::addBridge(const VirtualComBridge::Options &options)
{
    if (options.linkPath.isEmpty())
        return Failure { tr("give the serial device path to create") };
    for (const VirtualComBridge *existing : std::as_const(m_bridges))
        if (existing->options().linkPath == options.linkPath)
            return Failure { tr("%1 is already bridged to %2").arg(options.linkPath, existing->moduleText()) };
    auto *bridge = new VirtualComBridge(options, this);
    if (const auto started = bridge->start(); !started) {
        delete bridge;
        return started;
    }
    m_bridges << bridge;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    connect(bridge, &VirtualComBridge::stateChanged, this, [this, bridge](VirtualComBridge::State, const QString &detail) {
        const int at = int(m_bridges.indexOf(bridge));
        if (at < 0)
            return;
        refreshRow(at);
        m_table->item(at, StateColumn)->setToolTip(detail);
    });
    connect(bridge, &VirtualComBridge::settingsRefused, this, [this](const QString &why) { showMessage(why, true); });
    refreshRow(row);
    m_table->resizeColumnsToContents();
    showMessage(tr("%1 is bridged to %2").arg(bridge->terminalPath(), bridge->moduleText()), false);
    return {};
}

void VcomPanel::removeBridge(int row)
{
    if (row < 0 || row >= m_bridges.size())
        return;
    VirtualComBridge *bridge = m_bridges.takeAt(row);
    const QString path = bridge->options().linkPath;
    bridge->stop();
    bridge->deleteLater();
    m_table->removeRow(row);
    showMessage(tr("%1 removed").arg(path), false);
}

void VcomPanel::refreshRow(int row)
{
    const VirtualComBridge *bridge = m_bridges.at(row);
    const auto counters = bridge->counters();
    m_table->item(row, ModuleColumn)->setText(bridge->moduleText());
    m_table->item(row, LinkColumn)->setText(bridge->options().linkPath);
    m_table->item(row, StateColumn)->setText(VirtualComBridge::stateName(bridge->state()));
    m_table->item(row, ToModuleColumn)->setText(QString::number(counters.toModule));
    m_table->item(row, FromModuleColumn)->setText(QString::number(counters.fromModule));
    m_table->item(row, ConnectsColumn)->setText(QString::number(counters.connects));
}

QString VcomPanel::message() const
{
    return m_message->text();
}

void VcomPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

} // namespace s2e::ui
