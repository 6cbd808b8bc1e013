#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/version.h"
#include "render/handbooksource.h"

namespace tenet::storage {
class Database;
}

namespace tenet::usecases {

// Everything the handbook of one version shows, read from the database: the version with its
// content, the names people know, and the last version published before it.
domain::Result<render::HandbookSource> loadHandbookSource(storage::Database &db,
                                                          const domain::Code &code,
                                                          qint64 versionId);

} // namespace tenet::usecases
