#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace tenet::cli {

// Writes a file a command produces (an export, a seal) all at once: a failure leaves no
// partial file, and a new file is readable by its owner only, whatever the umask. The
// error names the file.
domain::Status writeOutputFile(const QString &path, const QByteArray &bytes);

} // namespace tenet::cli
