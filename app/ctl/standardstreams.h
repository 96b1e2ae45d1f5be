#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>

#include <memory>

// s2ectl console's standard streams as raw bytes (no text translation on Windows either).

// Everything to standard output, however the system cuts it; blocking, so a slow reader
// slows the console down instead of losing bytes.
void writeStandardOutput(QByteArrayView data);

// Whether standard error is a terminal (a console on Windows), where a progress bar can
// redraw itself.
bool standardErrorIsTerminal();

// Reads standard input in chunks while enabled, on the event loop: a socket notifier on Unix,
// a reader thread on Windows (whose consoles and pipes have no notifier Qt can wait on).
class StandardInput : public QObject
{
    Q_OBJECT

public:
    explicit StandardInput(QObject *parent = nullptr);
    ~StandardInput() override;

    // Whether the next chunk is wanted now; a disabled input is not read (the endpoint's
    // backlog is full), so nothing is buffered here.
    void setEnabled(bool enabled);

signals:
    void received(const QByteArray &data);
    // End of input, or a read error: nothing more comes.
    void ended();

private:
    struct Private;
    std::unique_ptr<Private> d;
};
