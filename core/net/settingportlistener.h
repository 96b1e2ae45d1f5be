#pragma once

#include "protocol/macaddress.h"
#include "receiveddatagram.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <memory>

class QUdpSocket;

namespace s2e {

// The one socket of this process on the setting port itself (0.0.0.0:1901, shared with
// other programs), where modules of the vendor's V1.4 protocol broadcast every answer.
// Such an answer names no requester and, for a short reply, no module either; so requests
// whose answer may come here take turns: only the request holding the turn takes what
// arrives here (search replies name their module and go to every finder). Answers to
// different commands cannot be mistaken for each other (a short reply names its command,
// a read reply is the only long one), so each command has its turns of its own.
class SettingPortListener : public QObject
{
    Q_OBJECT

public:
    // The listener of this port, shared by everyone in this process (the GUI thread's).
    static std::shared_ptr<SettingPortListener> forPort(quint16 port);
    ~SettingPortListener() override;

    bool isListening() const { return m_bindError.isEmpty(); }
    // Why the port could not be bound, once per program and port; empty otherwise.
    QString takeBindWarning();

    // Calls `granted` (from the event loop, or at once when free) when `owner` has the turn
    // of `command`.
    void requestTurn(QObject *owner, quint8 command, std::function<void()> granted);
    // Gives the turn up, or leaves the queue; harmless when neither.
    void endTurn(const QObject *owner);
    bool hasTurn(const QObject *owner, quint8 command) const;

    // How each module on this port answered a search or a request, for this program's life:
    // a module that answers to the asker's own port needs no turn.
    static void rememberRoute(quint16 port, const MacAddress &mac, ReplyRoute route);
    static std::optional<ReplyRoute> knownRoute(quint16 port, const MacAddress &mac);

signals:
    void datagramReceived(const s2e::ReceivedDatagram &datagram);

private:
    explicit SettingPortListener(quint16 port);
    void readPending();
    void grantNext(quint8 command);

    struct Waiting
    {
        QPointer<QObject> owner;
        std::function<void()> granted;
    };

    // The turns of one command.
    struct Turns
    {
        QPointer<QObject> holder;
        bool holding = false;
        bool handingOver = false;
        QList<Waiting> queue;
    };

    quint16 m_port;
    QUdpSocket *m_socket;
    QString m_bindError;
    QHash<quint8, Turns> m_turns;
};

} // namespace s2e
