#pragma once

class QObject;

namespace s2e {

// Ctrl+C and termination end the event loop instead of the process, so that destructors run
// (the pseudo-terminal links are removed, files closed): SIGINT and SIGTERM on Unix; Ctrl+C,
// Ctrl+Break and closing the console window on Windows.
void quitOnTerminationSignals(QObject *parent);

} // namespace s2e
