#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

namespace tenet::exchange {

using domain::Error;
using domain::ErrorKind;
using domain::Result;

Result<QByteArray> readInputFile(const QString &path, qint64 maximumSize,
                                 const QString &tooLargeMessage)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {ErrorKind::NotFound, path, QStringLiteral("no such file")};
    if (info.isDir())
        return Error::invalid(path, QStringLiteral("is a folder, not a file"));
    // Decided before opening: opening a FIFO blocks until someone writes to it.
    if (!info.isFile())
        return Error::invalid(path,
                              QStringLiteral("is not a regular file (a device, a pipe or a "
                                             "socket); save the data to a file first"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    // One byte past the limit tells a file at the limit from a larger one.
    QByteArray bytes = file.read(maximumSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::invalid(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > maximumSize)
        return Error::invalid(path, tooLargeMessage);
    return bytes;
}

} // namespace tenet::exchange
