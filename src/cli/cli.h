#pragma once

#include <QStringList>

class QTextStream;

namespace tenet::cli {

// Runs tenetctl with its arguments (the program name first); prints results on `out`,
// errors on stderr through the log, and returns the exit status.
int run(const QStringList &arguments, QTextStream &out);

} // namespace tenet::cli
