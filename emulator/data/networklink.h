#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

namespace s2e::emu {

// The network side of a module's serial port in one work mode (manual 4.2). Built from the
// running parameters at each restart.
class NetworkLink : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts listening or connecting; an error shows in stateText() and errorString().
    virtual void start() = 0;
    virtual void send(const QByteArray &data) = 0;
    // To the one peer that sent received(…, peer); where there is only one, to it.
    virtual void sendTo(QObject *peer, const QByteArray &data)
    {
        Q_UNUSED(peer)
        send(data);
    }
    // IDLE, LISTEN, CONNECTING, CONNECTED, CONNECTED(n) or ERROR, as the web page shows it.
    virtual QString stateText() const = 0;
    // Drops data waiting for a connection (clear the serial buffer on connect).
    virtual void clearPending() { }
    QString errorString() const { return m_error; }
    qint64 dropped() const { return m_dropped; }

signals:
    // `peer`: the connection it came by, where a link has several (a TCP server's clients).
    void received(const QByteArray &data, QObject *peer = nullptr);
    // A connection came up: time for the registration packet and clearing the buffer.
    void connected();

protected:
    void setError(const QString &error) { m_error = error; }
    void countDropped(qint64 bytes) { m_dropped += bytes; }

private:
    QString m_error;
    qint64 m_dropped = 0;
};

struct Endpoint
{
    QHostAddress address;
    quint16 port = 0;
};

} // namespace s2e::emu
