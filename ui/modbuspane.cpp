#include "modbuspane.h"

#include "flowlayout.h"
#include "serialportbox.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cstring>

namespace s2e::ui {

namespace {

QString tableLabel(ModbusPollJob::Table table)
{
    switch (table) {
    case ModbusPollJob::Table::Coils: return ModbusPane::tr("Coils (0x)");
    case ModbusPollJob::Table::DiscreteInputs: return ModbusPane::tr("Discrete inputs (1x)");
    case ModbusPollJob::Table::HoldingRegisters: return ModbusPane::tr("Holding registers (4x)");
    case ModbusPollJob::Table::InputRegisters: return ModbusPane::tr("Input registers (3x)");
    }
    return QString();
}

} // namespace

ModbusPane::ModbusPane(QWidget *parent)
    : QWidget(parent),
      m_transport(new QComboBox),
      m_tcp(new QLineEdit(QStringLiteral("127.0.0.1:502"))),
      m_serialPort(new SerialPortBox),
      m_baud(new QComboBox),
      m_unit(new QSpinBox),
      m_table(new QComboBox),
      m_address(new QSpinBox),
      m_count(new QSpinBox),
      m_format(new QComboBox),
      m_interval(new QSpinBox),
      m_read(new QPushButton(tr("Read"))),
      m_writeValues(new QLineEdit),
      m_write(new QPushButton(tr("Write"))),
      m_values(new QTableWidget(0, 2)),
      m_stats(new QLabel),
      m_log(new QPlainTextEdit)
{
    m_transport->addItem(tr("Modbus TCP"));
    m_transport->addItem(tr("Modbus RTU (serial)"));
    m_tcp->setToolTip(tr("HOST:PORT of a module's data port with \"Modbus TCP\" on, or of any Modbus TCP server"));
    for (const qint32 rate : QSerialPortInfo::standardBaudRates())
        m_baud->addItem(QString::number(rate));
    m_baud->setEditable(true);
    m_baud->setCurrentText(QStringLiteral("9600"));
    m_unit->setRange(0, 247);
    m_unit->setValue(1);
    for (const auto table : { ModbusPollJob::Table::HoldingRegisters, ModbusPollJob::Table::InputRegisters,
                              ModbusPollJob::Table::Coils, ModbusPollJob::Table::DiscreteInputs })
        m_table->addItem(tableLabel(table), int(table));
    m_address->setRange(0, 65535);
    m_count->setRange(1, 125);
    m_count->setValue(10);
    m_format->addItem(tr("Unsigned"), int(Format::Unsigned));
    m_format->addItem(tr("Signed"), int(Format::Signed));
    m_format->addItem(tr("Hex"), int(Format::Hex));
    m_format->addItem(tr("Float32, ABCD"), int(Format::FloatAbcd));
    m_format->addItem(tr("Float32, CDAB"), int(Format::FloatCdab));
    m_format->setToolTip(tr("Float32 takes two registers: ABCD has the high word first, CDAB the low word"));
    m_interval->setRange(0, 3600000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSpecialValueText(tr("once"));
    m_interval->setToolTip(tr("Poll every N ms; \"once\" reads one time"));
    m_writeValues->setPlaceholderText(tr("values to write from the address, e.g. 1 2 3 (coils: 0 or 1)"));
    m_values->setHorizontalHeaderLabels({ tr("Address"), tr("Value") });
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *where = new FlowLayout;
    for (QWidget *widget : std::initializer_list<QWidget *> { m_transport, m_tcp, m_serialPort, m_baud })
        where->addWidget(widget);
    auto *request = new FlowLayout;
    const auto labelled = [request](const QString &label, QWidget *widget) {
        auto *box = new QWidget;
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(new QLabel(label));
        row->addWidget(widget);
        request->addWidget(box);
    };
    labelled(tr("Unit"), m_unit);
    labelled(tr("Table"), m_table);
    labelled(tr("Address"), m_address);
    labelled(tr("Count"), m_count);
    labelled(tr("Show as"), m_format);
    labelled(tr("Every"), m_interval);
    request->addWidget(m_read);
    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_writeValues, 1);
    writeRow->addWidget(m_write);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_values);
    split->addWidget(m_log);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addLayout(request);
    layout->addLayout(writeRow);
    layout->addWidget(m_stats);
    layout->addWidget(split, 1);

    connect(m_transport, &QComboBox::currentIndexChanged, this, &ModbusPane::updateState);
    connect(m_read, &QPushButton::clicked, this, &ModbusPane::read);
    connect(m_write, &QPushButton::clicked, this, &ModbusPane::write);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_last.isEmpty())
            showAnswer({ 0, m_address->value(), m_last, 0 });
    });
    updateState();
}

QStringList ModbusPane::formatValues(const QList<quint16> &registers, Format format)
{
    QStringList text;
    if (format == Format::FloatAbcd || format == Format::FloatCdab) {
        for (qsizetype i = 0; i + 1 < registers.size(); i += 2) {
            const quint16 high = format == Format::FloatAbcd ? registers.at(i) : registers.at(i + 1);
            const quint16 low = format == Format::FloatAbcd ? registers.at(i + 1) : registers.at(i);
            const quint32 bits = quint32(high) << 16 | low;
            float value = 0;
            std::memcpy(&value, &bits, sizeof value);
            text << QString::number(double(value), 'g', 7);
        }
        return text;
    }
    for (const quint16 value : registers) {
        if (format == Format::Signed)
            text << QString::number(qint16(value));
        else if (format == Format::Hex)
            text << QStringLiteral("0x%1").arg(value, 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
        else
            text << QString::number(value);
    }
    return text;
}

void ModbusPane::setTcpEndpoint(const QString &hostPort)
{
    m_transport->setCurrentIndex(0);
    m_tcp->setText(hostPort);
}

void ModbusPane::setRequest(ModbusPollJob::Table table, int unit, int address, int count)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
    m_unit->setValue(unit);
    m_address->setValue(address);
    m_count->setValue(count);
}

void ModbusPane::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ModbusPane::setInterval(int ms)
{
    m_interval->setValue(ms);
}

void ModbusPane::setWriteValues(const QString &values)
{
    m_writeValues->setText(values);
}

Result<ModbusPollJob::Options> ModbusPane::options(bool write) const
{
    ModbusPollJob::Options options;
    if (m_transport->currentIndex() == 0) {
        options.tcp = m_tcp->text().trimmed();
    } else {
        options.serial.port = m_serialPort->path();
        options.serial.baud = m_baud->currentText().toInt();
        if (options.serial.port.isEmpty() || options.serial.baud <= 0)
            return Failure { tr("choose a serial port and a baud rate"), ErrorCode::RefusedInput };
    }
    options.unit = m_unit->value();
    options.table = ModbusPollJob::Table(m_table->currentData().toInt());
    options.address = m_address->value();
    options.count = m_count->value();
    if (write) {
        const bool coils = options.table == ModbusPollJob::Table::Coils;
        if (!coils && options.table != ModbusPollJob::Table::HoldingRegisters)
            return Failure { tr("only holding registers and coils can be written"), ErrorCode::RefusedInput };
        for (const QString &word : m_writeValues->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            const uint value = word.toUInt(&ok, 0);
            if (!ok || value > (coils ? 1u : 65535u))
                return Failure { tr("\"%1\" is not a value to write (%2)").arg(word, coils ? tr("0 or 1") : tr("0 to 65535")),
                                 ErrorCode::RefusedInput };
            options.values << quint16(value);
        }
        if (options.values.isEmpty())
            return Failure { tr("type the values to write"), ErrorCode::RefusedInput };
        if (options.values.size() > ModbusPollJob::maxCount(options.table, true))
            return Failure { tr("at most %1 values in one write").arg(ModbusPollJob::maxCount(options.table, true)),
                             ErrorCode::RefusedInput };
    } else {
        options.pollMs = m_interval->value();
        options.rounds = options.pollMs > 0 ? 0 : 1;
        if (options.count > ModbusPollJob::maxCount(options.table, false))
            return Failure { tr("at most %1 in one read").arg(ModbusPollJob::maxCount(options.table, false)),
                             ErrorCode::RefusedInput };
    }
    return options;
}

void ModbusPane::read()
{
    if (isRunning())
        return stop();
    const auto chosen = options(false);
    if (!chosen)
        return log(chosen.error(), true);
    log(tr("→ unit %1: read %2 × %3 from %4%5")
                .arg(chosen->unit)
                .arg(tableLabel(chosen->table))
                .arg(chosen->count)
                .arg(chosen->address)
                .arg(chosen->pollMs > 0 ? tr(", every %1 ms").arg(chosen->pollMs) : QString()));
    run(new ModbusPollJob(*chosen, this));
}

void ModbusPane::write()
{
    const auto chosen = options(true);
    if (!chosen)
        return log(chosen.error(), true);
    QStringList values;
    for (const quint16 value : chosen->values)
        values << QString::number(value);
    log(tr("→ unit %1: write %2 from %3: %4")
                .arg(chosen->unit)
                .arg(tableLabel(chosen->table))
                .arg(chosen->address)
                .arg(values.join(QLatin1Char(' '))));
    run(new ModbusPollJob(*chosen, this));
}

void ModbusPane::stop()
{
    if (m_job)
        m_job->cancel();
}

void ModbusPane::run(ModbusPollJob *job)
{
    stop();
    m_job = job;
    connect(job, &ModbusPollJob::answered, this, [this](const ModbusPollJob::Answer &answer) {
        ++m_requests;
        m_lastMs = double(answer.elapsedUs) / 1000.0;
        m_totalMs += m_lastMs;
        QStringList words;
        for (const quint16 value : answer.values)
            words << QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
        log(tr("← %1 ms: %2").arg(m_lastMs, 0, 'f', 2).arg(words.join(QLatin1Char(' '))));
        showAnswer(answer);
    });
    connect(job, &ModbusPollJob::requestFailed, this, [this](int, const Failure &failure) {
        ++m_requests;
        ++m_errors;
        log(tr("← %1").arg(failure.message), true);
        updateState();
    });
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        const Result<void> &result = job->result();
        if (!result && result.errorCode() != ErrorCode::Rejected && result.errorCode() != ErrorCode::Timeout
            && result.errorCode() != ErrorCode::Cancelled)
            log(result.error(), true);
        updateState();
        emit jobEnded();
    });
    job->start();
    updateState();
}

void ModbusPane::showAnswer(const ModbusPollJob::Answer &answer)
{
    m_last = answer.values;
    const auto format = Format(m_format->currentData().toInt());
    // Coils and discrete inputs are bits: shown as 0 and 1 whatever the format.
    const auto table = ModbusPollJob::Table(m_table->currentData().toInt());
    const bool bits = table == ModbusPollJob::Table::Coils || table == ModbusPollJob::Table::DiscreteInputs;
    const QStringList text = bits ? formatValues(answer.values, Format::Unsigned) : formatValues(answer.values, format);
    const int step = !bits && (format == Format::FloatAbcd || format == Format::FloatCdab) ? 2 : 1;
    m_values->setRowCount(int(text.size()));
    for (int row = 0; row < text.size(); ++row) {
        m_values->setItem(row, 0, new QTableWidgetItem(QString::number(answer.address + row * step)));
        m_values->setItem(row, 1, new QTableWidgetItem(text.at(row)));
    }
    updateState();
}

void ModbusPane::log(const QString &line, bool error)
{
    const QString stamped = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz ")) + line;
    m_log->appendHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(error ? QStringLiteral("#b00020") : QStringLiteral("#1a4f9c"), stamped.toHtmlEscaped()));
}

QString ModbusPane::statsText() const
{
    return m_stats->text();
}

QString ModbusPane::logText() const
{
    return m_log->toPlainText();
}

void ModbusPane::updateState()
{
    const bool tcp = m_transport->currentIndex() == 0;
    m_tcp->setVisible(tcp);
    m_serialPort->setVisible(!tcp);
    m_baud->setVisible(!tcp);
    const bool running = isRunning();
    m_read->setText(running ? tr("Stop") : tr("Read"));
    m_write->setEnabled(!running);
    for (QWidget *locked : std::initializer_list<QWidget *> { m_transport, m_tcp, m_serialPort, m_baud, m_unit, m_table,
                                                             m_address, m_count, m_interval })
        locked->setEnabled(!running);
    const int answered = m_requests - m_errors;
    m_stats->setText(tr("%1 request(s), %2 error(s); last %3 ms, mean %4 ms")
                             .arg(m_requests)
                             .arg(m_errors)
                             .arg(m_lastMs, 0, 'f', 2)
                             .arg(answered > 0 ? m_totalMs / answered : 0.0, 0, 'f', 2));
}

} // namespace s2e::ui
