#pragma once

#include "domain/result.h"

namespace tenet::storage {

struct ConnectionSpec;

// Whether a new organisation may be made where `spec` points (tenetctl init, and the
// target of tenetctl copy): a file that does not exist yet; or a database on a server (its
// administrator creates it) that holds no tables, or only Tenet's tables without a row in
// any of them, as a copy that failed leaves it. Refused otherwise, saying what is there; the
// database is only read.
domain::Status checkNewDatabase(const ConnectionSpec &spec);

} // namespace tenet::storage
