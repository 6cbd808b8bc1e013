#include "editorfixture.h"

#include "app/editor/itemtableeditor.h"
#include "app/editor/models/codetreemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace tenet;
using SaveState = app::DraftDocument::SaveState;

namespace {

void typeAtEnd(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, text);
}

void typeAtEnd(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("typing into a clause can be undone and redone, one step per field",
          "[editor][view][undo]")
{
    test::ViewFixture f;
    f.view->selectClause(u"eth-honesty"_s);
    auto *title = f.child<QLineEdit>(u"clauseTitleEdit"_s);
    auto *body = f.child<QPlainTextEdit>(u"clauseBodyEdit"_s);
    auto *preview = f.child<QTextBrowser>(u"clausePreview"_s);
    auto *tree = f.child<QTreeView>(u"navigatorTree"_s);
    REQUIRE(title->text() == u"Honesty");
    const QString originalBody = body->toPlainText();
    // The preview renders the Markdown: bold markers are gone.
    CHECK(preview->toPlainText().contains(u"say so and check"_s));
    CHECK_FALSE(preview->toPlainText().contains(u"**"_s));

    typeAtEnd(title, u" first"_s);
    typeAtEnd(body, u" Always."_s);
    app::DraftDocument *document = f.view->document();
    CHECK(document->clause(0, 0).title == u"Honesty first");
    CHECK(document->clause(0, 0).body == originalBody + u" Always."_s);
    CHECK(test::rowText(tree->currentIndex()) == u"1.1 Honesty first");
    CHECK(preview->toPlainText().trimmed().endsWith(u"Always."_s));
    // Eight keystrokes in the body and six in the title: two undo steps.
    CHECK(f.view->undoStack()->count() == 2);
    CHECK(f.view->undoStack()->undoText() == u"Edit clause 1.1 text");

    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    CHECK(body->toPlainText() == originalBody);
    CHECK(title->text() == u"Honesty first");
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    CHECK(title->text() == u"Honesty");
    CHECK(document->content() == f.starter);

    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(title->text() == u"Honesty first");
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(body->toPlainText() == originalBody + u" Always."_s);
    CHECK(test::rowText(tree->currentIndex()) == u"1.1 Honesty first");
}

TEST_CASE("Alt+Down and Alt+Up reorder clauses and renumber them", "[editor][view]")
{
    test::ViewFixture f;
    auto *tree = f.child<QTreeView>(u"navigatorTree"_s);
    auto *heading = f.child<QLabel>(u"editorHeading"_s);
    f.view->selectClause(u"eth-honesty"_s);
    tree->setFocus();

    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    CHECK(test::rowText(tree->currentIndex()) == u"1.2 Honesty");
    CHECK(test::rowText(tree->model()->index(0, 0, tree->model()->index(0, 0)))
          == u"1.1 Respect for every customer");
    CHECK(heading->text().startsWith(u"1.2"_s));
    CHECK(f.view->undoStack()->undoText() == u"Move clause 1.1 down");

    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    CHECK(test::rowText(tree->currentIndex()) == u"1.1 Honesty");

    // At the top of a section the clause crosses into the one above, as its last clause.
    const int ethics = int(f.starter.sections.at(0).clauses.size());
    f.view->selectClause(u"com-plain-language"_s);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    CHECK(test::rowText(tree->currentIndex()) == u"1.%1 Plain language"_s.arg(ethics + 1));
    CHECK(f.view->document()->clause(0, ethics).id == u"com-plain-language");
}

TEST_CASE("clauses are added, duplicated and deleted from the keyboard", "[editor][view]")
{
    test::ViewFixture f;
    const int ethics = int(f.starter.sections.at(0).clauses.size());
    auto *tree = f.child<QTreeView>(u"navigatorTree"_s);
    auto *title = f.child<QLineEdit>(u"clauseTitleEdit"_s);
    f.view->selectClause(u"eth-honesty"_s);
    tree->setFocus();

    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(test::rowText(tree->currentIndex()) == u"1.2 New clause");
    CHECK(f.view->undoStack()->undoText() == u"Add clause 1.2");
    // The new title is selected, ready to be typed over.
    CHECK(title->hasFocus());
    QTest::keyClicks(title, u"Listening"_s);
    CHECK(test::rowText(tree->currentIndex()) == u"1.2 Listening");

    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_D, Qt::ControlModifier);
    CHECK(test::rowText(tree->currentIndex()) == u"1.3 Listening");
    CHECK(f.view->undoStack()->undoText() == u"Duplicate clause 1.2");
    CHECK(f.view->document()->clauseCount(0) == ethics + 2);

    QTest::keyClick(tree, Qt::Key_Delete);
    CHECK(f.view->document()->clauseCount(0) == ethics + 1);
    CHECK(f.view->undoStack()->undoText() == u"Delete clause 1.3");
    // Del in a text field deletes text, not the clause.
    title->setFocus();
    title->home(false);
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK(f.view->document()->clauseCount(0) == ethics + 1);
}

TEST_CASE("a section's fields are edited in its form", "[editor][view][undo]")
{
    test::ViewFixture f;
    f.view->selectSection(4);
    auto *stack = f.child<QStackedWidget>(u"editorStack"_s);
    CHECK(stack->currentWidget()->objectName() == u"sectionForm");
    auto *purpose = f.child<QPlainTextEdit>(u"sectionPurposeEdit"_s);
    auto *owner = f.child<QLineEdit>(u"sectionOwnerEdit"_s);
    auto *ownerName = f.child<QLabel>(u"ownerNameLabel"_s);
    CHECK(f.child<QLineEdit>(u"sectionTitleEdit"_s)->text() == u"Complaint handling procedures");

    typeAtEnd(purpose, u" Reviewed yearly."_s);
    CHECK(f.view->undoStack()->undoText() == u"Edit section 5 purpose");
    CHECK(f.view->document()->section(4).purpose.endsWith(u"Reviewed yearly."_s));

    owner->setFocus();
    owner->selectAll();
    QTest::keyClicks(owner, u"M002"_s);
    CHECK(f.view->document()->section(4).owner == u"M002");
    CHECK(ownerName->text().startsWith(u"Ana G"_s));
    QTest::keyClicks(owner, u"9"_s);
    CHECK(ownerName->text().contains(u"No one on the staff list"_s));
    // The complaint stages table is shown with this section only.
    CHECK(f.child<app::ItemTableEditor>(u"itemTable_stages"_s)->isVisible());
    CHECK_FALSE(f.child<app::ItemTableEditor>(u"itemTable_kpis"_s)->isVisible());
}

TEST_CASE("a published version opens read-only", "[editor][view]")
{
    test::ViewFixture f(domain::Actor {u"M001"_s, domain::Role::Manager}, true);
    app::DraftDocument *document = f.view->document();
    REQUIRE(document);
    CHECK(document->info().state == domain::VersionState::Published);
    CHECK(document->isReadOnly());
    CHECK(f.view->statusText() == u"Published v1  ·  Read-only");
    CHECK(f.child<QLabel>(u"messageText"_s)->text().contains(u"cannot be changed"_s));

    f.view->selectClause(u"eth-honesty"_s);
    auto *title = f.child<QLineEdit>(u"clauseTitleEdit"_s);
    CHECK(title->isReadOnly());
    CHECK(f.child<QPlainTextEdit>(u"clauseBodyEdit"_s)->isReadOnly());
    CHECK_FALSE(f.child<QComboBox>(u"clauseStrengthCombo"_s)->isEnabled());
    typeAtEnd(title, u" changed"_s);
    CHECK(document->clause(0, 0).title == u"Honesty");
    for (QAction *action : f.view->editActions()) {
        INFO(action->objectName().toStdString());
        // The questions can still be looked at, read-only.
        if (action->objectName() != u"editCheckAction"_s)
            CHECK((action->isSeparator() || !action->isEnabled()));
    }

    f.view->selectSection(6);
    auto *kpis = f.child<QTableView>(u"itemTableView_kpis"_s);
    CHECK(kpis->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(f.child<QLineEdit>(u"sectionTitleEdit"_s)->isReadOnly());

    // The manager may start a draft from it, which is editable.
    QSignalSpy opened(f.view.get(), &app::EditorView::versionOpened);
    REQUIRE(f.view->startDraftAction()->isEnabled());
    f.view->startDraftAction()->trigger();
    REQUIRE(opened.size() == 1);
    CHECK(f.view->document()->info().number == 2);
    CHECK_FALSE(f.view->document()->isReadOnly());
    CHECK_FALSE(f.child<QLineEdit>(u"sectionTitleEdit"_s)->isReadOnly());
}

TEST_CASE("the autosave writes what was typed to the database", "[editor][view][save]")
{
    test::ViewFixture f;
    f.view->selectClause(u"eth-respect"_s);
    typeAtEnd(f.child<QLineEdit>(u"clauseTitleEdit"_s), u" always"_s);
    CHECK(f.view->statusText() == u"Draft v1  ·  Unsaved changes");
    CHECK(f.storedContent(f.draft.id).sections.at(0).clauses.at(1).title
          == u"Respect for every customer");

    test::fireAutosave(*f.view->document());
    CHECK(f.view->statusText() == u"Draft v1  ·  All changes saved");
    CHECK(f.storedContent(f.draft.id).sections.at(0).clauses.at(1).title
          == u"Respect for every customer always");
}

TEST_CASE("a killed program's last edits are in the database", "[editor][view][save]")
{
    test::ViewFixture f;
    f.view->selectClause(u"eth-fairness"_s);
    typeAtEnd(f.child<QPlainTextEdit>(u"clauseBodyEdit"_s), u" Write it down."_s);
    const domain::CodeContent onScreen = f.view->document()->content();
    // The autosave's time comes; then the program dies without closing anything. What a
    // new program finds in the file is read before this one shuts down in order.
    test::fireAutosave(*f.view->document());
    const domain::CodeContent found = f.storedContent(f.draft.id);
    CHECK(found == onScreen);
    CHECK(found.sections.at(0).clauses.at(2).body.endsWith(u"Write it down."_s));
}

TEST_CASE("a second writer of the same draft is told of the conflict and overwrites nothing",
          "[editor][view][save]")
{
    test::ViewFixture f;
    // Someone else, on another machine, saves the same draft first.
    auto otherConnection = f.open();
    auto other = f.document(*otherConnection, f.manager);
    domain::Clause theirs = other->clause(0, 0);
    theirs.title = u"Their honesty"_s;
    other->setClause(0, 0, theirs);
    REQUIRE(other->flush());

    f.view->selectClause(u"eth-honesty"_s);
    auto *title = f.child<QLineEdit>(u"clauseTitleEdit"_s);
    typeAtEnd(title, u" of mine"_s);
    CHECK_FALSE(f.view->flush());
    CHECK(f.view->document()->saveState() == SaveState::Conflict);
    CHECK(f.child<QLabel>(u"messageText"_s)->text().contains(u"not saved"_s));
    CHECK(title->isReadOnly());
    CHECK(title->text() == u"Honesty of mine");
    CHECK(f.storedContent(f.draft.id).sections.at(0).clauses.at(0).title == u"Their honesty");

    f.child<QAction>(u"reloadAction"_s)->trigger();
    CHECK(title->text() == u"Their honesty");
    CHECK_FALSE(title->isReadOnly());
    CHECK(f.view->statusText() == u"Draft v1  ·  All changes saved");
}

TEST_CASE("the KPI table refuses an at_most alert below its target with a message naming the "
          "rule",
          "[editor][view][items]")
{
    test::ViewFixture f;
    f.view->selectSection(6);
    auto *editor = f.child<app::ItemTableEditor>(u"itemTable_kpis"_s);
    REQUIRE(editor->isVisible());
    QTableView *table = editor->view();
    const QModelIndex alert = table->model()->index(0, 6);
    REQUIRE(alert.data().toString() == u"30");

    table->setFocus();
    table->setCurrentIndex(alert);
    table->edit(alert);
    auto *spin = qobject_cast<QDoubleSpinBox *>(QApplication::focusWidget());
    REQUIRE(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"10"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits from a queued call
    CHECK(alert.data().toString() == u"30");
    CHECK(editor->errorText().contains(u"may not be below its target"_s));
    CHECK(f.view->undoStack()->count() == 0);

    table->edit(alert);
    spin = qobject_cast<QDoubleSpinBox *>(QApplication::focusWidget());
    REQUIRE(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"25"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(alert.data().toString() == u"25");
    CHECK(editor->errorText().isEmpty());
    CHECK(f.view->undoStack()->undoText() == u"Edit KPI table");
}

TEST_CASE("a clause chosen from search results is selected and shown", "[editor][view]")
{
    test::ViewFixture f;
    f.view->selectClause(u"cmp-logging"_s);
    auto *stack = f.child<QStackedWidget>(u"editorStack"_s);
    CHECK(stack->currentWidget()->objectName() == u"clauseForm");
    CHECK(f.child<QLabel>(u"editorHeading"_s)->text().startsWith(u"5.1"_s));
    CHECK(f.child<QTreeView>(u"navigatorTree"_s)
              ->currentIndex()
              .data(app::CodeTreeModel::ClauseIdRole)
              .toString()
          == u"cmp-logging");
}

TEST_CASE("a conflict found while switching versions keeps the unsaved edits on screen",
          "[editor][view][save]")
{
    test::ViewFixture f;
    auto otherConnection = f.open();
    auto other = f.document(*otherConnection, f.manager);
    domain::Clause theirs = other->clause(0, 1);
    theirs.title = u"Their respect"_s;
    other->setClause(0, 1, theirs);
    REQUIRE(other->flush());

    f.view->selectClause(u"eth-honesty"_s);
    typeAtEnd(f.child<QLineEdit>(u"clauseTitleEdit"_s), u" of mine"_s);
    f.view->openVersion(f.draft.id);
    // The switch stops: the edits are still there, read-only, with the reason beside them.
    CHECK(f.view->document()->saveState() == SaveState::Conflict);
    CHECK(f.view->document()->clause(0, 0).title == u"Honesty of mine");
    CHECK(f.child<QLabel>(u"messageText"_s)->text().contains(u"not saved"_s));
    // Asked again, knowing, the user gets the version as the database holds it.
    f.view->openVersion(f.draft.id);
    CHECK(f.view->document()->saveState() == SaveState::Saved);
    CHECK(f.view->document()->clause(0, 0).title == u"Honesty");
    CHECK(f.view->document()->clause(0, 1).title == u"Their respect");
}

TEST_CASE("signing out saves what was typed and leaves the draft read-only", "[editor][view]")
{
    test::ViewFixture f;
    f.view->selectClause(u"eth-conflicts"_s);
    typeAtEnd(f.child<QLineEdit>(u"clauseTitleEdit"_s), u" at work"_s);
    f.session.signOut();
    CHECK(f.storedContent(f.draft.id).sections.at(0).clauses.at(3).title
          == u"Conflicts of interest at work");
    CHECK(f.view->document()->isReadOnly());
    CHECK(f.child<QLineEdit>(u"clauseTitleEdit"_s)->isReadOnly());
    // The same clause stays in view.
    CHECK(f.child<QLabel>(u"editorHeading"_s)->text().startsWith(u"1.4"_s));

    f.session.signIn(test::staffMember(f.supervisor));
    CHECK_FALSE(f.view->document()->isReadOnly());
}

TEST_CASE("rows of a structured items table are added and deleted from the keyboard",
          "[editor][view][items]")
{
    test::ViewFixture f;
    f.view->selectSection(4);
    auto *editor = f.child<app::ItemTableEditor>(u"itemTable_stages"_s);
    QTableView *table = editor->view();
    const int stages = table->model()->rowCount();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));

    QTest::keyClick(table, Qt::Key_Insert);
    REQUIRE(table->model()->rowCount() == stages + 1);
    CHECK(table->currentIndex().row() == 2);
    CHECK(table->model()->index(2, 0).data().toString() == u"stage_1");
    CHECK(f.view->undoStack()->undoText() == u"Add complaint stage");

    QTest::keyClick(table, Qt::Key_Delete, Qt::ControlModifier);
    CHECK(table->model()->rowCount() == stages);
    CHECK(f.view->undoStack()->undoText() == u"Delete complaint stage");
    f.view->undoStack()->undo();
    f.view->undoStack()->undo();
    CHECK(f.view->document()->content() == f.starter);
}

TEST_CASE("the clause preview shows raw HTML as text and keeps only safe links live",
          "[editor][view]")
{
    test::ViewFixture f;
    f.view->selectClause(u"eth-honesty"_s);
    auto *body = f.child<QPlainTextEdit>(u"clauseBodyEdit"_s);
    auto *preview = f.child<QTextBrowser>(u"clausePreview"_s);
    typeAtEnd(body,
              u" <h1 style=\"color:red\">Big</h1> <!-- hidden --> [a](javascript:alert(1)) "
              "[b](file:///etc/passwd) [c](smb://host/share) [d](https://example.org)"_s);
    const QString text = preview->toPlainText();
    CHECK(text.contains(u"<!-- hidden -->"_s));
    CHECK(text.contains(u"<h1"_s));
    const QString html = preview->toHtml();
    CHECK_FALSE(html.contains(u"javascript:"_s));
    CHECK_FALSE(html.contains(u"href=\"file:"_s));
    CHECK_FALSE(html.contains(u"href=\"smb:"_s));
    CHECK(html.contains(u"href=\"https://example.org\""_s));
}
