// tcp_loopback_mb_s: bytes from a TCP peer through a TcpClientEndpoint into a console's log.
#include "console/consolesession.h"
#include "console/endpointspec.h"
#include "floodpeer.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace s2e;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr qint64 Total = 1024LL * 1024 * 1024;
    FloodPeer peer(Total, 0);
    peer.startAndWait();
    ConsoleSession session(EndpointSpec::tcpClient(QStringLiteral("127.0.0.1:%1").arg(peer.port()))->create());
    QElapsedTimer clock;
    QObject::connect(session.endpoint(), &Endpoint::stateChanged, &app, [&](Endpoint::State state) {
        if (state == Endpoint::State::Open)
            clock.start();
        if (state == Endpoint::State::Closed)
            app.quit();
    });
    session.endpoint()->open();
    app.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    const qint64 received = session.log().totals().receivedBytes;
    QTextStream(stdout) << "tcp_loopback_mb_s: " << qRound(received / 1e6 / seconds) << Qt::endl;
    peer.wait();
    return received == Total ? 0 : 1;
}
