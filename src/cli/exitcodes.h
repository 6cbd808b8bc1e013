#pragma once

#include "domain/result.h"

namespace tenet::cli {

// tenetctl's exit statuses, as scripts see them.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,     // the command line is wrong
    ExitInvalid = 2,   // the input is wrong; nothing was written
    ExitRefused = 3,   // a role, a state or a conflict forbids it
    ExitIntegrity = 4, // the database is damaged or was tampered with
};

// The one place where an error becomes an exit status.
ExitCode exitCodeFor(domain::ErrorKind kind);

} // namespace tenet::cli
