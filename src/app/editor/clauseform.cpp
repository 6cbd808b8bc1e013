#include "clauseform.h"

#include "app/editor/commands/editclausecommand.h"
#include "draftdocument.h"
#include "readonlylook.h"
#include "render/markdownhtml.h"
#include "ui_editor_clauseform.h"
#include "undoshortcutfilter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

QStringList referenceLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

ClauseForm::ClauseForm(UndoShortcutFilter *undoFilter, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EditorClauseForm>())
{
    m_ui->setupUi(this);
    m_ui->clauseStrengthCombo->addItem(QString(), domain::strengthName(domain::Strength::Must));
    m_ui->clauseStrengthCombo->addItem(QString(), domain::strengthName(domain::Strength::Should));
    retranslate();
    undoFilter->watch(m_ui->clauseTitleEdit);
    undoFilter->watch(m_ui->clauseReferencesEdit);
    undoFilter->watch(m_ui->clauseBodyEdit);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF());
    m_ui->clauseBodyEdit->setFont(mono);
    m_ui->clauseBodyEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->clausePreview->document()->setDocumentMargin(10);
    m_ui->bodySplitter->setStretchFactor(0, 1);
    m_ui->bodySplitter->setStretchFactor(1, 1);
    m_ui->previewLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->clauseTitleEdit, &QLineEdit::textEdited, this, &ClauseForm::titleEdited);
    connect(m_ui->clauseBodyEdit, &QPlainTextEdit::textChanged, this, &ClauseForm::bodyChanged);
    connect(m_ui->clauseReferencesEdit, &QPlainTextEdit::textChanged, this,
            &ClauseForm::referencesChanged);
    connect(m_ui->clauseStrengthCombo, &QComboBox::activated, this, &ClauseForm::strengthChosen);
}

void ClauseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ClauseForm::retranslate()
{
    //: A clause's strength: MUST is a firm rule.
    m_ui->clauseStrengthCombo->setItemText(0, tr("must: a firm rule"));
    //: A clause's strength: SHOULD is guidance that leaves room for judgement.
    m_ui->clauseStrengthCombo->setItemText(1, tr("should: guidance"));
}

ClauseForm::~ClauseForm() = default;

void ClauseForm::setDocument(DraftDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_clauseId.clear();
    m_shownClauseId.clear();
    if (!m_document)
        return;
    connect(m_document, &DraftDocument::clauseChanged, this, [this](int section, int index) {
        if (m_document->clause(section, index).id == m_clauseId)
            refresh();
    });
    connect(m_document, &DraftDocument::contentReset, this, &ClauseForm::refresh);
}

void ClauseForm::showClause(const QString &clauseId)
{
    m_clauseId = clauseId;
    refresh();
}

void ClauseForm::setReadOnly(bool readOnly)
{
    m_ui->clauseTitleEdit->setReadOnly(readOnly);
    m_ui->clauseReferencesEdit->setReadOnly(readOnly);
    m_ui->clauseBodyEdit->setReadOnly(readOnly);
    m_ui->clauseStrengthCombo->setEnabled(!readOnly);
    for (QWidget *field : {static_cast<QWidget *>(m_ui->clauseTitleEdit),
                           static_cast<QWidget *>(m_ui->clauseReferencesEdit),
                           static_cast<QWidget *>(m_ui->clauseBodyEdit)})
        setReadOnlyLook(field, readOnly);
}

QByteArray ClauseForm::splitterState() const
{
    return m_ui->bodySplitter->saveState();
}

void ClauseForm::restoreSplitterState(const QByteArray &state)
{
    m_ui->bodySplitter->restoreState(state);
}

void ClauseForm::refresh()
{
    if (!m_document)
        return;
    const domain::Clause *clause = m_document->content().clause(m_clauseId);
    if (!clause)
        return;
    m_updating = true;
    // Only what differs is set, so that the field being typed in keeps its cursor.
    if (m_ui->clauseTitleEdit->text() != clause->title)
        m_ui->clauseTitleEdit->setText(clause->title);
    const int strength = clause->strength == domain::Strength::Must ? 0 : 1;
    if (m_ui->clauseStrengthCombo->currentIndex() != strength)
        m_ui->clauseStrengthCombo->setCurrentIndex(strength);
    if (referenceLines(m_ui->clauseReferencesEdit->toPlainText()) != clause->references)
        m_ui->clauseReferencesEdit->setPlainText(clause->references.join(u'\n'));
    if (m_ui->clauseBodyEdit->toPlainText() != clause->body) {
        // An undo inside the text being edited keeps the cursor about where it was.
        const bool sameClause = m_shownClauseId == m_clauseId;
        const int position = m_ui->clauseBodyEdit->textCursor().position();
        m_ui->clauseBodyEdit->setPlainText(clause->body);
        if (sameClause) {
            QTextCursor cursor = m_ui->clauseBodyEdit->textCursor();
            cursor.setPosition(qMin(position, int(clause->body.size())));
            m_ui->clauseBodyEdit->setTextCursor(cursor);
        }
        renderPreview(clause->body);
    }
    m_shownClauseId = m_clauseId;
    m_updating = false;
}

void ClauseForm::renderPreview(const QString &markdown)
{
    // The handbook's rendering, not QTextBrowser's own: raw HTML shows as the text it is
    // (an HTML comment cannot hide words from a reviewer) and only safe links stay live.
    m_ui->clausePreview->setHtml(render::markdownToHtml(markdown));
}

void ClauseForm::titleEdited(const QString &text)
{
    if (m_updating || !m_document || m_document->isReadOnly())
        return;
    const domain::Clause *current = m_document->content().clause(m_clauseId);
    if (!current || current->title == text)
        return;
    domain::Clause clause = *current;
    clause.title = text;
    m_document->undoStack()->push(
        new EditClauseCommand(m_document, EditClauseCommand::Field::Title, clause));
}

void ClauseForm::bodyChanged()
{
    const QString text = m_ui->clauseBodyEdit->toPlainText();
    if (m_updating || !m_document || m_document->isReadOnly())
        return;
    renderPreview(text);
    const domain::Clause *current = m_document->content().clause(m_clauseId);
    if (!current || current->body == text)
        return;
    domain::Clause clause = *current;
    clause.body = text;
    m_document->undoStack()->push(
        new EditClauseCommand(m_document, EditClauseCommand::Field::Body, clause));
}

void ClauseForm::referencesChanged()
{
    if (m_updating || !m_document || m_document->isReadOnly())
        return;
    const domain::Clause *current = m_document->content().clause(m_clauseId);
    const QStringList references = referenceLines(m_ui->clauseReferencesEdit->toPlainText());
    if (!current || current->references == references)
        return;
    domain::Clause clause = *current;
    clause.references = references;
    m_document->undoStack()->push(
        new EditClauseCommand(m_document, EditClauseCommand::Field::References, clause));
}

void ClauseForm::strengthChosen(int index)
{
    if (m_updating || !m_document || m_document->isReadOnly())
        return;
    const domain::Clause *current = m_document->content().clause(m_clauseId);
    const auto strength
        = domain::strengthFromName(m_ui->clauseStrengthCombo->itemData(index).toString());
    if (!current || !strength || current->strength == *strength)
        return;
    domain::Clause clause = *current;
    clause.strength = *strength;
    m_document->undoStack()->push(
        new EditClauseCommand(m_document, EditClauseCommand::Field::Strength, clause));
}

} // namespace tenet::app
