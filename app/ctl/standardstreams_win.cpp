#include "standardstreams.h"

#include <QMetaObject>

#include <condition_variable>
#include <mutex>

#include <windows.h>

void writeStandardOutput(QByteArrayView data)
{
    const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    qsizetype done = 0;
    while (done < data.size()) {
        DWORD written = 0;
        const DWORD chunk = DWORD(qMin<qsizetype>(data.size() - done, 1 << 20));
        if (!WriteFile(out, data.data() + done, chunk, &written, nullptr) || written == 0)
            return;
        done += written;
    }
}

// ReadFile blocks on a console or a pipe, so one thread reads a chunk each time one is
// wanted and hands it to the event loop; CancelSynchronousIo ends a read still waiting.
struct StandardInput::Private
{
    std::mutex mutex;
    std::condition_variable wanted;
    bool enabled = false;
    bool reading = false; // a chunk is on its way to the event loop
    bool stopping = false;
    HANDLE thread = nullptr;

    static DWORD WINAPI run(void *self)
    {
        static_cast<StandardInput *>(self)->readLoop();
        return 0;
    }
};

StandardInput::StandardInput(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->thread = CreateThread(nullptr, 0, &Private::run, this, 0, nullptr);
}

void StandardInput::readLoop()
{
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    QByteArray buffer(65536, Qt::Uninitialized);
    for (;;) {
        {
            std::unique_lock lock(d->mutex);
            d->wanted.wait(lock, [this] { return d->stopping || (d->enabled && !d->reading); });
            if (d->stopping)
                return;
            d->reading = true;
        }
        DWORD n = 0;
        const bool ok = ReadFile(in, buffer.data(), DWORD(buffer.size()), &n, nullptr);
        if (!ok || n == 0) {
            // The end of a pipe reads as an error (ERROR_BROKEN_PIPE) or as 0 bytes.
            QMetaObject::invokeMethod(
                this, [this] { emit ended(); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, data = QByteArray(buffer.constData(), n)] {
                {
                    std::lock_guard lock(d->mutex);
                    d->reading = false;
                }
                emit received(data);
                d->wanted.notify_one();
            },
            Qt::QueuedConnection);
    }
}

StandardInput::~StandardInput()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wanted.notify_one();
    // A read may start just after a cancel: cancel until the thread has ended.
    do
        CancelSynchronousIo(d->thread);
    while (WaitForSingleObject(d->thread, 50) == WAIT_TIMEOUT);
    CloseHandle(d->thread);
}

void StandardInput::setEnabled(bool enabled)
{
    {
        std::lock_guard lock(d->mutex);
        d->enabled = enabled;
    }
    d->wanted.notify_one();
}
