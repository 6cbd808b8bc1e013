#pragma once

#include "domain/comprehensioncheck.h"
#include "domain/version.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class CheckDialog;
}

class QButtonGroup;

namespace tenet::app {

class Session;

// The questions a version asks before it is signed, in a new order each time. Every
// attempt is recorded; a failed one says the score and the pass mark (not which answers were
// wrong, so that the way to pass is to read again) and offers another try. Once passed,
// the dialog is accepted and the person goes on to sign.
// "80 %", "66,7 %": a score or pass mark in the user's locale.
QString percentText(double percent);
// "1 question", "3 questions".
QString questionCountText(qsizetype count);

class CheckDialog : public QDialog
{
    Q_OBJECT

public:
    CheckDialog(Session &session, const domain::Version &version, QWidget *parent = nullptr);
    ~CheckDialog() override;

    // The questions' ids in the order they are shown.
    QStringList shownOrder() const;
    // The score of the last attempt, once there is one.
    const std::optional<domain::CheckScore> &lastScore() const { return m_score; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showQuestions();
    void updateSubmit();
    void submit();
    // Says how the last attempt went (m_score), or why it could not be recorded.
    void showScore();
    void showResult(const QString &html, bool passed);

    std::unique_ptr<Ui::CheckDialog> m_ui;
    Session &m_session;
    qint64 m_versionId = 0;
    int m_versionNumber = 0;
    domain::ComprehensionCheck m_check;
    QList<int> m_order; // indexes into m_check.questions, as shown
    QList<QButtonGroup *> m_groups; // one per shown question; a button's id is its choice
    std::optional<domain::CheckScore> m_score;
    QString m_recordError; // why the last attempt could not be recorded, if it could not
};

} // namespace tenet::app
