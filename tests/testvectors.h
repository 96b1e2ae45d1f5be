#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

// The golden vectors (tests/data/vectors.json, copied from the project's reference).
inline QJsonObject testVectors()
{
    QFile file(QStringLiteral(S2E_TEST_DATA_DIR "/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonObject testVector(const char *name)
{
    return testVectors().value(QLatin1String(name)).toObject();
}

inline QByteArray testVectorBytes(const char *name)
{
    return QByteArray::fromHex(testVector(name).value(QLatin1String("hex")).toString().toLatin1());
}

// A vector sent as several datagrams ("datagrams": [hex, …]).
inline QList<QByteArray> testVectorDatagrams(const char *name)
{
    QList<QByteArray> datagrams;
    for (const QJsonValue &hex : testVector(name).value(QLatin1String("datagrams")).toArray())
        datagrams << QByteArray::fromHex(hex.toString().toLatin1());
    return datagrams;
}

// Reproducible random bytes for property tests: a failure can be replayed from its seed.
inline QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (auto &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

inline QByteArray withByte(QByteArray bytes, qsizetype index, quint8 value)
{
    bytes[index] = char(value);
    return bytes;
}
