#pragma once

#include "domain/comprehensioncheck.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CheckEditorDialog;
}

class QTableWidgetItem;

namespace tenet::app {

// Edits a draft's comprehension check: the pass mark, and the questions with their choices
// and the one right answer each. Works on a copy; OK checks the questions and, when they
// keep the rules, hands the result back (the caller pushes it as one undo step). Read-only,
// it shows the questions of a version that can no longer change.
class CheckEditorDialog : public QDialog
{
    Q_OBJECT

public:
    CheckEditorDialog(const domain::ComprehensionCheck &check, bool readOnly,
                      QWidget *parent = nullptr);
    ~CheckEditorDialog() override;

    const domain::ComprehensionCheck &check() const { return m_check; }
    // The problems OK found, as shown; empty when there were none.
    QString message() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillList();
    void showQuestion(int index);
    void questionTextEdited();
    void choiceEdited(QTableWidgetItem *item);
    void addQuestion();
    void removeQuestion();
    void moveQuestion(int step);
    void addChoice();
    void removeChoice();
    void updateButtons();
    QString listText(int index) const;

    std::unique_ptr<Ui::CheckEditorDialog> m_ui;
    domain::ComprehensionCheck m_check;
    bool m_readOnly = false;
    int m_current = -1; // the question shown on the right
    bool m_filling = false; // widgets are being filled, not edited
};

} // namespace tenet::app
