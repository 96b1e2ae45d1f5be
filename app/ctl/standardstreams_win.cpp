#include "standardstreams.h"

#include <QMetaObject>

#include <condition_variable>
#include <memory>
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

bool standardErrorIsTerminal()
{
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_ERROR_HANDLE), &mode) != 0;
}

// What the reader thread and the event loop share. The thread may outlive its StandardInput:
// a read blocked on a pipe cannot always be cancelled (Wine does not), and the process is
// ending then anyway; so the thread holds this state, and owner says whether anyone listens.
struct StandardInputShared
{
    std::mutex mutex;
    std::condition_variable wanted;
    StandardInput *owner = nullptr;
    bool enabled = false;
    bool reading = false; // a chunk is on its way to the event loop
};

namespace {

DWORD WINAPI readLoop(void *parameter)
{
    const std::unique_ptr<std::shared_ptr<StandardInputShared>> holder(static_cast<std::shared_ptr<StandardInputShared> *>(parameter));
    StandardInputShared &shared = **holder;
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    QByteArray buffer(65536, Qt::Uninitialized);
    for (;;) {
        {
            std::unique_lock lock(shared.mutex);
            shared.wanted.wait(lock, [&] { return !shared.owner || (shared.enabled && !shared.reading); });
            if (!shared.owner)
                return 0;
            shared.reading = true;
        }
        DWORD n = 0;
        const bool ok = ReadFile(in, buffer.data(), DWORD(buffer.size()), &n, nullptr);
        std::lock_guard lock(shared.mutex);
        if (!shared.owner)
            return 0;
        StandardInput *owner = shared.owner;
        if (!ok || n == 0) {
            // The end of a pipe reads as an error (ERROR_BROKEN_PIPE) or as 0 bytes.
            QMetaObject::invokeMethod(owner, [owner] { emit owner->ended(); }, Qt::QueuedConnection);
            return 0;
        }
        // Queued to the owner: dropped by Qt if the owner is gone before it runs.
        QMetaObject::invokeMethod(
                owner,
                [owner, weak = std::weak_ptr<StandardInputShared>(*holder), data = QByteArray(buffer.constData(), n)] {
                    if (const auto state = weak.lock()) {
                        {
                            std::lock_guard relock(state->mutex);
                            state->reading = false;
                        }
                        state->wanted.notify_one();
                    }
                    emit owner->received(data);
                },
                Qt::QueuedConnection);
    }
}

} // namespace

struct StandardInput::Private
{
    std::shared_ptr<StandardInputShared> shared = std::make_shared<StandardInputShared>();
    HANDLE thread = nullptr;
};

StandardInput::StandardInput(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->shared->owner = this;
    d->thread = CreateThread(nullptr, 0, &readLoop, new std::shared_ptr<StandardInputShared>(d->shared), 0, nullptr);
}

StandardInput::~StandardInput()
{
    {
        std::lock_guard lock(d->shared->mutex);
        d->shared->owner = nullptr;
    }
    d->shared->wanted.notify_one();
    // A read waiting on the console or a pipe is cancelled where the system can; where it
    // cannot, the thread is left to the process's end.
    CancelSynchronousIo(d->thread);
    WaitForSingleObject(d->thread, 200);
    CloseHandle(d->thread);
}

void StandardInput::setEnabled(bool enabled)
{
    {
        std::lock_guard lock(d->shared->mutex);
        d->shared->enabled = enabled;
    }
    d->shared->wanted.notify_one();
}
