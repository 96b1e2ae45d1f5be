#include "consolepane.h"
#include "serial/serialnames.h"

#include "console/tcpserverendpoint.h"
#include "trafficmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QTableView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {

const QString MacrosKey = QStringLiteral("console/macros");

QString kindName(EndpointSpec::Kind kind)
{
    switch (kind) {
    case EndpointSpec::Kind::Serial: return ConsolePane::tr("Serial port");
    case EndpointSpec::Kind::TcpClient: return ConsolePane::tr("TCP client");
    case EndpointSpec::Kind::TcpServer: return ConsolePane::tr("TCP server");
    case EndpointSpec::Kind::Udp: return ConsolePane::tr("UDP");
    case EndpointSpec::Kind::WebSocket: return ConsolePane::tr("WebSocket");
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

QString rateText(double bytesPerSecond)
{
    if (bytesPerSecond >= 1e6)
        return ConsolePane::tr("%1 MB/s").arg(bytesPerSecond / 1e6, 0, 'f', 2);
    if (bytesPerSecond >= 1e3)
        return ConsolePane::tr("%1 kB/s").arg(bytesPerSecond / 1e3, 0, 'f', 1);
    return ConsolePane::tr("%1 B/s").arg(qRound(bytesPerSecond));
}

QJsonArray storedMacros()
{
    return QJsonDocument::fromJson(QSettings().value(MacrosKey).toByteArray()).array();
}

} // namespace

ConsolePane::ConsolePane(const QString &title, const QList<EndpointSpec::Kind> &kinds, QWidget *parent)
    : QWidget(parent),
      m_view(new QTableView),
      m_dropped(new QLabel),
      m_counters(new QLabel),
      m_message(new QLabel),
      m_model(std::make_unique<TrafficModel>(&m_idleLog)),
      m_refresh(new QTimer(this))
{
    // A table with fixed row heights: its header keeps sizes as spans, so adding or
    // dropping rows costs the same at a hundred rows or at millions (a QListView lays every
    // row out again).
    m_view->setModel(m_model.get());
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 2);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_dropped->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    m_dropped->hide();
    m_message->setWordWrap(true);

    auto *group = new QGroupBox(title);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(buildSettings(kinds));
    layout->addWidget(buildViewBar());
    layout->addWidget(m_dropped);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counters);
    layout->addWidget(buildSendBox());
    layout->addWidget(m_message);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(group);

    connect(m_refresh, &QTimer::timeout, this, &ConsolePane::refresh);
    m_refresh->start(RefreshMs);
    m_rateClock.start();
    updateState();
}

ConsolePane::~ConsolePane()
{
    // The view lets go of the model before the session (and its log) goes.
    m_view->setModel(nullptr);
}

QWidget *ConsolePane::buildSettings(const QList<EndpointSpec::Kind> &kinds)
{
    m_kind = new QComboBox;
    m_kindPages = new QStackedWidget;

    auto *serial = new QWidget;
    auto *serialForm = new QFormLayout(serial);
    m_serialPort = new QComboBox;
    m_serialPort->setEditable(true);
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        m_serialPort->addItem(info.systemLocation());
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
    connect(m_rts, &QCheckBox::toggled, this, [this](bool on) {
        if (auto *serialEndpoint = m_session ? qobject_cast<SerialEndpoint *>(m_session->endpoint()) : nullptr)
            serialEndpoint->setRts(on);
    });
    connect(m_dtr, &QCheckBox::toggled, this, [this](bool on) {
        if (auto *serialEndpoint = m_session ? qobject_cast<SerialEndpoint *>(m_session->endpoint()) : nullptr)
            serialEndpoint->setDtr(on);
    });
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
                                                               { EndpointSpec::Kind::Serial, serial },
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
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, showPage);
    showPage();

    m_open = new QPushButton(tr("Open"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->endpoint()->state() != Endpoint::State::Closed)
            return closeEndpoint();
        if (const auto opened = openEndpoint(); !opened)
            showMessage(opened.error(), true);
    });
    m_peer = new QComboBox;
    m_peer->setToolTip(tr("Where Send goes: every peer, or one"));
    m_closePeer = new QPushButton(tr("Close client"));
    connect(m_closePeer, &QPushButton::clicked, this, [this] {
        if (m_session && m_peer->currentIndex() > 0)
            m_session->endpoint()->closePeer(m_peer->currentText());
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(m_open);
    top->addWidget(new QLabel(tr("Send to")));
    top->addWidget(m_peer, 1);
    top->addWidget(m_closePeer);
    auto *box = new QWidget;
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addLayout(top);
    boxLayout->addWidget(m_kindPages);
    return box;
}

QWidget *ConsolePane::buildViewBar()
{
    m_viewMode = new QComboBox;
    m_viewMode->addItem(tr("Hex + ASCII"), int(TrafficLog::View::Both));
    m_viewMode->addItem(tr("Hex"), int(TrafficLog::View::Hex));
    m_viewMode->addItem(tr("ASCII"), int(TrafficLog::View::Ascii));
    connect(m_viewMode, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setView(TrafficLog::View(m_viewMode->currentData().toInt())); });
    m_timestamps = new QCheckBox(tr("Time"));
    m_timestamps->setChecked(true);
    connect(m_timestamps, &QCheckBox::toggled, this, [this](bool on) { m_model->setTimestamps(on); });
    m_pause = new QCheckBox(tr("Pause"));
    m_pause->setToolTip(tr("Stop updating the view; everything is still received and logged"));
    connect(m_pause, &QCheckBox::toggled, this, &ConsolePane::setPaused);
    m_autoscroll = new QCheckBox(tr("Follow"));
    m_autoscroll->setChecked(true);
    auto *clearButton = new QPushButton(tr("Clear"));
    connect(clearButton, &QPushButton::clicked, this, &ConsolePane::clear);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find"));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!findNext(m_search->text()))
            showMessage(tr("\"%1\" not found").arg(m_search->text()), false);
    });
    auto *save = new QToolButton;
    save->setText(tr("Save…"));
    save->setPopupMode(QToolButton::InstantPopup);
    auto *saveMenu = new QMenu(save);
    saveMenu->addAction(tr("As text, CSV or raw bytes…"), this, &ConsolePane::saveLog);
    save->setMenu(saveMenu);
    m_fileLog = new QCheckBox(tr("Log to file"));
    m_fileLog->setToolTip(tr("Write every chunk to a file as it arrives, for captures longer than memory"));
    connect(m_fileLog, &QCheckBox::toggled, this, &ConsolePane::toggleFileLog);

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *> { m_viewMode, m_timestamps, m_pause, m_autoscroll, clearButton })
        layout->addWidget(widget);
    layout->addWidget(m_search, 1);
    layout->addWidget(save);
    layout->addWidget(m_fileLog);
    return bar;
}

QWidget *ConsolePane::buildSendBox()
{
    m_sendText = new QPlainTextEdit;
    m_sendText->setMaximumHeight(60);
    m_sendText->setPlaceholderText(tr("ASCII with \\r \\n \\t \\xNN, or hex bytes"));
    m_sendFormat = new QComboBox;
    m_sendFormat->addItem(tr("ASCII"), int(SendText::Format::Ascii));
    m_sendFormat->addItem(tr("Hex"), int(SendText::Format::Hex));
    m_lineEnding = new QComboBox;
    m_lineEnding->addItem(tr("No line end"), int(SendText::LineEnding::None));
    m_lineEnding->addItem(QStringLiteral("CR"), int(SendText::LineEnding::Cr));
    m_lineEnding->addItem(QStringLiteral("LF"), int(SendText::LineEnding::Lf));
    m_lineEnding->addItem(QStringLiteral("CR LF"), int(SendText::LineEnding::CrLf));
    m_checksum = new QComboBox;
    for (const Checksum::Kind kind : Checksum::all())
        m_checksum->addItem(Checksum::displayName(kind), int(kind));
    auto *send = new QPushButton(tr("Send"));
    connect(send, &QPushButton::clicked, this, [this] {
        if (const auto sent = sendNow(); !sent)
            showMessage(sent.error(), true);
    });
    m_periodic = new QCheckBox(tr("Every"));
    m_period = new QSpinBox;
    m_period->setRange(ConsoleSession::MinPeriodMs, 3600000);
    m_period->setValue(1000);
    m_period->setSuffix(tr(" ms"));
    connect(m_periodic, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            return stopPeriodic();
        if (const auto started = startPeriodic(m_period->value()); !started) {
            showMessage(started.error(), true);
            const QSignalBlocker quiet(m_periodic);
            m_periodic->setChecked(false);
        }
    });
    auto *file = new QPushButton(tr("Send file…"));
    connect(file, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->isSendingFile())
            return m_session->cancelFile();
        const QString path = QFileDialog::getOpenFileName(this, tr("Send file"));
        if (path.isEmpty())
            return;
        if (const auto started = sendFile(path); !started)
            showMessage(started.error(), true);
    });
    m_fileProgress = new QProgressBar;
    m_fileProgress->setMaximumWidth(120);
    m_fileProgress->hide();
    m_macros = new QComboBox;
    m_macros->setPlaceholderText(tr("Macros"));
    m_macros->addItems(macroNames());
    connect(m_macros, &QComboBox::activated, this, [this] { loadMacro(m_macros->currentText()); });
    auto *saveMacroButton = new QPushButton(tr("Save as macro"));
    connect(saveMacroButton, &QPushButton::clicked, this, [this] {
        const QString text = m_sendText->toPlainText();
        saveMacro(text.left(24).simplified());
    });

    auto *options = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_sendFormat, m_lineEnding, m_checksum, send, m_periodic,
                                                             m_period, file, m_fileProgress })
        options->addWidget(widget);
    options->addStretch();
    auto *macros = new QHBoxLayout;
    macros->addWidget(m_macros, 1);
    macros->addWidget(saveMacroButton);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sendText);
    layout->addLayout(options);
    layout->addLayout(macros);
    return box;
}

Result<EndpointSpec> ConsolePane::spec() const
{
    switch (EndpointSpec::Kind(m_kind->currentData().toInt())) {
    case EndpointSpec::Kind::Serial: {
        bool ok = false;
        const qint32 baud = m_baud->currentText().toInt(&ok);
        if (!ok || baud <= 0)
            return Failure { tr("\"%1\" is not a baud rate").arg(m_baud->currentText()) };
        if (m_serialPort->currentText().trimmed().isEmpty())
            return Failure { tr("choose a serial port") };
        SerialEndpoint::Options options;
        options.port = m_serialPort->currentText().trimmed();
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

void ConsolePane::setSpec(const EndpointSpec &spec)
{
    m_kind->setCurrentIndex(m_kind->findData(int(spec.kind)));
    switch (spec.kind) {
    case EndpointSpec::Kind::Serial:
        m_serialPort->setCurrentText(spec.serial.port);
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

Result<void> ConsolePane::openEndpoint()
{
    const auto endpointSpec = spec();
    if (!endpointSpec)
        return Failure { endpointSpec.error() };
    closeEndpoint();
    // A new session, and a view of its log.
    m_view->setModel(nullptr);
    m_model.reset();
    m_session = std::make_unique<ConsoleSession>(endpointSpec->create());
    m_model = std::make_unique<TrafficModel>(&m_session->log());
    m_model->setView(TrafficLog::View(m_viewMode->currentData().toInt()));
    m_model->setTimestamps(m_timestamps->isChecked());
    m_view->setModel(m_model.get());
    Endpoint *endpoint = m_session->endpoint();
    connect(endpoint, &Endpoint::stateChanged, this, [this](Endpoint::State, const QString &detail) {
        if (!detail.isEmpty())
            showMessage(detail, false);
        updateState();
    });
    connect(endpoint, &Endpoint::errorOccurred, this, [this](const QString &message) { showMessage(message, true); });
    connect(endpoint, &Endpoint::peersChanged, this, &ConsolePane::updatePeers);
    connect(m_session.get(), &ConsoleSession::fileProgress, this, [this](qint64 sent, qint64 total) {
        m_fileProgress->setRange(0, 1000);
        m_fileProgress->setValue(total > 0 ? int(sent * 1000 / total) : 1000);
    });
    connect(m_session.get(), &ConsoleSession::fileFinished, this, [this](const QString &error) {
        m_fileProgress->hide();
        showMessage(error.isEmpty() ? tr("file sent") : error, !error.isEmpty());
    });
    m_lastCounters = {};
    m_rateClock.restart();
    if (m_fileLog->isChecked())
        toggleFileLog(true);
    endpoint->open();
    updateState();
    return {};
}

void ConsolePane::closeEndpoint()
{
    if (m_session)
        m_session->endpoint()->close();
    updateState();
}

void ConsolePane::updateState()
{
    const bool open = m_session && m_session->endpoint()->state() != Endpoint::State::Closed;
    m_open->setText(open ? tr("Close") : tr("Open"));
    m_kind->setEnabled(!open);
    m_kindPages->setEnabled(!open);
    m_rts->setEnabled(open);
    m_dtr->setEnabled(open);
    if (!open && m_periodic->isChecked()) {
        const QSignalBlocker quiet(m_periodic);
        m_periodic->setChecked(false);
    }
    updatePeers();
    emit endpointStateChanged(open);
}

void ConsolePane::updatePeers()
{
    const QString current = m_peer->currentText();
    m_peer->clear();
    m_peer->addItem(tr("all"));
    if (m_session)
        m_peer->addItems(m_session->endpoint()->peers());
    const int at = m_peer->findText(current);
    m_peer->setCurrentIndex(at < 0 ? 0 : at);
    m_closePeer->setVisible(m_session && qobject_cast<TcpServerEndpoint *>(m_session->endpoint()));
}

QString ConsolePane::countersText() const
{
    return m_counters->text();
}

QString ConsolePane::message() const
{
    return m_message->text();
}

void ConsolePane::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void ConsolePane::refresh()
{
    if (!m_session)
        return;
    const auto counters = m_session->endpoint()->counters();
    const double seconds = qMax<qint64>(1, m_rateClock.restart()) / 1000.0;
    // Smoothed over about a second.
    const auto smooth = [seconds](double rate, qint64 delta) { return rate * 0.7 + 0.3 * double(delta) / seconds; };
    m_rxRate = smooth(m_rxRate, counters.receivedBytes - m_lastCounters.receivedBytes);
    m_txRate = smooth(m_txRate, counters.sentBytes - m_lastCounters.sentBytes);
    m_lastCounters = counters;
    m_counters->setText(tr("RX %L1 bytes in %L2 frames, %3 · TX %L4 bytes in %L5 frames, %6")
                                .arg(counters.receivedBytes)
                                .arg(counters.receivedFrames)
                                .arg(rateText(m_rxRate))
                                .arg(counters.sentBytes)
                                .arg(counters.sentFrames)
                                .arg(rateText(m_txRate)));
    if (m_pause->isChecked())
        return;
    m_model->refresh();
    const QString dropped = m_model->droppedText();
    m_dropped->setVisible(!dropped.isEmpty());
    m_dropped->setText(dropped);
    if (m_autoscroll->isChecked())
        m_view->scrollToBottom();
    if (!m_session->log().fileLogError().isEmpty() && m_fileLog->isChecked()) {
        showMessage(m_session->log().fileLogError(), true);
        const QSignalBlocker quiet(m_fileLog);
        m_fileLog->setChecked(false);
    }
}

void ConsolePane::setSendText(const QString &text)
{
    m_sendText->setPlainText(text);
}

void ConsolePane::setSendOptions(const SendText &options)
{
    m_sendFormat->setCurrentIndex(m_sendFormat->findData(int(options.format)));
    m_lineEnding->setCurrentIndex(m_lineEnding->findData(int(options.lineEnding)));
    m_checksum->setCurrentIndex(m_checksum->findData(int(options.checksum)));
}

SendText ConsolePane::sendOptions() const
{
    SendText options;
    options.format = SendText::Format(m_sendFormat->currentData().toInt());
    options.lineEnding = SendText::LineEnding(m_lineEnding->currentData().toInt());
    options.checksum = Checksum::Kind(m_checksum->currentData().toInt());
    return options;
}

Result<void> ConsolePane::sendNow()
{
    if (!m_session)
        return Failure { tr("open the endpoint first") };
    const QString peer = m_peer->currentIndex() > 0 ? m_peer->currentText() : QString();
    return m_session->sendText(m_sendText->toPlainText(), sendOptions(), peer);
}

Result<void> ConsolePane::startPeriodic(int periodMs)
{
    if (!m_session)
        return Failure { tr("open the endpoint first") };
    const auto bytes = sendOptions().encode(m_sendText->toPlainText());
    if (!bytes)
        return Failure { bytes.error() };
    return m_session->startPeriodic(*bytes, periodMs);
}

void ConsolePane::stopPeriodic()
{
    if (m_session)
        m_session->stopPeriodic();
}

qint64 ConsolePane::fileRate() const
{
    // A serial line carries about a tenth of its baud rate in bytes (start and stop bits).
    if (auto *serialEndpoint = m_session ? qobject_cast<SerialEndpoint *>(m_session->endpoint()) : nullptr)
        return serialEndpoint->port()->baudRate() / 10;
    return 0;
}

Result<void> ConsolePane::sendFile(const QString &path)
{
    if (!m_session)
        return Failure { tr("open the endpoint first") };
    const auto started = m_session->sendFile(path, fileRate());
    if (started) {
        m_fileProgress->setValue(0);
        m_fileProgress->show();
    }
    return started;
}

void ConsolePane::saveMacro(const QString &name)
{
    if (name.isEmpty())
        return;
    QJsonArray macros;
    for (const QJsonValue &macro : storedMacros())
        if (macro[QStringLiteral("name")].toString() != name)
            macros.append(macro);
    const SendText options = sendOptions();
    macros.append(QJsonObject { { QStringLiteral("name"), name },
                                { QStringLiteral("text"), m_sendText->toPlainText() },
                                { QStringLiteral("format"), int(options.format) },
                                { QStringLiteral("ending"), int(options.lineEnding) },
                                { QStringLiteral("checksum"), Checksum::name(options.checksum) } });
    QSettings().setValue(MacrosKey, QJsonDocument(macros).toJson(QJsonDocument::Compact));
    m_macros->clear();
    m_macros->addItems(macroNames());
}

QStringList ConsolePane::macroNames() const
{
    QStringList names;
    for (const QJsonValue &macro : storedMacros())
        names << macro[QStringLiteral("name")].toString();
    return names;
}

void ConsolePane::loadMacro(const QString &name)
{
    for (const QJsonValue &macro : storedMacros()) {
        if (macro[QStringLiteral("name")].toString() != name)
            continue;
        m_sendText->setPlainText(macro[QStringLiteral("text")].toString());
        SendText options;
        options.format = SendText::Format(macro[QStringLiteral("format")].toInt());
        options.lineEnding = SendText::LineEnding(macro[QStringLiteral("ending")].toInt());
        options.checksum = Checksum::fromName(macro[QStringLiteral("checksum")].toString()).value_or(Checksum::Kind::None);
        setSendOptions(options);
    }
}

void ConsolePane::deleteMacro(const QString &name)
{
    QJsonArray macros;
    for (const QJsonValue &macro : storedMacros())
        if (macro[QStringLiteral("name")].toString() != name)
            macros.append(macro);
    QSettings().setValue(MacrosKey, QJsonDocument(macros).toJson(QJsonDocument::Compact));
    m_macros->clear();
    m_macros->addItems(macroNames());
}

void ConsolePane::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    if (!paused)
        refresh();
}

void ConsolePane::clear()
{
    if (!m_session)
        return;
    m_session->log().clear();
    m_model->reset();
}

bool ConsolePane::findNext(const QString &text)
{
    if (!m_session || text.isEmpty())
        return false;
    const bool hex = m_viewMode->currentData().toInt() == int(TrafficLog::View::Hex);
    const auto needle = hex ? SendText::parseHex(text) : SendText::parseAscii(text);
    if (!needle || needle->isEmpty())
        return false;
    const QModelIndex current = m_view->currentIndex();
    const qint64 from = current.isValid() ? current.data(TrafficModel::SequenceRole).toLongLong() + 1
                                          : m_session->log().firstSequence();
    const auto found = m_session->log().find(*needle, from);
    if (!found)
        return false;
    const int row = m_model->rowOfSequence(*found);
    if (row < 0)
        return false;
    m_autoscroll->setChecked(false);
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row));
    return true;
}

void ConsolePane::saveLog()
{
    if (!m_session)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save traffic"), QString(),
                                                      tr("Text (*.txt);;CSV (*.csv);;Received bytes, raw (*.bin)"), &filter);
    if (path.isEmpty())
        return;
    const auto format = filter.contains(QStringLiteral("*.csv")) ? TrafficLog::FileFormat::Csv
            : filter.contains(QStringLiteral("*.bin"))           ? TrafficLog::FileFormat::Raw
                                                                 : TrafficLog::FileFormat::Text;
    const auto saved = m_session->log().save(path, format, TrafficLog::View(m_viewMode->currentData().toInt()));
    showMessage(saved ? tr("saved to %1").arg(path) : saved.error(), !saved);
}

void ConsolePane::toggleFileLog(bool on)
{
    if (!m_session)
        return;
    if (!on)
        return m_session->log().stopFileLog();
    if (m_session->log().isFileLogging())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Log traffic to"), QString(), tr("Text (*.txt)"));
    const auto started = path.isEmpty() ? Result<void>(Failure { tr("no file chosen") })
                                        : m_session->log().startFileLog(path, TrafficLog::FileFormat::Text);
    if (!started) {
        showMessage(started.error(), true);
        const QSignalBlocker quiet(m_fileLog);
        m_fileLog->setChecked(false);
    }
}

} // namespace s2e::ui
