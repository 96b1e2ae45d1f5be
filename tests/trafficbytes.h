#pragma once

#include "console/trafficlog.h"

// Everything a console log holds in one direction, joined.
inline QByteArray trafficBytes(const s2e::TrafficLog &log,
                               s2e::TrafficLog::Direction direction = s2e::TrafficLog::Direction::Received)
{
    QByteArray all;
    for (qint64 s = log.firstSequence(); s < log.endSequence(); ++s)
        if (log.chunk(s)->direction == direction)
            all += log.chunk(s)->data;
    return all;
}
