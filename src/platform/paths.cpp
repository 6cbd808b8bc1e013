#include "paths.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tenet::platform {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/tenet.db"_s;
}

QString operatingSystemUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

} // namespace tenet::platform
