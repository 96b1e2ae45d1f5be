#include "quitonsignal.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <windows.h>

namespace s2e {

namespace {

// Runs on a thread the system starts for the event: it only asks the event loop to end.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(app, &QCoreApplication::quit, Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

void quitOnTerminationSignals(QObject *)
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

} // namespace s2e
