#include "checkeditordialog.h"
#include "ui_editor_checkdialog.h"

#include "domain/contentrules.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;
using tenet::domain::CheckChoice;
using tenet::domain::CheckQuestion;

namespace tenet::app {

namespace {

enum ChoiceColumn { RightColumn, TextColumn };

// A stable id no other question has; people never see it, answers refer to it.
QString newQuestionId()
{
    return u"q-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

CheckEditorDialog::CheckEditorDialog(const domain::ComprehensionCheck &check, bool readOnly,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CheckEditorDialog>())
    , m_check(check)
    , m_readOnly(readOnly)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->passMarkSpin->setValue(m_check.isEmpty() ? 80 : m_check.passMark);
    m_ui->choicesTable->setColumnCount(2);
    m_ui->choicesTable->horizontalHeader()->setSectionResizeMode(RightColumn,
                                                                QHeaderView::ResizeToContents);
    m_ui->choicesTable->horizontalHeader()->setSectionResizeMode(TextColumn,
                                                                QHeaderView::Stretch);
    m_ui->choicesTable->verticalHeader()->hide();

    connect(m_ui->questionList, &QListWidget::currentRowChanged, this,
            &CheckEditorDialog::showQuestion);
    connect(m_ui->questionEdit, &QPlainTextEdit::textChanged, this,
            &CheckEditorDialog::questionTextEdited);
    connect(m_ui->choicesTable, &QTableWidget::itemChanged, this, &CheckEditorDialog::choiceEdited);
    connect(m_ui->choicesTable, &QTableWidget::currentCellChanged, this,
            &CheckEditorDialog::updateButtons);
    connect(m_ui->addQuestionButton, &QPushButton::clicked, this, &CheckEditorDialog::addQuestion);
    connect(m_ui->removeQuestionButton, &QPushButton::clicked, this,
            &CheckEditorDialog::removeQuestion);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_ui->addChoiceButton, &QPushButton::clicked, this, &CheckEditorDialog::addChoice);
    connect(m_ui->removeChoiceButton, &QPushButton::clicked, this,
            &CheckEditorDialog::removeChoice);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CheckEditorDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CheckEditorDialog::reject);

    retranslate();
    if (m_readOnly) {
        m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
        m_ui->passMarkSpin->setReadOnly(true);
        m_ui->questionEdit->setReadOnly(true);
        m_ui->choicesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (QWidget *button : {m_ui->addQuestionButton, m_ui->removeQuestionButton,
                                m_ui->moveUpButton, m_ui->moveDownButton, m_ui->addChoiceButton,
                                m_ui->removeChoiceButton})
            button->hide();
    }
    fillList();
    m_ui->questionList->setCurrentRow(m_check.questions.isEmpty() ? -1 : 0);
    showQuestion(m_ui->questionList->currentRow());
}

CheckEditorDialog::~CheckEditorDialog() = default;

void CheckEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        for (int i = 0; i < m_ui->questionList->count(); ++i)
            m_ui->questionList->item(i)->setText(listText(i));
    }
    QDialog::changeEvent(event);
}

void CheckEditorDialog::retranslate()
{
    //: The columns of a question's choices: whether it is the right answer, and its text.
    m_ui->choicesTable->setHorizontalHeaderLabels({tr("Right"), tr("Answer")});
    if (m_readOnly)
        setWindowTitle(tr("Comprehension Questions (read-only)"));
}

QString CheckEditorDialog::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

QString CheckEditorDialog::listText(int index) const
{
    const QString text = m_check.questions.at(index).text.simplified();
    return u"%1. %2"_s.arg(index + 1).arg(text.isEmpty() ? tr("(no text yet)") : text);
}

void CheckEditorDialog::fillList()
{
    m_filling = true;
    m_ui->questionList->clear();
    for (int i = 0; i < m_check.questions.size(); ++i)
        m_ui->questionList->addItem(listText(i));
    m_filling = false;
}

void CheckEditorDialog::showQuestion(int index)
{
    if (m_filling)
        return;
    m_current = index;
    m_filling = true;
    const bool shown = index >= 0 && index < m_check.questions.size();
    m_ui->questionPane->setEnabled(shown);
    m_ui->questionEdit->setPlainText(shown ? m_check.questions.at(index).text : QString());
    m_ui->choicesTable->setRowCount(0);
    if (shown) {
        const QList<CheckChoice> &choices = m_check.questions.at(index).choices;
        m_ui->choicesTable->setRowCount(int(choices.size()));
        for (int row = 0; row < choices.size(); ++row) {
            auto *right = new QTableWidgetItem;
            right->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                            | (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
            right->setCheckState(choices.at(row).correct ? Qt::Checked : Qt::Unchecked);
            right->setData(Qt::AccessibleTextRole, tr("Right answer"));
            m_ui->choicesTable->setItem(row, RightColumn, right);
            m_ui->choicesTable->setItem(row, TextColumn, new QTableWidgetItem(choices.at(row).text));
        }
    }
    m_filling = false;
    updateButtons();
}

void CheckEditorDialog::questionTextEdited()
{
    if (m_filling || m_current < 0)
        return;
    m_check.questions[m_current].text = m_ui->questionEdit->toPlainText();
    m_ui->questionList->item(m_current)->setText(listText(m_current));
}

void CheckEditorDialog::choiceEdited(QTableWidgetItem *item)
{
    if (m_filling || m_current < 0)
        return;
    QList<CheckChoice> &choices = m_check.questions[m_current].choices;
    const int row = item->row();
    if (item->column() == TextColumn) {
        choices[row].text = item->text();
        return;
    }
    // One right answer: ticking one clears the others.
    const bool ticked = item->checkState() == Qt::Checked;
    m_filling = true;
    for (int other = 0; other < choices.size(); ++other) {
        choices[other].correct = ticked && other == row;
        if (other != row && ticked)
            m_ui->choicesTable->item(other, RightColumn)->setCheckState(Qt::Unchecked);
    }
    m_filling = false;
}

void CheckEditorDialog::addQuestion()
{
    m_check.questions.append(CheckQuestion {newQuestionId(), QString(),
                                            {CheckChoice {QString(), true},
                                             CheckChoice {QString(), false}}});
    fillList();
    m_ui->questionList->setCurrentRow(int(m_check.questions.size()) - 1);
    m_ui->questionEdit->setFocus();
}

void CheckEditorDialog::removeQuestion()
{
    if (m_current < 0)
        return;
    const int removed = m_current;
    m_check.questions.removeAt(removed);
    fillList();
    m_ui->questionList->setCurrentRow(std::min(removed, int(m_check.questions.size()) - 1));
    showQuestion(m_ui->questionList->currentRow());
}

void CheckEditorDialog::moveQuestion(int step)
{
    const int to = m_current + step;
    if (m_current < 0 || to < 0 || to >= m_check.questions.size())
        return;
    m_check.questions.swapItemsAt(m_current, to);
    fillList();
    m_ui->questionList->setCurrentRow(to);
}

void CheckEditorDialog::addChoice()
{
    if (m_current < 0)
        return;
    m_check.questions[m_current].choices.append(CheckChoice {});
    showQuestion(m_current);
    const int row = m_ui->choicesTable->rowCount() - 1;
    m_ui->choicesTable->setCurrentCell(row, TextColumn);
    m_ui->choicesTable->editItem(m_ui->choicesTable->item(row, TextColumn));
}

void CheckEditorDialog::removeChoice()
{
    const int row = m_ui->choicesTable->currentRow();
    if (m_current < 0 || row < 0)
        return;
    m_check.questions[m_current].choices.removeAt(row);
    showQuestion(m_current);
}

void CheckEditorDialog::updateButtons()
{
    const bool onQuestion = m_current >= 0 && m_current < m_check.questions.size();
    m_ui->removeQuestionButton->setEnabled(onQuestion);
    m_ui->moveUpButton->setEnabled(onQuestion && m_current > 0);
    m_ui->moveDownButton->setEnabled(onQuestion && m_current < m_check.questions.size() - 1);
    m_ui->addChoiceButton->setEnabled(onQuestion);
    m_ui->removeChoiceButton->setEnabled(onQuestion && m_ui->choicesTable->currentRow() >= 0);
}

void CheckEditorDialog::accept()
{
    if (m_readOnly) {
        QDialog::reject();
        return;
    }
    m_check.passMark = m_ui->passMarkSpin->value();
    // Each problem as "Question 2 needs ...", the question found from the error's pointer.
    static const QRegularExpression questionPointer(u"^/comprehension_check/questions/(\\d+)"_s);
    QStringList problems;
    int firstQuestion = -1;
    for (const domain::Error &error : domain::checkComprehensionRules(m_check)) {
        const QRegularExpressionMatch match = questionPointer.match(error.where);
        if (match.hasMatch()) {
            const int index = match.captured(1).toInt();
            if (firstQuestion < 0)
                firstQuestion = index;
            problems << tr("Question %1 %2.").arg(index + 1).arg(error.message);
        } else {
            problems << tr("The pass mark: %1.").arg(error.message);
        }
    }
    if (problems.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_ui->messageLabel->setText(problems.join(u'\n'));
    m_ui->messageLabel->show();
    if (firstQuestion >= 0)
        m_ui->questionList->setCurrentRow(firstQuestion);
}

} // namespace tenet::app
