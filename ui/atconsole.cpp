#include "atconsole.h"

#include "job/atjob.h"
#include "protocol/at/atcatalogue.h"
#include "serial/linelost.h"
#include "serialportbox.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QFontDatabase>
#include <QIntValidator>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSerialPort>
#include <QSerialPortInfo>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace s2e::ui {

namespace {

// Ports come and go (USB adapters); Qt has no notification for it, so the list is polled.
constexpr int PortWatchMs = 2000;

// "AT+SOCKA1=TCPC,…" → the catalogue entry, whatever port and socket suffix it carries.
const at::CommandDef *commandOf(const QString &line)
{
    static const QRegularExpression name(QStringLiteral("^\\s*AT\\+([A-Za-z0-9]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = name.match(line);
    if (!match.hasMatch())
        return nullptr;
    QString word = match.captured(1).toUpper();
    if (const auto *def = at::Catalogue::find(word))
        return def;
    if (!word.isEmpty() && word.back().isDigit())
        word.chop(1);
    if (const auto *def = at::Catalogue::find(word))
        return def;
    if (!word.isEmpty() && word.back() >= u'A' && word.back() <= u'H')
        word.chop(1);
    return at::Catalogue::find(word);
}

// Transparent data as text, control bytes spelled out: "hello\r\n\x00".
QString visibleText(const QByteArray &data)
{
    QString text;
    for (const char c : data) {
        if (c == '\r')
            text += QStringLiteral("\\r");
        else if (c == '\n')
            text += QStringLiteral("\\n");
        else if (c >= 0x20 && c < 0x7F)
            text += QLatin1Char(c);
        else
            text += QStringLiteral("\\x%1").arg(quint8(c), 2, 16, QLatin1Char('0'));
    }
    return text;
}

} // namespace

AtConsole::AtConsole(quint16 netAtPort, QWidget *parent)
    : QWidget(parent),
      m_netAtPort(netAtPort),
      m_serialChoice(new QRadioButton(tr("Serial port"))),
      m_netChoice(new QRadioButton(tr("Network (net AT)"))),
      m_port(new SerialPortBox),
      m_baud(new QComboBox),
      m_address(new QLineEdit),
      m_open(new QPushButton(tr("Open"))),
      m_enter(new QPushButton(tr("Enter command mode"))),
      m_leave(new QPushButton(tr("Leave command mode"))),
      m_state(new QLabel),
      m_command(new QLineEdit),
      m_help(new QLabel),
      m_output(new QPlainTextEdit),
      m_portWatch(new QTimer(this))
{
    m_serialChoice->setChecked(true);
    for (const qint32 rate : QSerialPortInfo::standardBaudRates())
        if (rate >= 600)
            m_baud->addItem(QString::number(rate));
    m_baud->setEditable(true);
    m_baud->setValidator(new QIntValidator(50, 4000000, m_baud));
    m_baud->setCurrentText(QStringLiteral("115200"));
    m_address->setPlaceholderText(tr("module address (empty: the one that answers)"));

    QStringList names;
    for (const at::CommandDef &def : at::Catalogue::all())
        names << QStringLiteral("AT+") + QLatin1String(def.name);
    auto *completer = new QCompleter(names, m_command);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_command->setCompleter(completer);
    m_command->setPlaceholderText(tr("AT command, e.g. AT+VER (Tab completes, ↑↓ history)"));
    m_command->installEventFilter(this);
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *source = new QFormLayout;
    auto *serialRow = new QHBoxLayout;
    serialRow->addWidget(m_port, 1);
    serialRow->addWidget(new QLabel(tr("Baud")));
    serialRow->addWidget(m_baud);
    source->addRow(m_serialChoice, serialRow);
    source->addRow(m_netChoice, m_address);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_enter);
    buttons->addWidget(m_leave);
    buttons->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addLayout(buttons);
    layout->addWidget(m_output, 1);
    // The help above the line: the completion list opens below it and would cover it.
    layout->addWidget(m_help);
    layout->addWidget(m_command);

    connect(m_open, &QPushButton::clicked, this, [this] { isOpen() ? close() : openFromControls(); });
    connect(m_enter, &QPushButton::clicked, this, &AtConsole::enterCommandMode);
    connect(m_leave, &QPushButton::clicked, this, &AtConsole::leaveCommandMode);
    connect(m_command, &QLineEdit::textChanged, this, &AtConsole::updateHelp);
    connect(m_command, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_command->text().trimmed();
        if (text.isEmpty())
            return;
        send(text);
        m_command->clear();
    });
    connect(m_serialChoice, &QRadioButton::toggled, this, &AtConsole::updateState);
    // Listing the system's ports takes milliseconds: only while someone can see the list.
    connect(m_portWatch, &QTimer::timeout, this, [this] {
        if (m_port->isVisible())
            m_port->refresh();
    });
    m_portWatch->start(PortWatchMs);
    updateHelp();
    updateState();
}

AtConsole::~AtConsole() = default;

void AtConsole::setSearchTargets(const QList<SettingTarget> &targets)
{
    m_searchTargets = targets;
}

void AtConsole::setModuleAddress(const QHostAddress &address)
{
    if (!m_net)
        m_address->setText(address.toString());
}

bool AtConsole::isOpen() const
{
    return m_session || m_net;
}

QString AtConsole::transcript() const
{
    return m_output->toPlainText();
}

void AtConsole::setNamedPorts(const QList<NamedPort> &ports)
{
    m_port->setNamedPorts(ports);
}

void AtConsole::openFromControls()
{
    if (m_serialChoice->isChecked())
        return openSerial(m_port->path(), m_baud->currentText().toInt());
    if (m_address->text().trimmed().isEmpty())
        return discoverNetwork();
    const QHostAddress address(m_address->text().trimmed());
    if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol)
        return append(Style::Error, tr("\"%1\" is not an IPv4 address").arg(m_address->text()));
    openNetwork(address);
}

void AtConsole::discoverNetwork()
{
    // No address: the keyword goes where search goes, as s2ectl at does without --net.
    close();
    m_netChoice->setChecked(true);
    NetAtClient::Options options;
    options.targets = m_searchTargets;
    options.port = m_netAtPort;
    append(Style::Info, tr("net AT: asking every module on the search targets, UDP port %1").arg(m_netAtPort));
    run(new AtJob(options, {}), [this](const AtJob &job) {
        const NetAtDevice &found = *job.module();
        openNetworkTo(found.address, MacAddress::parse(found.mac));
    });
}

void AtConsole::openSerial(const QString &path, qint32 baud)
{
    close();
    m_serialChoice->setChecked(true);
    m_port->setPath(path);
    m_baud->setCurrentText(QString::number(baud));
    m_serial = new QSerialPort(path, this);
    m_serial->setBaudRate(baud);
    if (!m_serial->open(QIODevice::ReadWrite)) {
        append(Style::Error, tr("%1: cannot open: %2").arg(path, m_serial->errorString()));
        delete m_serial;
        return updateState();
    }
    m_session = new AtSession(m_serial, {}, this);
    connect(m_session, &AtSession::transparentDataReceived, this, [this](const QByteArray &data) {
        append(Style::Data, tr("« %1").arg(visibleText(data)));
    });
    connect(m_session, &AtSession::modeChanged, this, &AtConsole::updateState);
    connect(m_serial, &QSerialPort::errorOccurred, this, [this, path](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError)
            return;
        if (isLineLost(error)) {
            append(Style::Error, tr("%1: %2").arg(path, lineLostText(error)));
            return close();
        }
        append(Style::Error, tr("%1: %2").arg(path, m_serial ? m_serial->errorString() : QString()));
    });
    append(Style::Info, tr("%1 open at %2 baud, transparent mode").arg(path).arg(baud));
    updateState();
}

void AtConsole::openNetwork(const QHostAddress &address)
{
    openNetworkTo(address, std::nullopt);
}

void AtConsole::openNetworkTo(const QHostAddress &address, const std::optional<MacAddress> &mac)
{
    close();
    m_netChoice->setChecked(true);
    m_address->setText(address.toString());
    auto *hold = new QObject(this);
    if (m_reserve) {
        if (const auto reserved = m_reserve(address, mac, hold); !reserved) {
            delete hold;
            return append(Style::Error, tr("net AT to %1 not opened: %2").arg(address.toString(), reserved.error()));
        }
    }
    m_netHold = hold;
    NetAtClient::Options options;
    options.targets = customSettingTargets({ address });
    options.module = address;
    options.port = m_netAtPort;
    m_net = new NetAtClient(options, this);
    m_net->setModule(address);
    append(Style::Info, mac ? tr("net AT to %1 (%2), UDP port %3").arg(address.toString(), mac->toString()).arg(m_netAtPort)
                            : tr("net AT to %1, UDP port %2").arg(address.toString()).arg(m_netAtPort));
    updateState();
}

void AtConsole::close()
{
    // Nothing of a closed line answers any more: what still runs ends here, said as cancelled.
    for (const QPointer<AtJob> &job : std::exchange(m_jobs, {}))
        if (job)
            job->cancel();
    if (m_serial)
        append(Style::Info, tr("%1 closed").arg(m_serial->portName()));
    if (m_net)
        append(Style::Info, tr("net AT closed"));
    delete m_session;
    delete m_serial;
    delete m_net;
    delete m_netHold;
    updateState();
}

void AtConsole::enterCommandMode()
{
    if (!m_session)
        return;
    append(Style::Sent, QStringLiteral("+++"));
    run(new AtJob(m_session, m_serial->portName(), { true, false }, {}), [this](const AtJob &) {
        append(Style::Ok, m_session && m_session->wasAlreadyInCommandMode() ? tr("already in command mode")
                                                                            : tr("command mode"));
    });
}

void AtConsole::leaveCommandMode()
{
    if (!m_session)
        return;
    append(Style::Sent, QStringLiteral("AT+ENTM"));
    run(new AtJob(m_session, m_serial->portName(), { false, true }, {}),
        [this](const AtJob &) { append(Style::Ok, tr("transparent mode")); });
}

void AtConsole::send(const QString &text)
{
    m_history.removeAll(text);
    m_history << text;
    m_historyIndex = int(m_history.size());
    int code = 0;
    const auto request = at::AtRequest::parse(text, &code);
    if (!request)
        return append(Style::Error, tr("%1 — not sent: %2").arg(text, request.error()));
    if (!isOpen())
        return append(Style::Error, tr("%1 — not sent: open a serial port or a module first").arg(text));
    if (m_session && m_session->mode() != AtSession::Mode::Command)
        return append(Style::Error, tr("%1 — not sent: enter command mode first, or it would reach the network as data")
                                          .arg(text));
    append(Style::Sent, request->text());
    auto *job = m_session ? new AtJob(m_session, m_serial->portName(), {}, { *request })
                          : new AtJob(m_net, m_address->text(), { *request });
    connect(job, &AtJob::replied, this, [this](const at::AtRequest &, const Result<at::AtReply> &reply) {
        if (!reply)
            return append(Style::Error, reply.error());
        showReply(*reply);
    });
    run(job);
}

void AtConsole::run(AtJob *job, std::function<void(const AtJob &)> succeeded)
{
    job->setParent(this);
    m_jobs.removeAll(nullptr);
    m_jobs << job;
    connect(job, &Job::finished, this, [this, job, succeeded] {
        job->deleteLater();
        m_jobs.removeAll(job);
        const Result<void> &result = job->result();
        // A refused command has been shown with its answer.
        if (!result && result.errorCode() != ErrorCode::Rejected)
            append(Style::Error, result.error());
        else if (result && succeeded)
            succeeded(*job);
        updateState();
    });
    updateState();
    job->start();
}

void AtConsole::showReply(const at::AtReply &reply)
{
    if (!reply.ok)
        return append(Style::Error, QStringLiteral("+ERR=%1 (%2)").arg(reply.errorCode).arg(at::AtReply::errorMeaning(reply.errorCode)));
    append(Style::Ok, reply.hasValue ? QStringLiteral("+OK=") + reply.value : QStringLiteral("+OK"));
}

void AtConsole::append(Style style, const QString &text)
{
    static const char *const colours[] = { "#1a4f9c", "#1b7f2a", "#b00020", "#555555", "#6a4c93" };
    m_output->appendHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                 .arg(QLatin1String(colours[int(style)]), text.toHtmlEscaped()));
    emit transcriptChanged();
}

void AtConsole::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_port->refresh();
}

void AtConsole::updateHelp()
{
    const at::CommandDef *def = commandOf(m_command->text());
    if (!def) {
        m_help->setText(tr("%n command(s) in the catalogue; type AT+ and a name.", nullptr,
                           int(at::Catalogue::all().size())));
        return;
    }
    QStringList lines { QStringLiteral("<b>%1</b> — %2").arg(def->synopsis().toHtmlEscaped(), def->helpText().toHtmlEscaped()) };
    for (const at::Param &param : def->params)
        lines << QStringLiteral("&nbsp;&nbsp;%1: %2").arg(QLatin1String(param.name), at::Catalogue::paramAllowedText(param).toHtmlEscaped());
    m_help->setText(lines.join(QStringLiteral("<br>")));
}

void AtConsole::updateState()
{
    const bool open = isOpen();
    const bool serial = m_serialChoice->isChecked();
    m_open->setText(open ? tr("Close") : tr("Open"));
    m_serialChoice->setEnabled(!open);
    m_netChoice->setEnabled(!open);
    m_port->setEnabled(!open && serial);
    m_baud->setEnabled(!open && serial);
    m_address->setEnabled(!open && !serial);
    m_enter->setVisible(serial);
    m_leave->setVisible(serial);
    const bool command = m_session && m_session->mode() == AtSession::Mode::Command;
    m_enter->setEnabled(m_session && m_session->mode() == AtSession::Mode::Transparent);
    m_leave->setEnabled(command);
    if (!open)
        m_state->setText(tr("closed"));
    else if (m_net)
        m_state->setText(tr("net AT: commands go to the module"));
    else
        m_state->setText(command ? tr("command mode") : tr("transparent mode: data goes to the network"));
}

bool AtConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_command && event->type() == QEvent::KeyPress && !m_history.isEmpty()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            m_historyIndex = qBound(0, m_historyIndex + (key == Qt::Key_Up ? -1 : 1), int(m_history.size()));
            m_command->setText(m_history.value(m_historyIndex));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace s2e::ui
