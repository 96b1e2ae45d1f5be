#pragma once

#include "endpoint.h"
#include "protocol/result.h"
#include "protocol/sendtext.h"
#include "trafficlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace s2e {

// One console pane's engine: an endpoint, the log of everything it received and sent, and
// the ways of sending (once, periodically, a file paced to the line's rate).
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinPeriodMs = 1;

    explicit ConsoleSession(std::unique_ptr<Endpoint> endpoint, qint64 logCap = 64 * 1024 * 1024,
                            QObject *parent = nullptr);
    ~ConsoleSession() override;

    Endpoint *endpoint() const { return m_endpoint.get(); }
    TrafficLog &log() { return m_log; }
    const TrafficLog &log() const { return m_log; }

    // To every peer, or to `peer` when given.
    bool send(const QByteArray &data, const QString &peer = QString());
    // The send box: the text encoded as `options` say; the error says what is wrong in it.
    Result<void> sendText(const QString &text, const SendText &options, const QString &peer = QString());

    // Sends `data` every `periodMs` (at least 1 ms) until stopped or the endpoint closes.
    Result<void> startPeriodic(const QByteArray &data, int periodMs);
    void stopPeriodic();
    bool isPeriodic() const { return m_periodic.isActive(); }

    // Sends a file at `bytesPerSecond` (0: as fast as the endpoint takes it, without piling
    // it up in memory); progress and one fileFinished() at the end.
    Result<void> sendFile(const QString &path, qint64 bytesPerSecond);
    void cancelFile();
    bool isSendingFile() const { return m_file != nullptr; }

signals:
    void fileProgress(qint64 sent, qint64 total);
    // `error` is empty when the whole file was sent.
    void fileFinished(const QString &error);

private:
    void pumpFile();
    void finishFile(const QString &error);

    std::unique_ptr<Endpoint> m_endpoint;
    TrafficLog m_log;
    QTimer m_periodic;
    QByteArray m_periodicData;
    std::unique_ptr<QFile> m_file;
    QTimer m_filePump;
    QElapsedTimer m_fileClock;
    qint64 m_fileRate = 0;
    qint64 m_fileSent = 0;
};

} // namespace s2e
