#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <memory>

// s2e-emu in its own process on free ports, stopped with the test.
class EmulatorProcess
{
public:
    ~EmulatorProcess() { stop(); }

    bool start(const QStringList &arguments)
    {
        m_process = std::make_unique<QProcess>();
        m_process->start(QStringLiteral(S2E_EMU_PATH),
                         QStringList { "--reboot-ms", "100", "--port", "0", "--m0-port", "0", "--at-port", "0",
                                       "--magic-port", "0" } + arguments);
        if (!m_process->waitForStarted(5000))
            return false;
        // The first line names the ports; then one line per module.
        const qsizetype at = arguments.indexOf(QStringLiteral("--devices"));
        const int devices = at < 0 ? 1 : arguments.at(at + 1).toInt();
        QByteArray out;
        while (out.count('\n') < 1 + devices && m_process->waitForReadyRead(5000))
            out += m_process->readAllStandardOutput();
        out.replace("\r\n", "\n"); // a Windows program's lines
        // "listening on UDP 0.0.0.0 (k7 on 40001, 302 on 40002), net AT on …, magic packets on …"
        const auto match = QRegularExpression(QStringLiteral("\\((.*)\\), net AT on (\\d+), magic packets on (\\d+)\\n"))
                                   .match(QString::fromUtf8(out));
        if (!match.hasMatch())
            return false;
        auto families = QRegularExpression(QStringLiteral("(\\w+) on (\\d+)")).globalMatch(match.captured(1));
        while (families.hasNext()) {
            const auto family = families.next();
            const quint16 port = family.captured(2).toUShort();
            if (family.captured(1) == QLatin1String("302"))
                m_m0Port = port;
            else
                m_port = port;
        }
        m_atPort = match.captured(2).toUShort();
        m_magicPort = match.captured(3).toUShort();
        m_lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        return true;
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
        m_process.reset();
    }
    // The K7's and 410S's setting port, and the 302's.
    quint16 port() const { return m_port; }
    quint16 m0Port() const { return m_m0Port; }
    // s2ectl's --port for every family these modules are of.
    QString portsArgument() const
    {
        QStringList ports;
        if (m_port)
            ports << QStringLiteral("1901=%1").arg(m_port);
        if (m_m0Port)
            ports << QStringLiteral("1500=%1").arg(m_m0Port);
        return ports.join(QLatin1Char(','));
    }
    quint16 atPort() const { return m_atPort; }
    quint16 magicPort() const { return m_magicPort; }
    QStringList lines() const { return m_lines; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    quint16 m_m0Port = 0;
    quint16 m_atPort = 0;
    quint16 m_magicPort = 0;
    QStringList m_lines;
};
