#include "editsectioncommand.h"

#include "app/editor/draftdocument.h"
#include "commandid.h"

#include <QCoreApplication>

namespace tenet::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenet::app::EditSectionCommand", text);
}

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
    setText(tr("Edit section %1 %2")
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
        return tr("title");
    case Field::Purpose:
        return tr("purpose");
    case Field::Owner:
        return tr("owner");
    case Field::ReviewInterval:
        return tr("review interval");
    }
    return {};
}

} // namespace tenet::app
