#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"

#include <QString>

namespace tenet::storage {
class Database;
}

namespace tenet::usecases {

// What a manager decides when publishing: whether everyone signs again, and what changed.
struct PublishRequest
{
    qint64 versionId = 0;
    bool material = true;
    QString summary;
};

// Publishes an approved version: renders its handbook as it will read once published (no
// DRAFT mark, compared with the version published before it) and stores that document with
// the publication, so that the handbook people sign can be produced byte for byte. The
// store checks who may publish and refuses anything else; a version that is not approved
// is refused without rendering.
domain::Result<domain::VersionInfo> publishVersion(storage::Database &db, const domain::Code &code,
                                                   const PublishRequest &request,
                                                   const domain::Actor &by);

} // namespace tenet::usecases
