#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Byte-order and address helpers shared by the codecs. Callers check bounds first.
namespace s2e::bytes {

quint32 readLe(QByteArrayView data, qsizetype offset, int size);
void writeLe(QByteArray &data, qsizetype offset, int size, quint32 value);
quint32 readBe(QByteArrayView data, qsizetype offset, int size);
void writeBe(QByteArray &data, qsizetype offset, int size, quint32 value);

QString ipv4ToString(quint32 address);
// Strict dotted quad: four decimal parts 0-255, no leading '+', no spaces.
std::optional<quint32> parseIpv4(QStringView text);

// Text up to the first NUL (or the whole field), Latin-1 so no byte is lost or rejected.
QString readText(QByteArrayView field);
bool isPrintableAscii(QStringView text);

quint8 sum8(QByteArrayView data);

// Hex for messages and logs: "FF 01 01 02".
QString toHex(QByteArrayView data);
// Hex from the user: spaces, tabs, colons and dashes between digits are ignored.
std::optional<QByteArray> parseHex(QStringView text);

} // namespace s2e::bytes
