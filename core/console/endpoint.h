#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace s2e {

// One side of a test console: a serial port, a TCP client or server, a UDP socket or a
// WebSocket. Everything received and sent is reported with the peer it came from or went
// to, and counted per direction.
class Endpoint : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opening, Open };
    Q_ENUM(State)

    struct Counters
    {
        qint64 receivedBytes = 0;
        qint64 sentBytes = 0;
        qint64 receivedFrames = 0; // reads, datagrams or messages
        qint64 sentFrames = 0;
    };

    using QObject::QObject;

    virtual void open() = 0;
    virtual void close() = 0;
    // To every peer (a TCP server's clients, a UDP socket's remote); false and
    // errorOccurred() when nothing can take it now.
    virtual bool send(const QByteArray &data) = 0;
    // To one peer of peers(); endpoints with a single peer send there.
    virtual bool sendTo(const QString &peer, const QByteArray &data);
    // A TCP server's clients; the connected peer otherwise.
    virtual QStringList peers() const;
    virtual void closePeer(const QString &peer);
    // Bytes accepted but not yet handed to the system (for pacing a file send).
    virtual qint64 bytesToWrite() const { return 0; }
    // "TCP client to 127.0.0.1:8234"
    virtual QString description() const = 0;

    State state() const { return m_state; }
    // Closed by a failure (refused, hung up, reset), not by either side ending the session.
    bool failed() const { return m_failed; }
    Counters counters() const { return m_counters; }
    void resetCounters() { m_counters = {}; }

signals:
    // `detail` says why; a failure's message comes only here, not also as errorOccurred.
    void stateChanged(s2e::Endpoint::State state, const QString &detail);
    void dataReceived(const QByteArray &data, const QString &peer);
    void dataSent(const QByteArray &data, const QString &peer);
    void errorOccurred(const QString &message);
    // Some of what was accepted went on to the system: bytesToWrite() went down.
    void bytesWritten();
    void peersChanged();

protected:
    void setState(State state, const QString &detail = QString());
    void reportReceived(const QByteArray &data, const QString &peer);
    void reportSent(const QByteArray &data, const QString &peer);
    // An error the endpoint goes on after (a send refused).
    void reportError(const QString &message);
    // An error that closes it: one message, as the Closed state's detail.
    void fail(const QString &message);

private:
    State m_state = State::Closed;
    bool m_failed = false;
    Counters m_counters;
};

} // namespace s2e
