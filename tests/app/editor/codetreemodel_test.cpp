#include "editorfixture.h"
#include "modeltester.h"

#include "app/editor/commands/addclausecommand.h"
#include "app/editor/commands/deleteclausecommand.h"
#include "app/editor/commands/moveclausecommand.h"
#include "app/editor/models/codetreemodel.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace tenet;
using app::CodeTreeModel;

TEST_CASE("the code tree model passes the model tester through edits, moves and resets",
          "[editor][model]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    CodeTreeModel model;
    test::ModelTester tester(&model);
    model.setDocument(document.get());
    QUndoStack *stack = document->undoStack();

    domain::Clause clause;
    clause.id = document->newClauseId(2);
    clause.title = u"New"_s;
    stack->push(new app::AddClauseCommand(document.get(), 2, 0, clause));
    stack->push(app::AddClauseCommand::duplicate(document.get(), u"eth-respect"_s));
    stack->push(new app::DeleteClauseCommand(document.get(), 1, 2));
    stack->push(new app::MoveClauseCommand(document.get(), 0, 0, 0, 3));
    stack->push(new app::MoveClauseCommand(document.get(), 0, 3, 0, 0));
    stack->push(new app::MoveClauseCommand(document.get(), 0, 1, 6, 2));
    CHECK(model.setData(model.clauseIndex(3, 1), u"Renamed"_s));
    while (stack->canUndo())
        stack->undo();
    while (stack->canRedo())
        stack->redo();
    REQUIRE(document->flush());
    REQUIRE(document->reload().ok());
    model.setDocument(nullptr);
    model.setDocument(document.get());
    CHECK(tester.failures() == QStringList());
}

TEST_CASE("the tree shows the seven sections in order with numbered, marked clauses",
          "[editor][model]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    CodeTreeModel model;
    model.setDocument(document.get());
    REQUIRE(model.rowCount() == 7);
    CHECK(test::rowText(model.sectionIndex(0)) == u"1 Ethical guidelines");
    CHECK(test::rowText(model.sectionIndex(6)) == u"7 Performance metrics");
    CHECK(model.rowCount(model.sectionIndex(0)) == fixture.starter.sections.at(0).clauses.size());
    CHECK(test::rowText(model.clauseIndex(0, 0)) == u"1.1 Honesty");
    CHECK(model.clauseIndex(0, 0, CodeTreeModel::MarkColumn).data().toString() == u"must");
    CHECK(model.clauseIndex(0, 4, CodeTreeModel::MarkColumn).data().toString() == u"should");
    CHECK(model.clauseIndex(0, 1).data(CodeTreeModel::ClauseIdRole).toString() == u"eth-respect");
    CHECK(model.clauseIndex(0, 1).data(CodeTreeModel::NumberRole).toString() == u"1.2");
    CHECK(model.indexOfClause(u"eth-fairness"_s) == model.clauseIndex(0, 2));
    CHECK(model.parent(model.clauseIndex(3, 1, CodeTreeModel::MarkColumn))
          == model.sectionIndex(3));
}

TEST_CASE("renaming a clause in the tree is an undoable step", "[editor][model][undo]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    CodeTreeModel model;
    model.setDocument(document.get());
    const QModelIndex index = model.clauseIndex(0, 0);
    CHECK(model.flags(index) & Qt::ItemIsEditable);
    CHECK(model.data(index, Qt::EditRole).toString() == u"Honesty");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setData(index, u"Truthfulness"_s));
    CHECK(changed.size() == 1);
    CHECK(test::rowText(index) == u"1.1 Truthfulness");
    CHECK(document->undoStack()->undoText() == u"Edit clause 1.1 title");
    CHECK_FALSE(model.setData(index, u"   "_s)); // a clause needs a title
    document->undoStack()->undo();
    CHECK(test::rowText(index) == u"1.1 Honesty");
}

TEST_CASE("moving a clause through the model renumbers the clauses and can be undone",
          "[editor][model][undo]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    CodeTreeModel model;
    model.setDocument(document.get());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Qt's moveRows counts the destination before the move: row 3 puts 1.1 after 1.3.
    REQUIRE(model.moveRows(model.sectionIndex(0), 0, 1, model.sectionIndex(0), 3));
    CHECK(test::rowText(model.clauseIndex(0, 2)) == u"1.3 Honesty");
    CHECK(test::rowText(model.clauseIndex(0, 0)) == u"1.1 Respect for every customer");
    CHECK(document->undoStack()->undoText() == u"Move clause 1.1 to 1.3");

    // Across sections, by drag and drop: onto section 2 at row 0.
    const QModelIndex honesty = model.indexOfClause(u"eth-honesty"_s);
    std::unique_ptr<QMimeData> data(model.mimeData({honesty}));
    REQUIRE(data);
    REQUIRE(model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, model.sectionIndex(1)));
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.sectionIndex(1)));
    CHECK(test::rowText(model.clauseIndex(1, 0)) == u"2.1 Honesty");
    CHECK(model.rowCount(model.sectionIndex(0))
          == fixture.starter.sections.at(0).clauses.size() - 1);

    // Dropped onto a clause, it takes that clause's place.
    std::unique_ptr<QMimeData> again(model.mimeData({model.clauseIndex(1, 0)}));
    REQUIRE(model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, model.clauseIndex(1, 2)));
    CHECK(model.clauseIndex(1, 2).data(CodeTreeModel::ClauseIdRole).toString() == u"eth-honesty");

    CHECK(moved.size() == 3);
    CHECK(resets.isEmpty());
    document->undoStack()->undo();
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(test::rowText(model.clauseIndex(0, 0)) == u"1.1 Honesty");
    CHECK(document->content() == fixture.starter);
}

TEST_CASE("typing in a clause changes one row of the tree, never the whole tree", "[editor][model]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    CodeTreeModel model;
    model.setDocument(document.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    domain::Clause clause = document->clause(2, 1);
    clause.body += u" More."_s;
    document->setClause(2, 1, clause);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().at(0).value<QModelIndex>() == model.clauseIndex(2, 1));
    CHECK(resets.isEmpty());
}

TEST_CASE("a section is badged due for review once its interval has passed since the version "
          "in force was published",
          "[editor][model][review]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    CodeTreeModel model;
    model.setDocument(document.get());
    // Ethics is reviewed every 365 days in the starter code.
    REQUIRE(document->section(0).reviewIntervalDays == 365);
    model.setReviewBasis(domain::ReviewBasis::of(QDate(2025, 1, 10), {}), QDate(2025, 6, 1));
    CHECK_FALSE(model.sectionIndex(0).data(CodeTreeModel::DueForReviewRole).toBool());
    CHECK(model.sectionIndex(0, CodeTreeModel::MarkColumn).data().toString().isEmpty());
    CHECK(model.sectionIndex(0).data(CodeTreeModel::ReviewDueDateRole).toDate()
          == QDate(2026, 1, 10));

    model.setReviewBasis(domain::ReviewBasis::of(QDate(2025, 1, 10), {}), QDate(2026, 1, 10));
    CHECK(model.sectionIndex(0).data(CodeTreeModel::DueForReviewRole).toBool());
    CHECK(model.sectionIndex(0, CodeTreeModel::MarkColumn).data().toString() == u"review due");
    CHECK(model.sectionIndex(0).data(Qt::ToolTipRole).toString().contains(u"due for review"_s));

    // Nothing in force: nothing is due.
    model.setReviewBasis(domain::ReviewBasis(), QDate(2030, 1, 1));
    CHECK_FALSE(model.sectionIndex(0).data(CodeTreeModel::DueForReviewRole).toBool());
}

TEST_CASE("the tree of a read-only version accepts no rename, drag or drop", "[editor][model]")
{
    test::EditorFixture fixture;
    fixture.publishDraft();
    auto document = fixture.document(*fixture.db, fixture.manager);
    CodeTreeModel model;
    model.setDocument(document.get());
    const QModelIndex clause = model.clauseIndex(0, 0);
    CHECK_FALSE(model.flags(clause) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(clause) & Qt::ItemIsDragEnabled);
    CHECK_FALSE(model.flags(model.sectionIndex(1)) & Qt::ItemIsDropEnabled);
    CHECK_FALSE(model.setData(clause, u"Changed"_s));
    CHECK_FALSE(model.moveRows(model.sectionIndex(0), 0, 1, model.sectionIndex(0), 3));
    std::unique_ptr<QMimeData> data(model.mimeData({clause}));
    CHECK_FALSE(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.sectionIndex(1)));
    CHECK(document->undoStack()->count() == 0);
}
