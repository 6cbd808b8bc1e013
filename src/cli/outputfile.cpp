#include "outputfile.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tenet::cli {

using domain::Error;
using domain::Status;

Status writeOutputFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::invalid(path, u"cannot be written: %1"_s.arg(file.errorString()));
    // Exports name staff; a new file is readable by its owner only, whatever the umask.
    if (!QFileInfo::exists(path))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error::invalid(path, u"cannot be written: %1"_s.arg(file.errorString()));
    }
    if (!file.commit())
        return Error::invalid(path, u"cannot be written: %1"_s.arg(file.errorString()));
    return {};
}

} // namespace tenet::cli
