#include "checkdialog.h"
#include "ui_reading_checkdialog.h"

#include "app/session/session.h"
#include "storage/checkattemptstore.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

QString percentText(double percent)
{
    return QLocale().toString(percent, 'g', 4) + u" %"_s;
}

QString questionCountText(qsizetype count)
{
    return count == 1 ? CheckDialog::tr("1 question")
                      : CheckDialog::tr("%1 questions").arg(count);
}

CheckDialog::CheckDialog(Session &session, const domain::Version &version, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CheckDialog>())
    , m_session(session)
    , m_versionId(version.info.id)
    , m_versionNumber(version.info.number)
    , m_check(version.content.check)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Before you sign version %1, answer %2 about it. You pass with %3 of the answers "
           "right; if you do not, read the sections again and try once more. Every attempt is "
           "kept.")
            .arg(m_versionNumber)
            .arg(questionCountText(m_check.questions.size()))
            .arg(percentText(m_check.passMark)));
    connect(m_ui->submitButton, &QPushButton::clicked, this, &CheckDialog::submit);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &CheckDialog::showQuestions);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    showQuestions();
}

CheckDialog::~CheckDialog() = default;

QStringList CheckDialog::shownOrder() const
{
    QStringList ids;
    for (int index : m_order)
        ids << m_check.questions.at(index).id;
    return ids;
}

void CheckDialog::showQuestions()
{
    QLayout *layout = m_ui->questionsLayout;
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_groups.clear();
    m_order = domain::shuffledOrder(int(m_check.questions.size()), *QRandomGenerator::global());

    for (int shown = 0; shown < m_order.size(); ++shown) {
        const domain::CheckQuestion &question = m_check.questions.at(m_order.at(shown));
        auto *box = new QGroupBox(tr("Question %1 of %2").arg(shown + 1).arg(m_order.size()));
        box->setObjectName(u"question_"_s + question.id);
        auto *boxLayout = new QVBoxLayout(box);
        auto *text = new QLabel(question.text);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        QFont bold = text->font();
        bold.setBold(true);
        text->setFont(bold);
        boxLayout->addWidget(text);
        auto *group = new QButtonGroup(box);
        for (int choice = 0; choice < question.choices.size(); ++choice) {
            auto *button = new QRadioButton(question.choices.at(choice).text);
            button->setObjectName(u"choice_%1"_s.arg(choice));
            button->setAccessibleDescription(question.text);
            group->addButton(button, choice);
            boxLayout->addWidget(button);
        }
        connect(group, &QButtonGroup::idToggled, this, &CheckDialog::updateSubmit);
        m_groups << group;
        layout->addWidget(box);
    }
    static_cast<QVBoxLayout *>(layout)->addStretch();
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
    m_ui->resultLabel->hide();
    m_ui->submitButton->show();
    m_ui->retryButton->hide();
    m_ui->continueButton->hide();
    m_ui->questionsWidget->setEnabled(true);
    updateSubmit();
    if (!m_groups.isEmpty() && !m_groups.first()->buttons().isEmpty())
        m_groups.first()->buttons().first()->setFocus();
}

void CheckDialog::updateSubmit()
{
    int unanswered = 0;
    for (const QButtonGroup *group : std::as_const(m_groups))
        unanswered += group->checkedId() < 0 ? 1 : 0;
    m_ui->submitButton->setEnabled(unanswered == 0);
    m_ui->submitButton->setToolTip(unanswered == 0
                                       ? tr("See whether you passed.")
                                       : tr("Answer every question first: %1 left.")
                                             .arg(unanswered));
}

void CheckDialog::submit()
{
    if (!m_session.database() || !m_session.user())
        return;
    QHash<QString, int> answers;
    for (int shown = 0; shown < m_order.size(); ++shown)
        answers.insert(m_check.questions.at(m_order.at(shown)).id, m_groups.at(shown)->checkedId());
    auto attempt = storage::CheckAttemptStore(*m_session.database())
                       .record(m_session.user()->employeeNo, m_versionId, answers,
                               m_session.actor());
    if (!attempt) {
        showResult(tr("Your answers could not be recorded: %1").arg(attempt.error().message)
                       .toHtmlEscaped(),
                   false);
        return;
    }
    m_score = attempt->score;
    const QString score = tr("You answered %1 of %2 questions right (%3).")
                              .arg(m_score->correct)
                              .arg(m_score->total)
                              .arg(percentText(m_score->percent));
    if (m_score->passed) {
        showResult(u"<b>"_s + tr("Passed.").toHtmlEscaped() + u"</b> "_s
                       + (score + u" "_s + tr("You can now sign version %1.").arg(m_versionNumber))
                             .toHtmlEscaped(),
                   true);
    } else {
        showResult(u"<b>"_s + tr("Not passed yet.").toHtmlEscaped() + u"</b> "_s
                       + (score + u" "_s
                          + tr("The pass mark is %1. Read the sections again, then try once "
                               "more; the questions will come in a new order.")
                                .arg(percentText(m_check.passMark)))
                             .toHtmlEscaped(),
                   false);
    }
}

void CheckDialog::showResult(const QString &html, bool passed)
{
    m_ui->resultLabel->setText(html);
    m_ui->resultLabel->show();
    m_ui->questionsWidget->setEnabled(false);
    m_ui->submitButton->hide();
    m_ui->retryButton->setVisible(!passed);
    m_ui->continueButton->setVisible(passed);
    (passed ? m_ui->continueButton : m_ui->retryButton)->setDefault(true);
    (passed ? m_ui->continueButton : m_ui->retryButton)->setFocus();
}

} // namespace tenet::app
