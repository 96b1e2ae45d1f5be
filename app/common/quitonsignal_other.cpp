#include "quitonsignal.h"

namespace s2e {

// Without POSIX signals the process ends the default way (Ctrl+C on a Windows console).
void quitOnTerminationSignals(QObject *) { }

} // namespace s2e
