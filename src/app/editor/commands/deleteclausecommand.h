#pragma once

#include "domain/clause.h"

#include <QUndoCommand>

namespace tenet::app {

class DraftDocument;

// Takes a clause out of its section ("Delete clause 1.3"); undo puts it back in its place.
class DeleteClauseCommand : public QUndoCommand
{
public:
    DeleteClauseCommand(DraftDocument *document, int section, int index,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DraftDocument *m_document;
    int m_section;
    int m_index;
    domain::Clause m_clause;
};

} // namespace tenet::app
