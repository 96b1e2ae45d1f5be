#include "consolesession.h"

namespace s2e {

namespace {
constexpr qint64 FilePiece = 4096;
// Bytes the endpoint may hold unsent before a file send waits for it.
constexpr qint64 FileBacklog = 256 * 1024;
constexpr int FilePumpMs = 5;
} // namespace

ConsoleSession::ConsoleSession(std::unique_ptr<Endpoint> endpoint, qint64 logCap, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_log(logCap)
{
    m_endpoint->setParent(nullptr);
    connect(m_endpoint.get(), &Endpoint::dataReceived, this,
            [this](const QByteArray &data, const QString &peer) { m_log.append(TrafficLog::Direction::Received, data, peer); });
    connect(m_endpoint.get(), &Endpoint::dataSent, this,
            [this](const QByteArray &data, const QString &peer) { m_log.append(TrafficLog::Direction::Sent, data, peer); });
    connect(m_endpoint.get(), &Endpoint::stateChanged, this, [this](Endpoint::State state) {
        if (state == Endpoint::State::Closed) {
            stopPeriodic();
            if (m_file)
                finishFile(tr("%1 closed while the file was being sent").arg(m_endpoint->description()));
        }
    });
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        if (!send(m_periodicData))
            stopPeriodic();
    });
    m_periodic.setTimerType(Qt::PreciseTimer);
    connect(&m_filePump, &QTimer::timeout, this, &ConsoleSession::pumpFile);
    // A backlog that drains is refilled at once, not at the pump's next tick.
    connect(m_endpoint.get(), &Endpoint::bytesWritten, this, [this] {
        if (m_file)
            pumpFile();
    });
}

ConsoleSession::~ConsoleSession()
{
    m_endpoint->disconnect(this);
}

bool ConsoleSession::send(const QByteArray &data, const QString &peer)
{
    return peer.isEmpty() ? m_endpoint->send(data) : m_endpoint->sendTo(peer, data);
}

Result<void> ConsoleSession::sendText(const QString &text, const SendText &options, const QString &peer)
{
    const auto bytes = options.encode(text);
    if (!bytes)
        return Failure { bytes.error() };
    if (bytes->isEmpty())
        return Failure { tr("nothing to send") };
    if (!send(*bytes, peer))
        return Failure { tr("%1: not sent").arg(m_endpoint->description()) };
    return {};
}

Result<void> ConsoleSession::startPeriodic(const QByteArray &data, int periodMs)
{
    if (periodMs < MinPeriodMs)
        return Failure { tr("the period must be at least %1 ms").arg(MinPeriodMs) };
    if (data.isEmpty())
        return Failure { tr("nothing to send") };
    m_periodicData = data;
    m_periodic.start(periodMs);
    return {};
}

void ConsoleSession::stopPeriodic()
{
    m_periodic.stop();
}

Result<void> ConsoleSession::sendFile(const QString &path, qint64 bytesPerSecond)
{
    if (m_file)
        return Failure { tr("a file is already being sent") };
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Failure { tr("%1: %2").arg(path, file->errorString()) };
    if (m_endpoint->state() != Endpoint::State::Open)
        return Failure { tr("%1 is not open").arg(m_endpoint->description()) };
    m_file = std::move(file);
    m_fileRate = qMax<qint64>(0, bytesPerSecond);
    m_fileSent = 0;
    m_fileClock.start();
    m_filePump.start(FilePumpMs);
    pumpFile();
    return {};
}

void ConsoleSession::cancelFile()
{
    if (m_file)
        finishFile(tr("cancelled after %1 of %2 bytes").arg(m_fileSent).arg(m_file->size()));
}

void ConsoleSession::pumpFile()
{
    while (m_file) {
        if (m_endpoint->bytesToWrite() > FileBacklog)
            return;
        qint64 allowed = FilePiece;
        if (m_fileRate > 0)
            allowed = qMin(allowed, m_fileClock.elapsed() * m_fileRate / 1000 - m_fileSent);
        if (allowed <= 0)
            return;
        const QByteArray piece = m_file->read(allowed);
        if (piece.isEmpty())
            return finishFile(m_file->atEnd() ? QString() : m_file->errorString());
        if (!send(piece))
            return finishFile(tr("%1: not sent").arg(m_endpoint->description()));
        m_fileSent += piece.size();
        emit fileProgress(m_fileSent, m_file->size());
    }
}

void ConsoleSession::finishFile(const QString &error)
{
    m_filePump.stop();
    m_file.reset();
    emit fileFinished(error);
}

} // namespace s2e
