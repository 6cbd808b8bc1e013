#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"

#include <optional>

namespace tenet::storage {
class Database;
}

namespace tenet::usecases {

// The draft someone asked to edit, and where its content came from.
struct StartedDraft
{
    domain::VersionInfo version;
    bool continued = false; // the code's open draft, not a new one
    std::optional<int> basedOn; // the number of the version in force it copies; none: empty
};

// Starts a draft of the code, the one rule for both programs: the open draft is continued
// when there is one; otherwise a new draft holds the version in force, or, when nothing is
// in force (nothing published yet, or everything withdrawn), the code's seven sections
// empty in the code's language. The starter code is offered once, when an organisation is
// created, not here: a code that had content would otherwise get someone else's back.
// Refused when the open version is in review or approved (it is no longer editable), or
// when the person may not author drafts.
domain::Result<StartedDraft> startDraft(storage::Database &db, const domain::Code &code,
                                        const domain::Actor &by);

} // namespace tenet::usecases
