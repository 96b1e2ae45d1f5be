#pragma once

#include "modbus/modbuspolljob.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace s2e::ui {

class SerialPortBox;

// The test console's Modbus poll: a Modbus master over Modbus TCP (a module's gateway or
// any Modbus TCP server) or Modbus RTU on a serial port. Reads once or every N ms and
// writes holding registers or coils; the values in a table in the chosen format, the
// requests, errors and round trips counted, and every exchange in a log. The work is a
// ModbusPollJob, as for s2ectl modbus.
class ModbusPane : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Unsigned, Signed, Hex, FloatAbcd, FloatCdab };

    explicit ModbusPane(QWidget *parent = nullptr);

    // Registers as text in `format`; a float takes two registers (ABCD: high word first).
    static QStringList formatValues(const QList<quint16> &registers, Format format);

    void setTcpEndpoint(const QString &hostPort);
    void setRequest(ModbusPollJob::Table table, int unit, int address, int count);
    void setFormat(Format format);
    void setInterval(int ms);
    void setWriteValues(const QString &values);
    // Starts reading (once, or every interval); a second call while polling stops.
    void read();
    void write();
    void stop();
    bool isRunning() const { return m_job; }

    QTableWidget *values() const { return m_values; }
    QString statsText() const;
    QString logText() const;

signals:
    void jobEnded();

private:
    Result<ModbusPollJob::Options> options(bool write) const;
    void run(ModbusPollJob *job);
    void showAnswer(const ModbusPollJob::Answer &answer);
    void log(const QString &line, bool error = false);
    void updateState();

    QComboBox *m_transport;
    QLineEdit *m_tcp;
    SerialPortBox *m_serialPort;
    QComboBox *m_baud;
    QSpinBox *m_unit;
    QComboBox *m_table;
    QSpinBox *m_address;
    QSpinBox *m_count;
    QComboBox *m_format;
    QSpinBox *m_interval;
    QPushButton *m_read;
    QLineEdit *m_writeValues;
    QPushButton *m_write;
    QTableWidget *m_values;
    QLabel *m_stats;
    QPlainTextEdit *m_log;
    QPointer<ModbusPollJob> m_job;
    QList<quint16> m_last;
    int m_requests = 0;
    int m_errors = 0;
    double m_lastMs = 0;
    double m_totalMs = 0;
};

} // namespace s2e::ui
