#include "netatserver.h"

#include "boundaddress.h"

#include "virtualmodule.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace s2e::emu {

namespace {

QHostAddress addressOf(const VirtualModule *module)
{
    return QHostAddress(module->runningConfig().value(u"ip.address")->toString());
}

} // namespace

NetAtServer::NetAtServer(const QList<VirtualModule *> &modules, QObject *parent)
    : QObject(parent), m_modules(modules), m_socket(new QUdpSocket(this))
{
    connect(m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket->hasPendingDatagrams())
            handle(m_socket->receiveDatagram(), nullptr);
    });
}

bool NetAtServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_socket->bind(address, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return false;
    for (VirtualModule *module : std::as_const(m_modules)) {
        bindModule(module);
        // A restart may have given the module another address.
        connect(module, &VirtualModule::restarted, this, [this, module] { bindModule(module); });
    }
    return true;
}

void NetAtServer::bindModule(VirtualModule *module)
{
    const QHostAddress address = addressOf(module);
    QUdpSocket *socket = m_moduleSockets.value(module);
    if (socket && socket->localAddress() == address)
        return;
    delete socket;
    m_moduleSockets.remove(module);
    socket = new QUdpSocket(this);
    // Where this machine does not have the module's address, the shared socket serves it.
    if (!socket->bind(address, port(), QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        delete socket;
        return;
    }
    m_moduleSockets.insert(module, socket);
    connect(socket, &QUdpSocket::readyRead, this, [this, socket, module] {
        while (socket->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = socket->receiveDatagram();
            if (sentToBoundAddress(datagram, *socket))
                handle(datagram, module);
        }
    });
}

quint16 NetAtServer::port() const
{
    return m_socket->localPort();
}

QString NetAtServer::errorString() const
{
    return m_socket->errorString();
}

void NetAtServer::reply(VirtualModule *module, const QByteArray &data, const QNetworkDatagram &request)
{
    QUdpSocket *socket = m_moduleSockets.value(module, m_socket);
    socket->writeDatagram(data, request.senderAddress(), quint16(request.senderPort()));
}

void NetAtServer::handle(const QNetworkDatagram &datagram, VirtualModule *addressed)
{
    const QByteArray data = datagram.data();
    const QString host = QStringLiteral("%1:%2").arg(datagram.senderAddress().toString()).arg(datagram.senderPort());
    const QList<VirtualModule *> candidates = addressed ? QList<VirtualModule *> { addressed } : m_modules;

    // The keyword: every module that knows it answers and listens to this host.
    bool knocked = false;
    for (VirtualModule *module : candidates) {
        const QString keyword = module->atSetting(QStringLiteral("SEARCH")).section(QLatin1Char(','), 1);
        if (module->isRebooting() || data.trimmed() != keyword.toLatin1())
            continue;
        knocked = true;
        m_sessions[host][module] = Session();
        m_sessions[host][module].lastCommand.start();
        reply(module,
              QStringLiteral("%1,%2,%3")
                      .arg(addressOf(module).toString(),
                           module->identity().mac.toString().remove(QLatin1Char(':')),
                           module->runningConfig().value(u"name")->toString())
                      .toLatin1(),
              datagram);
    }
    if (knocked)
        return;
    const bool confirmation = data.trimmed().toLower() == "+ok";
    if (!confirmation && !data.toUpper().startsWith("AT+"))
        return;

    // A command: for the module it was sent to, or the only one this host knocked on.
    auto &sessions = m_sessions[host];
    QList<VirtualModule *> live;
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        if (it.value().lastCommand.elapsed() <= m_idleExitMs && !it.key()->isRebooting()
            && (!addressed || it.key() == addressed))
            live << it.key();
    }
    if (confirmation) {
        for (VirtualModule *module : std::as_const(live))
            sessions[module].confirmed = true;
        return;
    }
    if (live.size() != 1 || (m_requireOk && !sessions[live.first()].confirmed))
        return;
    VirtualModule *module = live.first();
    sessions[module].lastCommand.start();
    reply(module, AtEngine(*module).execute(QString::fromLatin1(data)).encode(), datagram);
}

} // namespace s2e::emu
