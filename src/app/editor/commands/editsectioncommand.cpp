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
    setText(undoText(field, QString::number(document->sectionNumber(section))));
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

QString EditSectionCommand::undoText(Field field, const QString &number)
{
    // One whole sentence per field: a field's name glued to "Edit section %1" would not
    // take the case or word order another language needs.
    switch (field) {
    //: An undo step; %1 is a section's number.
    case Field::Title:
        return EditSectionText::tr("Edit section %1 title").arg(number);
    //: An undo step; %1 is a section's number.
    case Field::Purpose:
        return EditSectionText::tr("Edit section %1 purpose").arg(number);
    //: An undo step; %1 is a section's number.
    case Field::Owner:
        return EditSectionText::tr("Edit section %1 owner").arg(number);
    //: An undo step; %1 is a section's number.
    case Field::ReviewInterval:
        return EditSectionText::tr("Edit section %1 review interval").arg(number);
    }
    return {};
}

} // namespace tenet::app
