#include "editorformpane.h"

#include "clauseform.h"
#include "draftmessagebar.h"
#include "editorheader.h"
#include "models/codetreemodel.h"
#include "sectionform.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

EditorFormPane::EditorFormPane(UndoShortcutFilter *undoFilter, QAction *startDraftAction,
                               QWidget *parent)
    : QWidget(parent)
    , m_messageBar(new DraftMessageBar(startDraftAction, this))
    , m_header(new EditorHeader(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"formPane"_s);
    m_stack->setObjectName(u"editorStack"_s);
    m_emptyPage = new QWidget(m_stack);
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *emptyButton = new QToolButton(m_emptyPage);
    emptyButton->setDefaultAction(startDraftAction);
    emptyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_sectionForm = new SectionForm(undoFilter, m_stack);
    m_sectionForm->setObjectName(u"sectionForm"_s);
    m_clauseForm = new ClauseForm(undoFilter, m_stack);
    m_clauseForm->setObjectName(u"clauseForm"_s);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_sectionForm);
    m_stack->addWidget(m_clauseForm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
}

void EditorFormPane::setDocument(DraftDocument *document)
{
    m_document = document;
    m_sectionForm->setDocument(document);
    m_clauseForm->setDocument(document);
    m_messageBar->setDocument(document);
}

void EditorFormPane::setReadOnly(bool readOnly)
{
    m_sectionForm->setReadOnly(readOnly);
    m_clauseForm->setReadOnly(readOnly);
}

void EditorFormPane::showItem(const QModelIndex &current, bool isClause)
{
    if (!m_document || !current.isValid()) {
        m_stack->setCurrentWidget(m_emptyPage);
    } else if (isClause) {
        m_clauseForm->showClause(current.data(CodeTreeModel::ClauseIdRole).toString());
        m_stack->setCurrentWidget(m_clauseForm);
    } else {
        m_sectionForm->showSection(current.row());
        m_stack->setCurrentWidget(m_sectionForm);
    }
}

void EditorFormPane::updateHeading(const QModelIndex &current, bool hasCode)
{
    m_header->showItem(m_document, current);
    if (m_document && current.isValid())
        return;
    m_emptyLabel->setText(!hasCode ? tr("This database holds no code of practice yet.")
                              : m_document
                              ? tr("Select a section or a clause in the contents.")
                              : tr("This code has no versions yet. Start a draft to write it."));
}

QString EditorFormPane::shownClause() const
{
    return m_stack->currentWidget() == m_clauseForm ? m_clauseForm->clauseId() : QString();
}

int EditorFormPane::shownSection() const
{
    return m_stack->currentWidget() == m_clauseForm ? 0 : qMax(0, m_sectionForm->section());
}

void EditorFormPane::focusClauseTitle()
{
    if (auto *title = m_clauseForm->findChild<QLineEdit *>(u"clauseTitleEdit"_s)) {
        title->setFocus();
        title->selectAll();
    }
}

} // namespace tenet::app
