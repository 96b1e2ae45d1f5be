#pragma once

#include "settingtarget.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QUdpSocket;

namespace s2e {

// One UDP socket per local address the targets are sent from; a datagram is sent to
// every target and replies are taken from any of the sockets.
class TargetSockets : public QObject
{
    Q_OBJECT

public:
    TargetSockets(const QList<SettingTarget> &targets, quint16 port, QObject *parent = nullptr);

    // Targets whose local address cannot be bound are reported by sendToAll().
    // Returns one message per target the datagram could not be sent to.
    QStringList sendToAll(const QByteArray &datagram);
    // Sends to one address (a unicast command) from the first socket.
    QString sendTo(const QByteArray &datagram, const QHostAddress &address);
    // Drops whatever has arrived and not been read: late answers to an earlier request.
    void discardPending();

    const QList<SettingTarget> &targets() const { return m_targets; }
    quint16 port() const { return m_port; }

signals:
    void datagramReceived(const QByteArray &datagram, const QHostAddress &sender,
                          const QString &interfaceName);

private:
    struct Bound
    {
        QUdpSocket *socket = nullptr;
        QHostAddress bindAddress;
        QString interfaceName;
        QString bindError;
    };
    Bound &socketFor(const SettingTarget &target);
    void readPending(const Bound &bound);

    QList<SettingTarget> m_targets;
    quint16 m_port;
    QList<Bound> m_sockets;
};

} // namespace s2e
