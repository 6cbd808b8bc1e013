#pragma once

#include "domain/result.h"
#include "domain/version.h"

#include <QString>

namespace tenet::storage {
class VersionStore;
}

namespace tenet::cli {

// Resolves how a user names a version on the command line: a number ("3"), "draft" (the
// open version) or "current" (the version in force).
domain::Result<domain::VersionInfo> findVersion(const storage::VersionStore &store, qint64 codeId,
                                                const QString &name);

} // namespace tenet::cli
