#include "startdraft.h"

#include "domain/codecontent.h"
#include "storage/versionstore.h"

using namespace tenet::domain;

namespace tenet::usecases {

Result<StartedDraft> startDraft(storage::Database &db, const Code &code, const Actor &by)
{
    storage::VersionStore store(db);
    const auto openRead = store.openVersion(code.id);
    if (!openRead)
        return openRead.error();
    if (const std::optional<VersionInfo> &open = *openRead;
        open && open->state == VersionState::Draft) {
        // Continuing is editing: someone who may not edit it gets the same answer as the store's.
        if (Status allowed = checkWorkflowAction(WorkflowAction::Edit, *open, by); !allowed)
            return allowed.error();
        return StartedDraft {*open, true, std::nullopt};
    }
    // The store refuses a second open version and checks the author's role itself.
    const auto inForceRead = store.inForce(code.id);
    if (!inForceRead)
        return inForceRead.error();
    if (const std::optional<VersionInfo> &inForce = *inForceRead) {
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
