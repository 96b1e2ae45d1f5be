// log_ingest_mb_s: chunks of a typical socket read appended to a TrafficLog.
#include "console/trafficlog.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace s2e;

int main()
{
    constexpr qint64 Total = 4LL * 1024 * 1024 * 1024;
    const QByteArray chunk(16 * 1024, 'x');
    TrafficLog log; // the console's default 64 MB cap: most chunks are dropped again
    QElapsedTimer clock;
    clock.start();
    for (qint64 done = 0; done < Total; done += chunk.size())
        log.append(TrafficLog::Direction::Received, QByteArray(chunk.constData(), chunk.size()));
    const double seconds = clock.nsecsElapsed() / 1e9;
    QTextStream(stdout) << "log_ingest_mb_s: " << qRound(Total / 1e6 / seconds) << Qt::endl;
    return log.totals().receivedBytes == Total ? 0 : 1;
}
