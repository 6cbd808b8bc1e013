#include "checkdialog.h"
#include "ui_reading_checkdialog.h"

#include "app/common/displayformat.h"
#include "app/session/session.h"
#include "storage/checkattemptstore.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tenet::app {

QString percentText(double percent)
{
    return display::percent(percent);
}

QString questionCountText(qsizetype count)
{
    return CheckDialog::tr("%n questions", nullptr, int(count));
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
    connect(m_ui->submitButton, &QPushButton::clicked, this, &CheckDialog::submit);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &CheckDialog::showQuestions);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    showQuestions();
    retranslate();
}

CheckDialog::~CheckDialog() = default;

void CheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void CheckDialog::retranslate()
{
    //: %2 is a number of questions ("3 questions"), %3 the pass mark ("80 %").
    m_ui->introLabel->setText(
        tr("Before you sign version %1, answer %2 about it. You pass with %3 of the answers "
           "right; if you do not, read the sections again and try once more. Every attempt is "
           "kept.")
            .arg(m_versionNumber)
            .arg(questionCountText(m_check.questions.size()))
            .arg(percentText(m_check.passMark)));
    for (int shown = 0; shown < m_groups.size(); ++shown)
        if (auto *box = qobject_cast<QGroupBox *>(m_groups.at(shown)->parent()))
            box->setTitle(tr("Question %1 of %2").arg(shown + 1).arg(m_order.size()));
    updateSubmit();
    if (!m_ui->resultLabel->isHidden())
        showScore();
}
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
    m_ui->submitButton->setToolTip(
        unanswered == 0 ? tr("See whether you passed.")
                        : tr("Answer every question first: %n left.", nullptr, unanswered));
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
    m_recordError.clear();
    m_score.reset();
    if (!attempt)
        m_recordError = attempt.error().message;
    else
        m_score = attempt->score;
    showScore();
}

void CheckDialog::showScore()
{
    if (!m_score) {
        showResult(tr("Your answers could not be recorded: %1").arg(m_recordError).toHtmlEscaped(),
                   false);
        return;
    }
    //: %1 is how many answers were right, %n how many questions there were, %2 the share.
    const QString score = tr("You answered %1 of %n questions right (%2).", nullptr, m_score->total)
                              .arg(m_score->correct)
                              .arg(percentText(m_score->percent));
    if (m_score->passed) {
        showResult(u"<b>"_s + tr("Passed.").toHtmlEscaped() + u"</b> "_s + score.toHtmlEscaped()
                       + u" "_s
                       + tr("You can now sign version %1.").arg(m_versionNumber).toHtmlEscaped(),
                   true);
    } else {
        showResult(u"<b>"_s + tr("Not passed yet.").toHtmlEscaped() + u"</b> "_s
                       + score.toHtmlEscaped() + u" "_s
                       + tr("The pass mark is %1. Read the sections again, then try once "
                            "more; the questions will come in a new order.")
                             .arg(percentText(m_check.passMark))
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
