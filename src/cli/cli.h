#pragma once

#include <QStringList>

class QTextStream;

namespace tenet::cli {

// Runs tenetctl with its arguments (the program name first); prints results on `out`,
// errors on stderr through the log, and returns the exit status.
int run(const QStringList &arguments, QTextStream &out);

// Whether the command among the arguments needs a QGuiApplication rather than a
// QCoreApplication; asked before either exists.
bool needsGuiApplication(const QStringList &arguments);

} // namespace tenet::cli
