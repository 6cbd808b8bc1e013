#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace tenet::exchange {

// Reads a file Tenet imports. Only a regular file is opened (a FIFO with no writer would
// block for ever, /dev/zero never ends), and reading stops at `maximumSize` whatever size
// the file claims: QFile::size() is 0 for a device or a pipe.
domain::Result<QByteArray> readInputFile(const QString &path, qint64 maximumSize,
                                         const QString &tooLargeMessage);

} // namespace tenet::exchange
