#include "editorfixture.h"

#include "app/editor/commands/editcheckcommand.h"
#include "app/editor/checkeditordialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace tenet;

namespace {

template<typename T> T *child(QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

// The dialog the Edit menu's action opened.
app::CheckEditorDialog *openDialog(test::ViewFixture &f)
{
    QAction *action = nullptr;
    for (QAction *candidate : f.view->editActions()) {
        if (candidate->objectName() == u"editCheckAction"_s)
            action = candidate;
    }
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto *dialog = f.view->findChild<app::CheckEditorDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

void setChoice(QTableWidget *table, int row, const QString &text, bool right)
{
    table->item(row, 1)->setText(text);
    if (right)
        table->item(row, 0)->setCheckState(Qt::Checked);
}

void pressOk(app::CheckEditorDialog *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(*dialog, u"buttonBox"_s)
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace

TEST_CASE("questions written in the dialog become the draft's check, as one undo step",
          "[editor][comprehension][undo]")
{
    test::ViewFixture f;
    app::CheckEditorDialog *dialog = openDialog(f);
    child<QDoubleSpinBox>(*dialog, u"passMarkSpin"_s)->setValue(75);
    QTest::mouseClick(child<QPushButton>(*dialog, u"addQuestionButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, u"questionEdit"_s),
                     u"Who may see a customer's card number?"_s);
    auto *choices = child<QTableWidget>(*dialog, u"choicesTable"_s);
    REQUIRE(choices->rowCount() == 2);
    setChoice(choices, 0, u"Anyone on the team"_s, false);
    setChoice(choices, 1, u"Nobody"_s, true);
    // Ticking the second clears the first, which a new question starts with.
    CHECK(choices->item(0, 0)->checkState() == Qt::Unchecked);
    QTest::mouseClick(child<QPushButton>(*dialog, u"addChoiceButton"_s), Qt::LeftButton);
    setChoice(choices, 2, u"Only the card holder's bank"_s, false);
    CHECK(child<QListWidget>(*dialog, u"questionList"_s)->item(0)->text()
          == u"1. Who may see a customer's card number?"_s);

    pressOk(dialog);
    REQUIRE(QTest::qWaitFor([&] { return f.view->findChild<app::CheckEditorDialog *>() == nullptr; }));
    const domain::ComprehensionCheck &check = f.view->document()->content().check;
    CHECK(check.passMark == 75);
    REQUIRE(check.questions.size() == 1);
    CHECK(check.questions[0].text == u"Who may see a customer's card number?"_s);
    CHECK(check.questions[0].choices.size() == 3);
    CHECK(check.questions[0].correctChoice() == 1);
    CHECK(check.questions[0].id.startsWith(u"q-"_s));
    CHECK(f.view->undoStack()->undoText() == u"Edit comprehension questions"_s);

    // Saved with the draft, and undone as a whole.
    REQUIRE(f.view->flush());
    CHECK(f.storedContent(f.draft.id).check == check);
    f.view->undoStack()->undo();
    CHECK(f.view->document()->content().check.isEmpty());
    f.view->undoStack()->redo();
    CHECK(f.view->document()->content().check.questions.size() == 1);
}

TEST_CASE("the dialog keeps questions without one right answer from the draft",
          "[editor][comprehension]")
{
    test::ViewFixture f;
    app::CheckEditorDialog *dialog = openDialog(f);
    QTest::mouseClick(child<QPushButton>(*dialog, u"addQuestionButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, u"questionEdit"_s), u"First?"_s);
    auto *choices = child<QTableWidget>(*dialog, u"choicesTable"_s);
    setChoice(choices, 0, u"Yes"_s, false);
    setChoice(choices, 1, u"No"_s, false);
    choices->item(0, 0)->setCheckState(Qt::Unchecked); // none right now
    pressOk(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->message() == u"Question 1 needs exactly one choice marked right, not 0."_s);
    CHECK(f.view->document()->content().check.isEmpty());

    QTest::mouseClick(child<QPushButton>(*dialog, u"removeQuestionButton"_s), Qt::LeftButton);
    pressOk(dialog);
    REQUIRE(QTest::qWaitFor([&] { return f.view->findChild<app::CheckEditorDialog *>() == nullptr; }));
    // Nothing changed, so nothing to undo.
    CHECK(f.view->undoStack()->count() == 0);
}

TEST_CASE("a published version's questions are shown read-only", "[editor][comprehension]")
{
    test::ViewFixture f;
    domain::ComprehensionCheck check {
        50, {{u"q1"_s, u"Is this read-only?"_s, {{u"Yes"_s, true}, {u"No"_s, false}}}}};
    f.view->document()->undoStack()->push(new app::EditCheckCommand(f.view->document(), check));
    REQUIRE(f.view->flush());
    f.publishDraft();
    f.view->openVersion(f.draft.id);
    REQUIRE(f.view->document()->isReadOnly());

    app::CheckEditorDialog *dialog = openDialog(f);
    CHECK(child<QPlainTextEdit>(*dialog, u"questionEdit"_s)->toPlainText()
          == u"Is this read-only?"_s);
    CHECK(child<QPlainTextEdit>(*dialog, u"questionEdit"_s)->isReadOnly());
    CHECK_FALSE(child<QPushButton>(*dialog, u"addQuestionButton"_s)->isVisible());
    auto *buttons = child<QDialogButtonBox>(*dialog, u"buttonBox"_s);
    CHECK(buttons->button(QDialogButtonBox::Ok) == nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return f.view->findChild<app::CheckEditorDialog *>() == nullptr; }));
    CHECK(f.view->document()->content().check == check);
}

// Not run by default: writes what the dialog looks like, to look at while building it.
TEST_CASE("the question editor can be saved as a picture", "[.picture]")
{
    test::ViewFixture f;
    domain::ComprehensionCheck check {
        80,
        {{u"q1"_s, u"A customer asks for a colleague's personal phone number. What do you do?"_s,
          {{u"Give it, if the customer seems trustworthy"_s, false},
           {u"Decline, and offer to pass on a message"_s, true},
           {u"Ask a supervisor to give it"_s, false}}},
         {u"q2"_s, u"Within how many hours is a complaint acknowledged?"_s,
          {{u"24"_s, true}, {u"72"_s, false}}}}};
    f.view->document()->undoStack()->push(new app::EditCheckCommand(f.view->document(), check));
    app::CheckEditorDialog *dialog = openDialog(f);
    const QString folder = qEnvironmentVariable("TENET_PICTURES", u"/tmp"_s);
    REQUIRE(dialog->grab().save(folder + u"/check-editor.png"_s));
}
