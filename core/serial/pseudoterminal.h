#pragma once

#include "protocol/result.h"
#include "serialsettings.h"

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

namespace s2e {

// A pseudo-terminal whose master side this process holds: what a program writes to
// slavePath() arrives as dataReceived(), and write() reaches that program. The slave is
// kept open (a program may close and reopen it) and raw, so that no line discipline
// changes a byte. Unix only.
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<PseudoTerminal>> open(QObject *parent = nullptr);
    // Whether this system has pseudo-terminals at all (not Windows); when not, why not.
    static bool supported();
    static QString unsupportedReason();
    ~PseudoTerminal() override;

    QString slavePath() const { return m_slavePath; }
    // A symlink to the slave, replaced if it exists; removed with the pty.
    Result<void> link(const QString &linkPath);
    // What does not fit in the terminal's buffer is lost, as on a serial line without flow
    // control.
    void write(const QByteArray &data);
    // As much as fits now (0 when full); readyToWrite() tells when there is room again.
    qsizetype writeSome(QByteArrayView data);
    // Back-pressure: while off, the program's bytes wait in the terminal and its writes
    // block once the terminal's buffer is full.
    void setReading(bool on);
    bool isReading() const;
    // The speed and format the program has set on its side.
    std::optional<SerialSettings> settings() const;

signals:
    void dataReceived(const QByteArray &data);
    // After writeSome() could not take everything: the terminal has room again.
    void readyToWrite();

private:
    PseudoTerminal(int master, int slave, const QString &slavePath, QObject *parent);
    void readMaster();

    int m_master;
    int m_slave;
    QSocketNotifier *m_readNotifier;
    QSocketNotifier *m_writeNotifier;
    QString m_slavePath;
    QString m_link;
};

} // namespace s2e
