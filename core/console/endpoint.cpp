#include "endpoint.h"

namespace s2e {

bool Endpoint::sendTo(const QString &peer, const QByteArray &data)
{
    if (!peers().contains(peer)) {
        reportError(tr("%1: no peer %2").arg(description(), peer));
        return false;
    }
    return send(data);
}

QStringList Endpoint::peers() const
{
    return {};
}

void Endpoint::closePeer(const QString &peer)
{
    if (peers().contains(peer))
        close();
}

void Endpoint::setState(State state, const QString &detail)
{
    if (state == m_state && detail.isEmpty())
        return;
    m_state = state;
    if (state != State::Closed)
        m_failed = false;
    emit stateChanged(state, detail);
}

void Endpoint::reportReceived(const QByteArray &data, const QString &peer)
{
    m_counters.receivedBytes += data.size();
    ++m_counters.receivedFrames;
    emit dataReceived(data, peer);
}

void Endpoint::reportSent(const QByteArray &data, const QString &peer)
{
    m_counters.sentBytes += data.size();
    ++m_counters.sentFrames;
    emit dataSent(data, peer);
}

void Endpoint::reportError(const QString &message)
{
    emit errorOccurred(message);
}

void Endpoint::fail(const QString &message)
{
    m_failed = true;
    m_state = State::Closed;
    emit stateChanged(State::Closed, message);
}

} // namespace s2e
