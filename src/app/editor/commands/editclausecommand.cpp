#include "editclausecommand.h"

#include "app/editor/draftdocument.h"
#include "commandid.h"

#include <QCoreApplication>

namespace tenet::app {

namespace {

// The translation context of these messages.
struct EditClauseText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::app::EditClauseCommand)
};

} // namespace

EditClauseCommand::EditClauseCommand(DraftDocument *document, Field field,
                                     const domain::Clause &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_field(field), m_after(after)
{
    const auto position = document->findClause(after.id);
    Q_ASSERT(position);
    m_before = document->clause(position->sectionIndex, position->clauseIndex);
    setText(undoText(field, document->clauseNumber(position->sectionIndex, position->clauseIndex)));
}

void EditClauseCommand::undo()
{
    apply(m_before);
}

void EditClauseCommand::redo()
{
    apply(m_after);
}

int EditClauseCommand::id() const
{
    return EditClauseCommandId;
}

bool EditClauseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditClauseCommand *>(other);
    if (edit->m_document != m_document || edit->m_field != m_field
        || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    // Typing a word and deleting it again leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

QString EditClauseCommand::undoText(Field field, const QString &number)
{
    // One whole sentence per field, so that each language words it its own way.
    switch (field) {
    //: An undo step; %1 is a clause's number ("2.3").
    case Field::Title:
        return EditClauseText::tr("Edit clause %1 title").arg(number);
    //: An undo step; %1 is a clause's number ("2.3").
    case Field::Body:
        return EditClauseText::tr("Edit clause %1 text").arg(number);
    //: An undo step; %1 is a clause's number ("2.3"); the strength is MUST or SHOULD.
    case Field::Strength:
        return EditClauseText::tr("Edit clause %1 strength").arg(number);
    //: An undo step; %1 is a clause's number ("2.3").
    case Field::References:
        return EditClauseText::tr("Edit clause %1 references").arg(number);
    }
    return {};
}

void EditClauseCommand::apply(const domain::Clause &clause)
{
    const auto position = m_document->findClause(clause.id);
    if (position)
        m_document->setClause(position->sectionIndex, position->clauseIndex, clause);
}

} // namespace tenet::app
