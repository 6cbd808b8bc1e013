#include "sectionform.h"
#include "domain/organisationdate.h"

#include "app/common/displayformat.h"
#include "app/editor/commands/editsectioncommand.h"
#include "draftdocument.h"
#include "itemtableeditor.h"
#include "readonlylook.h"
#include "storage/staffstore.h"
#include "ui_editor_sectionform.h"
#include "undoshortcutfilter.h"

#include <QEvent>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tenet::app {

SectionForm::SectionForm(UndoShortcutFilter *undoFilter, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EditorSectionForm>())
{
    m_ui->setupUi(this);
    undoFilter->watch(m_ui->sectionTitleEdit);
    undoFilter->watch(m_ui->sectionPurposeEdit);
    undoFilter->watch(m_ui->sectionOwnerEdit);
    undoFilter->watch(m_ui->sectionReviewSpin);
    m_ui->sectionReviewSpin->setKeyboardTracking(false);
    m_ui->reviewDueLabel->setForegroundRole(QPalette::PlaceholderText);

    for (ItemKind kind : {ItemKind::Escalation, ItemKind::FollowUp, ItemKind::Stage,
                          ItemKind::Programme, ItemKind::Kpi}) {
        auto *editor = new ItemTableEditor(kind, m_ui->itemsContainer);
        editor->hide();
        m_ui->itemsLayout->addWidget(editor, kind == ItemKind::FollowUp ? 2 : 3);
        m_itemEditors.append(editor);
    }
    // Without tables, the fields keep to the top of the page.
    m_ui->pageLayout->addStretch(0);

    connect(m_ui->sectionTitleEdit, &QLineEdit::textEdited, this, &SectionForm::titleEdited);
    connect(m_ui->sectionPurposeEdit, &QPlainTextEdit::textChanged, this,
            &SectionForm::purposeChanged);
    connect(m_ui->sectionOwnerEdit, &QLineEdit::textEdited, this, &SectionForm::ownerEdited);
    connect(m_ui->sectionReviewSpin, &QSpinBox::valueChanged, this, &SectionForm::reviewChanged);
}

void SectionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateOwnerName();
        updateReviewHint();
    }
    QWidget::changeEvent(event);
}

SectionForm::~SectionForm() = default;

void SectionForm::setDocument(DraftDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_section = -1;
    for (ItemTableEditor *editor : std::as_const(m_itemEditors))
        editor->setDocument(document);
    if (!m_document)
        return;
    connect(m_document, &DraftDocument::sectionChanged, this, [this](int section) {
        if (section == m_section)
            refresh();
    });
    connect(m_document, &DraftDocument::contentReset, this, &SectionForm::refresh);
}

void SectionForm::showSection(int section)
{
    m_section = section;
    const QList<ItemKind> kinds = m_document && section >= 0
        ? itemKindsOf(m_document->section(section).key)
        : QList<ItemKind>();
    for (ItemTableEditor *editor : std::as_const(m_itemEditors))
        editor->setVisible(kinds.contains(editor->kind()));
    m_ui->itemsContainer->setVisible(!kinds.isEmpty());
    const int stretchIndex = m_ui->pageLayout->count() - 1;
    m_ui->pageLayout->setStretch(m_ui->pageLayout->indexOf(m_ui->itemsContainer),
                                 kinds.isEmpty() ? 0 : 1);
    m_ui->pageLayout->setStretch(stretchIndex, kinds.isEmpty() ? 1 : 0);
    refresh();
}

void SectionForm::setReadOnly(bool readOnly)
{
    m_ui->sectionTitleEdit->setReadOnly(readOnly);
    m_ui->sectionPurposeEdit->setReadOnly(readOnly);
    m_ui->sectionOwnerEdit->setReadOnly(readOnly);
    m_ui->sectionReviewSpin->setReadOnly(readOnly);
    m_ui->sectionReviewSpin->setButtonSymbols(readOnly ? QAbstractSpinBox::NoButtons
                                                       : QAbstractSpinBox::UpDownArrows);
    for (QWidget *field : {static_cast<QWidget *>(m_ui->sectionTitleEdit),
                           static_cast<QWidget *>(m_ui->sectionPurposeEdit),
                           static_cast<QWidget *>(m_ui->sectionOwnerEdit),
                           static_cast<QWidget *>(m_ui->sectionReviewSpin)})
        setReadOnlyLook(field, readOnly);
    for (ItemTableEditor *editor : std::as_const(m_itemEditors))
        editor->setReadOnly(readOnly);
}

void SectionForm::setReviewBasis(const domain::ReviewBasis &basis, const QDate &today)
{
    m_reviewBasis = basis;
    m_today = today;
    updateReviewHint();
}

ItemTableEditor *SectionForm::itemEditor(ItemKind kind) const
{
    for (ItemTableEditor *editor : m_itemEditors) {
        if (editor->kind() == kind)
            return editor;
    }
    return nullptr;
}

void SectionForm::refresh()
{
    if (!m_document || m_section < 0 || m_section >= m_document->sectionCount())
        return;
    const domain::Section &section = m_document->section(m_section);
    m_updating = true;
    // Only what differs is set, so that the field being typed in keeps its cursor.
    if (m_ui->sectionTitleEdit->text() != section.title)
        m_ui->sectionTitleEdit->setText(section.title);
    if (m_ui->sectionPurposeEdit->toPlainText() != section.purpose)
        m_ui->sectionPurposeEdit->setPlainText(section.purpose);
    if (m_ui->sectionOwnerEdit->text() != section.owner)
        m_ui->sectionOwnerEdit->setText(section.owner);
    const int days = section.reviewIntervalDays.value_or(0);
    if (m_ui->sectionReviewSpin->value() != days)
        m_ui->sectionReviewSpin->setValue(days);
    m_updating = false;
    updateOwnerName();
    updateReviewHint();
}

void SectionForm::updateOwnerName()
{
    if (!m_document)
        return;
    const QString owner = m_ui->sectionOwnerEdit->text().trimmed();
    if (owner.isEmpty()) {
        m_ui->ownerNameLabel->setText(tr("No owner"));
        m_ui->ownerNameLabel->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    auto member = storage::StaffStore(m_document->database()).find(owner);
    if (member) {
        m_ui->ownerNameLabel->setText(
            //: A section's owner: their name and their role.
            tr("%1, %2").arg(member->fullName, domain::roleLabel(member->role)));
        m_ui->ownerNameLabel->setForegroundRole(QPalette::WindowText);
        m_ui->ownerNameLabel->setStyleSheet({});
    } else {
        m_ui->ownerNameLabel->setText(
            tr("No one on the staff list has employee number %1").arg(owner));
        m_ui->ownerNameLabel->setStyleSheet(u"color: #b3261e;"_s);
    }
}

void SectionForm::updateReviewHint()
{
    if (!m_document || m_section < 0)
        return;
    const domain::SectionDue review = m_reviewBasis.dueOf(m_document->section(m_section), m_today);
    if (!review.due.isValid()) {
        m_ui->reviewDueLabel->clear();
        return;
    }
    const QString date = display::date(review.due);
    m_ui->reviewDueLabel->setText(review.isDue() ? tr("Review was due on %1").arg(date)
                                                 : tr("Next review due on %1").arg(date));
}

void SectionForm::titleEdited(const QString &text)
{
    if (m_updating || !m_document || m_section < 0 || m_document->isReadOnly())
        return;
    SectionFields fields = SectionFields::of(m_document->section(m_section));
    fields.title = text;
    m_document->undoStack()->push(
        new EditSectionCommand(m_document, m_section, EditSectionCommand::Field::Title, fields));
}

void SectionForm::purposeChanged()
{
    if (m_updating || !m_document || m_section < 0 || m_document->isReadOnly())
        return;
    SectionFields fields = SectionFields::of(m_document->section(m_section));
    const QString text = m_ui->sectionPurposeEdit->toPlainText();
    if (fields.purpose == text)
        return;
    fields.purpose = text;
    m_document->undoStack()->push(
        new EditSectionCommand(m_document, m_section, EditSectionCommand::Field::Purpose, fields));
}

void SectionForm::ownerEdited(const QString &text)
{
    if (m_updating || !m_document || m_section < 0 || m_document->isReadOnly())
        return;
    SectionFields fields = SectionFields::of(m_document->section(m_section));
    fields.owner = text;
    if (fields == SectionFields::of(m_document->section(m_section))) {
        updateOwnerName();
        return;
    }
    m_document->undoStack()->push(
        new EditSectionCommand(m_document, m_section, EditSectionCommand::Field::Owner, fields));
}

void SectionForm::reviewChanged(int days)
{
    if (m_updating || !m_document || m_section < 0 || m_document->isReadOnly())
        return;
    SectionFields fields = SectionFields::of(m_document->section(m_section));
    fields.reviewIntervalDays = days > 0 ? std::optional<int>(days) : std::nullopt;
    if (fields == SectionFields::of(m_document->section(m_section)))
        return;
    m_document->undoStack()->push(new EditSectionCommand(
        m_document, m_section, EditSectionCommand::Field::ReviewInterval, fields));
}

} // namespace tenet::app
