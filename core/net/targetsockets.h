#pragma once

#include "receiveddatagram.h"
#include "settingtarget.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <memory>

class QUdpSocket;

namespace s2e {

class SettingPortListener;

// The sockets of one setting-protocol user (a search, a module's requests): its own socket
// on 0.0.0.0 and a free port, which sends to every target out of the target's interface and
// hears answers sent back to it, unicast or broadcast; and the process's listener on the
// setting port, which hears answers broadcast there. Replies are told apart by content
// (MAC, command), never by where they came from.
class TargetSockets : public QObject
{
    Q_OBJECT

public:
    TargetSockets(const QList<SettingTarget> &targets, quint16 port, QObject *parent = nullptr);

    // Returns one message per target the datagram could not be sent to.
    QStringList sendToAll(const QByteArray &datagram);
    // Sends to one address (a unicast command).
    QString sendTo(const QByteArray &datagram, const QHostAddress &address);
    // Drops whatever has arrived on the own socket and not been read: late answers to an
    // earlier request.
    void discardPending();

    SettingPortListener &listener() const { return *m_listener; }

signals:
    void datagramReceived(const s2e::ReceivedDatagram &datagram);

private:
    void readPending();

    QList<SettingTarget> m_targets;
    quint16 m_port;
    QUdpSocket *m_socket;
    QString m_bindError;
    std::shared_ptr<SettingPortListener> m_listener;
};

} // namespace s2e
