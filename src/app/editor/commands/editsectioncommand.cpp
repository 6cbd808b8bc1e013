#include "editsectioncommand.h"

#include "app/editor/draftdocument.h"
#include "commandid.h"

#include <QCoreApplication>

namespace tenet::app {

namespace {

// The translation context of these messages.
struct EditSectionText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::app::EditSectionCommand)
};

} // namespace

EditSectionCommand::EditSectionCommand(DraftDocument *document, int section, Field field,
                                       const SectionFields &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_section(section)
    , m_field(field)
    , m_before(SectionFields::of(document->section(section)))
    , m_after(after)
{
    setText(EditSectionText::tr("Edit section %1 %2")
                .arg(QString::number(document->sectionNumber(section)), fieldName(field)));
}

void EditSectionCommand::undo()
{
    m_document->setSectionFields(m_section, m_before);
}

void EditSectionCommand::redo()
{
    m_document->setSectionFields(m_section, m_after);
}

int EditSectionCommand::id() const
{
    return EditSectionCommandId;
}

bool EditSectionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditSectionCommand *>(other);
    if (edit->m_document != m_document || edit->m_section != m_section || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

QString EditSectionCommand::fieldName(Field field)
{
    switch (field) {
    case Field::Title:
        return EditSectionText::tr("title");
    case Field::Purpose:
        return EditSectionText::tr("purpose");
    case Field::Owner:
        return EditSectionText::tr("owner");
    case Field::ReviewInterval:
        return EditSectionText::tr("review interval");
    }
    return {};
}

} // namespace tenet::app
