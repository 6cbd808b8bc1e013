#pragma once

#include "domain/clause.h"

#include <QUndoCommand>

namespace tenet::app {

class DraftDocument;

// Puts a new clause into a section at a position ("Add clause 2.4"); duplicating a clause
// is the same step with its own name ("Duplicate clause 4.1").
class AddClauseCommand : public QUndoCommand
{
public:
    AddClauseCommand(DraftDocument *document, int section, int index, const domain::Clause &clause,
                     QUndoCommand *parent = nullptr);
    // A copy of the clause with a new id, just below it.
    static AddClauseCommand *duplicate(DraftDocument *document, const QString &clauseId);

    void undo() override;
    void redo() override;

    QString clauseId() const { return m_clause.id; }

private:
    DraftDocument *m_document;
    int m_section;
    int m_index;
    domain::Clause m_clause;
};

} // namespace tenet::app
