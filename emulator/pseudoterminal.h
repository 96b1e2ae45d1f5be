#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace s2e::emu {

// A pseudo-terminal whose master side this process holds: what a program writes to
// slavePath() arrives as dataReceived(), and write() reaches that program. The slave is
// kept open and raw, so that no line discipline changes a byte. Unix only.
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<PseudoTerminal>> open(QObject *parent = nullptr);
    ~PseudoTerminal() override;

    QString slavePath() const { return m_slavePath; }
    // A symlink to the slave, replaced if it exists; removed with the pty.
    Result<void> link(const QString &linkPath);
    void write(const QByteArray &data);

signals:
    void dataReceived(const QByteArray &data);

private:
    PseudoTerminal(int master, int slave, const QString &slavePath, QObject *parent);
    void readMaster();

    int m_master;
    int m_slave;
    QString m_slavePath;
    QString m_link;
};

} // namespace s2e::emu
