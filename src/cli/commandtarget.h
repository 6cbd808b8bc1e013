#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/version.h"
#include "domain/workflow.h"

#include <QString>

#include <optional>

namespace tenet::storage {
class Database;
}

namespace tenet::cli {

class CommandContext;

// What a command acts on, found once in the order every command finds it: the database of
// --db, the code (--code or the only one), and, when asked, the acting person (--as) and
// a version.
struct CommandTarget
{
    storage::Database *db = nullptr;
    domain::Code code;
    std::optional<domain::Actor> actor;
    std::optional<domain::VersionInfo> version;

    storage::Database &database() const { return *db; }
};

// What a command needs besides the database and the code.
struct TargetNeeds
{
    enum class Actor
    {
        None,
        Optional, // --as, or the operating-system user
        Required, // --as
    };
    Actor actor = Actor::None;
    // How the version is named ("3", "draft", "current"); empty for none (findVersion).
    QString version;
};

// The command's target, or the first error in finding it, as the command should report it.
domain::Result<CommandTarget> findTarget(CommandContext &context, const TargetNeeds &needs = {});

} // namespace tenet::cli
