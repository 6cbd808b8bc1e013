#pragma once

namespace tenet::app {

// QUndoCommand::id() of the commands that merge: consecutive edits of the same field of
// the same clause or section become one undo step.
enum CommandId
{
    EditClauseCommandId = 1,
    EditSectionCommandId,
};

} // namespace tenet::app
