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

// The version an export is about: the open draft when `draft` is set, version `number` when
// one is given, and otherwise the version in force.
domain::Result<domain::VersionInfo> findExportedVersion(const storage::VersionStore &store,
                                                        qint64 codeId, bool draft,
                                                        const QString &number);

} // namespace tenet::cli
