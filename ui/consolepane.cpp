#include "consolepane.h"

#include "console/serialendpoint.h"
#include "console/tcpserverendpoint.h"
#include "endpointform.h"
#include "sendbox.h"
#include "trafficmodel.h"
#include "trafficview.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace s2e::ui {

namespace {

QString rateText(double bytesPerSecond)
{
    if (bytesPerSecond >= 1e6)
        return ConsolePane::tr("%1 MB/s").arg(bytesPerSecond / 1e6, 0, 'f', 2);
    if (bytesPerSecond >= 1e3)
        return ConsolePane::tr("%1 kB/s").arg(bytesPerSecond / 1e3, 0, 'f', 1);
    return ConsolePane::tr("%1 B/s").arg(qRound(bytesPerSecond));
}

} // namespace

ConsolePane::ConsolePane(const QString &title, const QList<EndpointSpec::Kind> &kinds, QSettings *settings,
                         QWidget *parent)
    : QWidget(parent),
      m_macros(settings),
      m_form(new EndpointForm(kinds)),
      m_traffic(new TrafficView),
      m_sendBox(new SendBox(&m_macros)),
      m_counters(new QLabel),
      m_message(new QLabel),
      m_refresh(new QTimer(this))
{
    m_message->setWordWrap(true);
    auto *resetCounts = new QPushButton(tr("Reset counts"));
    connect(resetCounts, &QPushButton::clicked, this, &ConsolePane::resetCounters);
    auto *countersRow = new QHBoxLayout;
    countersRow->addWidget(m_counters, 1);
    countersRow->addWidget(resetCounts);

    auto *group = new QGroupBox(title);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(buildTopRow());
    layout->addWidget(m_form);
    layout->addWidget(m_traffic, 1);
    layout->addLayout(countersRow);
    layout->addWidget(m_sendBox);
    layout->addWidget(m_message);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(group);

    connect(m_form, &EndpointForm::kindChanged, this, &ConsolePane::updatePeers);
    connect(m_form, &EndpointForm::rtsToggled, this, [this](bool on) {
        if (auto *serial = m_session ? qobject_cast<SerialEndpoint *>(m_session->endpoint()) : nullptr)
            serial->setRts(on);
    });
    connect(m_form, &EndpointForm::dtrToggled, this, [this](bool on) {
        if (auto *serial = m_session ? qobject_cast<SerialEndpoint *>(m_session->endpoint()) : nullptr)
            serial->setDtr(on);
    });
    connect(m_traffic, &TrafficView::messageShown, this, &ConsolePane::showMessage);
    connect(m_sendBox, &SendBox::sendRequested, this, [this] { report(sendNow()); });
    connect(m_sendBox, &SendBox::periodicToggled, this, [this](bool on) {
        if (!on)
            return stopPeriodic();
        const auto started = startPeriodic(m_sendBox->period());
        report(started);
        if (!started)
            m_sendBox->stopPeriodic();
    });
    connect(m_sendBox, &SendBox::fileRequested, this, [this](const QString &path) {
        if (path.isEmpty()) {
            if (m_session)
                m_session->cancelFile();
            return;
        }
        report(sendFile(path));
    });
    connect(m_refresh, &QTimer::timeout, this, &ConsolePane::refresh);
    m_refresh->start(RefreshMs);
    m_rateClock.start();
    updateState();
}

ConsolePane::~ConsolePane()
{
    // The view lets go of the session's log before the session goes.
    m_traffic->setLog(nullptr);
}

QWidget *ConsolePane::buildTopRow()
{
    m_open = new QPushButton(tr("Open"));
    m_open->setToolTip(tr("Open or close the connection (Ctrl+O)"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->endpoint()->state() != Endpoint::State::Closed)
            return closeEndpoint();
        report(openEndpoint());
    });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this, nullptr, nullptr,
                                   Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, m_open, &QPushButton::click);
    m_peerLabel = new QLabel(tr("Send to"));
    m_peer = new QComboBox;
    m_peer->setToolTip(tr("Where Send goes: every peer, or one"));
    m_closePeer = new QPushButton(tr("Close client"));
    connect(m_closePeer, &QPushButton::clicked, this, [this] {
        if (m_session && m_peer->currentIndex() > 0)
            m_session->endpoint()->closePeer(m_peer->currentText());
    });

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form->kindChooser());
    layout->addWidget(m_open);
    layout->addWidget(m_peerLabel);
    layout->addWidget(m_peer, 1);
    layout->addWidget(m_closePeer);
    layout->addStretch();
    return row;
}

Result<EndpointSpec> ConsolePane::spec() const
{
    return m_form->spec();
}

void ConsolePane::setSpec(const EndpointSpec &spec)
{
    m_form->setSpec(spec);
}

TrafficModel *ConsolePane::model() const
{
    return m_traffic->model();
}

QTableView *ConsolePane::view() const
{
    return m_traffic->table();
}

Result<void> ConsolePane::openEndpoint()
{
    const auto endpointSpec = spec();
    if (!endpointSpec)
        return Failure { endpointSpec.error() };
    closeEndpoint();
    // A new session, and a view of its log.
    m_traffic->setLog(nullptr);
    m_session = std::make_unique<ConsoleSession>(endpointSpec->create());
    m_traffic->setLog(&m_session->log());
    Endpoint *endpoint = m_session->endpoint();
    connect(endpoint, &Endpoint::stateChanged, this, [this](Endpoint::State, const QString &detail) {
        if (!detail.isEmpty())
            showMessage(detail, false);
        updateState();
    });
    connect(endpoint, &Endpoint::errorOccurred, this, [this](const QString &message) { showMessage(message, true); });
    connect(endpoint, &Endpoint::peersChanged, this, &ConsolePane::updatePeers);
    connect(m_session.get(), &ConsoleSession::fileProgress, m_sendBox, &SendBox::showFileProgress);
    connect(m_session.get(), &ConsoleSession::fileFinished, this, [this](const QString &error) {
        m_sendBox->hideFileProgress();
        showMessage(error.isEmpty() ? tr("file sent") : error, !error.isEmpty());
    });
    m_lastCounters = {};
    m_rateClock.restart();
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
    m_form->setOpen(open);
    if (!open)
        m_sendBox->stopPeriodic();
    updatePeers();
    emit endpointStateChanged(open);
}

bool ConsolePane::offersPeers() const
{
    const auto kind = m_form->kind();
    return kind == EndpointSpec::Kind::TcpServer || kind == EndpointSpec::Kind::Udp;
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
    m_peerLabel->setVisible(offersPeers());
    m_peer->setVisible(offersPeers());
    m_closePeer->setVisible(m_session && qobject_cast<TcpServerEndpoint *>(m_session->endpoint()));
}

QString ConsolePane::countersText() const
{
    return m_counters->text();
}

void ConsolePane::resetCounters()
{
    if (m_session)
        m_session->endpoint()->resetCounters();
    m_lastCounters = {};
    m_rxRate = 0;
    m_txRate = 0;
    refresh();
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

void ConsolePane::report(const Result<void> &result)
{
    if (!result)
        return showMessage(result.error(), true);
    // An error from before says nothing about what just worked.
    if (!m_message->styleSheet().isEmpty())
        showMessage(QString(), false);
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
    m_traffic->refresh();
}

void ConsolePane::setSendText(const QString &text)
{
    m_sendBox->setText(text);
}

void ConsolePane::setSendOptions(const SendText &options)
{
    m_sendBox->setOptions(options);
}

SendText ConsolePane::sendOptions() const
{
    return m_sendBox->options();
}

Result<void> ConsolePane::sendNow()
{
    if (!m_session)
        return Failure { tr("open the endpoint first") };
    const QString peer = offersPeers() && m_peer->currentIndex() > 0 ? m_peer->currentText() : QString();
    return m_session->sendText(m_sendBox->text(), sendOptions(), peer);
}

Result<void> ConsolePane::startPeriodic(int periodMs)
{
    if (!m_session)
        return Failure { tr("open the endpoint first") };
    const auto bytes = sendOptions().encode(m_sendBox->text());
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
    if (auto *serial = m_session ? qobject_cast<SerialEndpoint *>(m_session->endpoint()) : nullptr)
        return serial->port()->baudRate() / 10;
    return 0;
}

Result<void> ConsolePane::sendFile(const QString &path)
{
    if (!m_session)
        return Failure { tr("open the endpoint first") };
    const auto started = m_session->sendFile(path, fileRate());
    if (started)
        m_sendBox->showFileProgress(0, 1);
    return started;
}

void ConsolePane::saveMacro(const QString &name)
{
    m_sendBox->saveMacro(name);
}

QStringList ConsolePane::macroNames() const
{
    return m_sendBox->macroNames();
}

void ConsolePane::loadMacro(const QString &name)
{
    m_sendBox->loadMacro(name);
}

void ConsolePane::deleteMacro(const QString &name)
{
    m_sendBox->deleteMacro(name);
}

void ConsolePane::setPaused(bool paused)
{
    m_traffic->setPaused(paused);
}

void ConsolePane::clear()
{
    m_traffic->clear();
}

bool ConsolePane::findNext(const QString &text)
{
    return m_traffic->findNext(text);
}

} // namespace s2e::ui
