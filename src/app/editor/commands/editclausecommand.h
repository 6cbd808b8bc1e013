#pragma once

#include "domain/clause.h"

#include <QUndoCommand>

namespace tenet::app {

class DraftDocument;

// Changes one field of a clause ("Edit clause 3.2 title"); typing in the same field merges.
class EditClauseCommand : public QUndoCommand
{
public:
    enum class Field
    {
        Title,
        Body,
        Strength,
        References
    };

    // `after` is the whole clause with the one field changed.
    EditClauseCommand(DraftDocument *document, Field field, const domain::Clause &after,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static QString undoText(Field field, const QString &number);

private:
    void apply(const domain::Clause &clause);

    DraftDocument *m_document;
    Field m_field;
    domain::Clause m_before;
    domain::Clause m_after;
};

} // namespace tenet::app
