#pragma once

#include "protocol/result.h"

#include <QDeadlineTimer>
#include <QTest>

#include <optional>

// Starts an operation that ends in one Result callback and runs the event loop until it
// does: the result, or nullopt after `ms`.
template<typename T, typename Start>
std::optional<s2e::Result<T>> waitFor(Start start, int ms = 15000)
{
    std::optional<s2e::Result<T>> result;
    start([&result](s2e::Result<T> r) { result.emplace(std::move(r)); });
    QDeadlineTimer deadline(ms);
    while (!result && !deadline.hasExpired())
        QTest::qWait(5);
    return result;
}
