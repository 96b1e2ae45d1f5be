#pragma once

class QObject;

namespace s2e {

// SIGINT and SIGTERM end the event loop instead of the process, so that destructors run
// (the pseudo-terminal links are removed, files closed). Unix only.
void quitOnTerminationSignals(QObject *parent);

} // namespace s2e
