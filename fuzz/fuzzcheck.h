#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// What every fuzz target checks beyond "no crash, no sanitizer report": a decoder that
// accepts an input must give something it can encode and decode again.
inline QByteArrayView fuzzInput(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void fuzzCheck(bool condition)
{
    if (!condition)
        std::abort();
}
