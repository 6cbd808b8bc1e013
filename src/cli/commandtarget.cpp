#include "commandtarget.h"

#include "command.h"
#include "storage/versionstore.h"
#include "versionlookup.h"

using namespace tenet::domain;

namespace tenet::cli {

Result<CommandTarget> findTarget(CommandContext &context, const TargetNeeds &needs)
{
    CommandTarget target;
    auto db = context.database();
    if (!db)
        return db.error();
    target.db = *db;
    auto code = context.code();
    if (!code)
        return code.error();
    target.code = std::move(code).value();
    if (needs.actor != TargetNeeds::Actor::None) {
        auto actor = context.actor(needs.actor == TargetNeeds::Actor::Required);
        if (!actor)
            return actor.error();
        target.actor = std::move(actor).value();
    }
    if (!needs.version.isEmpty()) {
        auto version
            = findVersion(storage::VersionStore(*target.db), target.code.id, needs.version);
        if (!version)
            return version.error();
        target.version = std::move(version).value();
    }
    return target;
}

} // namespace tenet::cli
