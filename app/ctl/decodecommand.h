#pragma once

#include <QStringList>

// s2ectl decode HEX…: prints one JSON object describing the datagram; exit status 0, or 2
// with a one-line reason on stderr when the bytes cannot be decoded.
int runDecodeCommand(const QStringList &hexArguments);
