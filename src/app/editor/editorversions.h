#pragma once

#include "domain/result.h"
#include "domain/reviewbasis.h"

#include <QtGlobal>

#include <optional>

namespace tenet::storage {
class Database;
}

namespace tenet::app {

// What the editor reads of a code's versions besides the one it opens.

// The version the editor opens when none is asked for: the code's open version (a draft, or
// one in review or approved), else the version in force, else the latest; none when the code
// has no versions; an error when the versions could not be read.
domain::Result<std::optional<qint64>> defaultVersionId(storage::Database &db, qint64 codeId);

// What the review badges are judged from, read as the dashboard reads it: the version in
// force's publication (UTC date) and the sections' latest reviews. Empty when nothing is in
// force; an error when they could not be read.
domain::Result<domain::ReviewBasis> reviewBasisOf(storage::Database &db, qint64 codeId);

} // namespace tenet::app
