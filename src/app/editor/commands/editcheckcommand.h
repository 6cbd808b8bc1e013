#pragma once

#include "domain/comprehensioncheck.h"

#include <QUndoCommand>

namespace tenet::app {

class DraftDocument;

// Replaces the draft's comprehension check as a whole: the check dialog edits a copy and
// hands back the result, so that one dialog is one undo step.
class EditCheckCommand : public QUndoCommand
{
public:
    EditCheckCommand(DraftDocument *document, const domain::ComprehensionCheck &after,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DraftDocument *m_document;
    domain::ComprehensionCheck m_before;
    domain::ComprehensionCheck m_after;
};

} // namespace tenet::app
