#pragma once

#include "receiveddatagram.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QUdpSocket;

namespace s2e {

// The one socket of this process on the setting port itself (0.0.0.0:1901, shared with
// other programs), where modules of the vendor's V1.4 protocol broadcast every answer.
// Such an answer names no requester and, for a short reply, no module either; so requests
// whose answer may come here take turns: only the request holding the turn takes what
// arrives here (search replies name their module and go to every finder).
class SettingPortListener : public QObject
{
    Q_OBJECT

public:
    // The listener of this port, shared by everyone in this process (the GUI thread's).
    static std::shared_ptr<SettingPortListener> forPort(quint16 port);
    ~SettingPortListener() override;

    quint16 port() const { return m_port; }
    bool isListening() const { return m_bindError.isEmpty(); }
    // Why the port could not be bound; reported once per process by takeBindWarning().
    QString bindError() const { return m_bindError; }
    QString takeBindWarning();

    // Calls `granted` (from the event loop, or at once when free) when `owner` has the turn.
    void requestTurn(QObject *owner, std::function<void()> granted);
    // Gives the turn up, or leaves the queue; harmless when neither.
    void endTurn(const QObject *owner);
    bool hasTurn(const QObject *owner) const { return owner && m_holder == owner; }

signals:
    void datagramReceived(const s2e::ReceivedDatagram &datagram);

private:
    explicit SettingPortListener(quint16 port);
    void readPending();
    void grantNext();

    struct Waiting
    {
        QPointer<QObject> owner;
        std::function<void()> granted;
    };

    quint16 m_port;
    QUdpSocket *m_socket;
    QString m_bindError;
    QPointer<QObject> m_holder;
    bool m_holding = false;
    bool m_handingOver = false;
    QList<Waiting> m_queue;
};

} // namespace s2e
