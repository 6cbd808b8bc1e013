#include "startdraft.h"

#include "domain/codecontent.h"
#include "storage/versionstore.h"

using namespace tenet::domain;

namespace tenet::usecases {

Result<StartedDraft> startDraft(storage::Database &db, const Code &code, const Actor &by)
{
    storage::VersionStore store(db);
    if (const std::optional<VersionInfo> open = store.openVersion(code.id);
        open && open->state == VersionState::Draft) {
        // Continuing is editing: someone who may not edit it gets the same answer as the store's.
        if (Status allowed = checkWorkflowAction(WorkflowAction::Edit, *open, by); !allowed)
            return allowed.error();
        return StartedDraft {*open, true, std::nullopt};
    }
    // The store refuses a second open version and checks the author's role itself.
    if (const std::optional<VersionInfo> inForce = store.inForce(code.id)) {
        auto draft = store.startDraftFromInForce(code.id, by);
        if (!draft)
            return draft.error();
        return StartedDraft {*draft, false, inForce->number};
    }
    auto draft = store.createDraft(code.id, CodeContent::withEmptySections(code.language), by);
    if (!draft)
        return draft.error();
    return StartedDraft {*draft, false, std::nullopt};
}

} // namespace tenet::usecases
