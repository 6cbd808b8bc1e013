#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "render/handbooksource.h"

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// Everything the handbook of one version shows, read from the database: the version with its
// content, the approver's name, and the last version published before it.
// This is the desktop's twin of src/cli/handbookloader (cli::loadHandbookSource); the two
// should merge into one place shared by both programs (the render or storage layer) later.
domain::Result<render::HandbookSource> handbookSourceFor(storage::Database &db,
                                                         const domain::Code &code,
                                                         qint64 versionId);

} // namespace tenet::app
