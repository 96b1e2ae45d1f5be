#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace s2e {

// Uploads a web page image to a module (protocol.md §5): TCP, FF×6 answered by AA×4, then
// 512-byte blocks numbered from 0, each sent only after the previous one's acknowledgement,
// resent when none comes in time; a zero-length last block when the size is a multiple of
// 512. Exactly one callback.
class WebPageUploader : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 1902;

    struct Options
    {
        QHostAddress address;
        quint16 port = DefaultPort;
        int timeoutMs = 3000;
        int attempts = 3; // per block, and for the handshake
    };

    explicit WebPageUploader(const Options &options, QObject *parent = nullptr);

    void start(const QByteArray &image, std::function<void(Result<void>)> callback);
    void cancel();

    int blockCount() const;

signals:
    void progressChanged(qint64 sent, qint64 total);

private:
    void sendBlock();
    void onReadyRead();
    void onTimeout();
    void finish(Result<void> result);
    QString where() const;

    enum class Stage { Idle, Connecting, Hello, Blocks };

    Options m_options;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    Stage m_stage = Stage::Idle;
    QByteArray m_image;
    QByteArray m_received;
    int m_block = 0;
    int m_attempt = 0;
    std::function<void(Result<void>)> m_callback;
};

} // namespace s2e
