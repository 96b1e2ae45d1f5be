#include "standardstreams.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

void writeStandardOutput(QByteArrayView data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, data.data() + done, size_t(data.size() - done));
        if (n > 0)
            done += n;
        else if (n < 0 && errno != EINTR && errno != EAGAIN)
            return;
    }
}

bool standardErrorIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

struct StandardInput::Private
{
    QSocketNotifier *notifier = nullptr;
    bool ended = false;
};

StandardInput::StandardInput(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    d->notifier->setEnabled(false);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n <= 0) {
            d->ended = true;
            d->notifier->setEnabled(false);
            emit ended();
            return;
        }
        emit received(QByteArray(buffer, n));
    });
}

StandardInput::~StandardInput() = default;

void StandardInput::setEnabled(bool enabled)
{
    d->notifier->setEnabled(enabled && !d->ended);
}
