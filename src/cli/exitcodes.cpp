#include "exitcodes.h"

namespace tenet::cli {

ExitCode exitCodeFor(domain::ErrorKind kind)
{
    switch (kind) {
    case domain::ErrorKind::Usage: return ExitUsage;
    case domain::ErrorKind::Invalid: return ExitInvalid;
    // Naming a version, a person or a file that does not exist is wrong input.
    case domain::ErrorKind::NotFound: return ExitInvalid;
    case domain::ErrorKind::Refused: return ExitRefused;
    case domain::ErrorKind::Integrity: return ExitIntegrity;
    }
    return ExitInvalid;
}

} // namespace tenet::cli
