#pragma once

#include <QString>

namespace tenet::platform {

// The database the desktop program opens when it is given none:
// QStandardPaths::AppDataLocation/tenet.db.
QString defaultDatabasePath();

// The operating-system user, as the audit log records a change made without --as.
QString operatingSystemUser();

} // namespace tenet::platform
