#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

// One run of s2ectl: exit status (-1 when it crashed or hung), stdout and stderr.
struct S2ectlRun
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QStringList lines() const { return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts); }
};

inline S2ectlRun s2ectl(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.start(QStringLiteral(S2ECTL_PATH), arguments);
    S2ectlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    // Text as on Unix: a Windows program's text ends its lines with CR LF.
    run.out = process.readAllStandardOutput().replace("\r\n", "\n");
    run.err = process.readAllStandardError().replace("\r\n", "\n");
    return run;
}
