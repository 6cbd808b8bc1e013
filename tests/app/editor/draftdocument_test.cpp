#include "editorfixture.h"

#include "app/editor/commands/addclausecommand.h"
#include "app/editor/commands/deleteclausecommand.h"
#include "app/editor/commands/editclausecommand.h"
#include "app/editor/commands/editsectioncommand.h"
#include "app/editor/commands/moveclausecommand.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace tenet;
using app::DraftDocument;
using app::EditClauseCommand;
using SaveState = DraftDocument::SaveState;

namespace {

void typeTitle(DraftDocument &document, const QString &clauseId, const QString &title)
{
    const auto position = document.findClause(clauseId);
    REQUIRE(position);
    domain::Clause clause = document.clause(position->sectionIndex, position->clauseIndex);
    clause.title = title;
    document.undoStack()->push(
        new EditClauseCommand(&document, EditClauseCommand::Field::Title, clause));
}

} // namespace

TEST_CASE("a draft is editable by its author and read-only to an agent", "[editor][document]")
{
    test::EditorFixture fixture;
    auto byAuthor = fixture.document(*fixture.db, fixture.supervisor);
    CHECK_FALSE(byAuthor->isReadOnly());
    CHECK(byAuthor->readOnlyReason().isEmpty());

    auto byAgent = fixture.document(*fixture.db, fixture.agent);
    CHECK(byAgent->isReadOnly());
    CHECK(byAgent->readOnlyReason().contains(u"only supervisors, managers"_s));

    auto byNobody = fixture.document(*fixture.db, domain::Actor {u"os:someone"_s, std::nullopt});
    CHECK(byNobody->isReadOnly());
}

TEST_CASE("a published version is read-only", "[editor][document]")
{
    test::EditorFixture fixture;
    fixture.publishDraft();
    auto document = fixture.document(*fixture.db, fixture.manager);
    CHECK(document->info().state == domain::VersionState::Published);
    CHECK(document->isReadOnly());
    CHECK(document->readOnlyReason().contains(u"published"_s));
}

TEST_CASE("consecutive typing in one clause field merges into one undo step",
          "[editor][document][undo]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    QUndoStack *stack = document->undoStack();
    typeTitle(*document, u"eth-honesty"_s, u"Honesty a"_s);
    typeTitle(*document, u"eth-honesty"_s, u"Honesty ab"_s);
    typeTitle(*document, u"eth-honesty"_s, u"Honesty abc"_s);
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == u"Edit clause 1.1 title");

    // Another clause, or another field, starts a new step.
    typeTitle(*document, u"eth-respect"_s, u"Respect!"_s);
    CHECK(stack->count() == 2);
    CHECK(stack->undoText() == u"Edit clause 1.2 title");

    stack->undo();
    stack->undo();
    CHECK(document->clause(0, 0).title == u"Honesty");
    CHECK(document->clause(0, 1).title == u"Respect for every customer");
    stack->redo();
    CHECK(document->clause(0, 0).title == u"Honesty abc");
}

TEST_CASE("typing a word and deleting it again leaves nothing to undo", "[editor][document][undo]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    typeTitle(*document, u"eth-honesty"_s, u"Honesty!"_s);
    typeTitle(*document, u"eth-honesty"_s, u"Honesty"_s);
    CHECK(document->undoStack()->count() == 0);
    CHECK(document->clause(0, 0).title == u"Honesty");
}

TEST_CASE("clauses are added, duplicated, deleted and moved with undoable, named steps",
          "[editor][document][undo]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    QUndoStack *stack = document->undoStack();
    const int before = document->clauseCount(1);

    domain::Clause added;
    added.id = document->newClauseId(1);
    added.title = u"Plain answers"_s;
    CHECK(added.id.startsWith(u"com-"_s));
    stack->push(new app::AddClauseCommand(document.get(), 1, 3, added));
    CHECK(stack->undoText() == u"Add clause 2.4");
    CHECK(document->clause(1, 3).title == u"Plain answers");
    CHECK(document->clauseCount(1) == before + 1);

    stack->push(app::AddClauseCommand::duplicate(document.get(), u"eth-honesty"_s));
    CHECK(stack->undoText() == u"Duplicate clause 1.1");
    CHECK(document->clause(0, 1).title == u"Honesty");
    CHECK(document->clause(0, 1).id != u"eth-honesty");

    stack->push(new app::DeleteClauseCommand(document.get(), 0, 2));
    CHECK(stack->undoText() == u"Delete clause 1.3");
    CHECK(document->clause(0, 2).id == u"eth-fairness");

    stack->push(new app::MoveClauseCommand(document.get(), 0, 2, 0, 1));
    CHECK(stack->undoText() == u"Move clause 1.3 up");
    CHECK(document->clause(0, 1).id == u"eth-fairness");

    stack->push(new app::MoveClauseCommand(document.get(), 0, 1, 2, 0));
    CHECK(stack->undoText() == u"Move clause 1.2 to 3.1");
    CHECK(document->clause(2, 0).id == u"eth-fairness");

    while (stack->canUndo())
        stack->undo();
    CHECK(document->content() == fixture.starter);
    while (stack->canRedo())
        stack->redo();
    CHECK(document->clause(2, 0).id == u"eth-fairness");
}

TEST_CASE("a section field edit is named after the section and field", "[editor][document][undo]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    app::SectionFields fields = app::SectionFields::of(document->section(4));
    fields.purpose = u"How complaints are handled."_s;
    document->undoStack()->push(new app::EditSectionCommand(
        document.get(), 4, app::EditSectionCommand::Field::Purpose, fields));
    CHECK(document->undoStack()->undoText() == u"Edit section 5 purpose");
    CHECK(document->section(4).purpose == u"How complaints are handled.");
    document->undoStack()->undo();
    CHECK(document->section(4).purpose == fixture.starter.sections.at(4).purpose);
}

TEST_CASE("the autosave writes an edit to the database", "[editor][document][save]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    QSignalSpy states(document.get(), &DraftDocument::saveStateChanged);
    typeTitle(*document, u"eth-honesty"_s, u"Honesty first"_s);
    CHECK(document->saveState() == SaveState::Unsaved);
    CHECK(document->isDirty());
    auto *timer = document->findChild<QTimer *>(u"autosaveTimer"_s);
    REQUIRE(timer);
    CHECK(timer->isActive());
    CHECK(timer->interval() <= DraftDocument::autosaveDelayMs);
    CHECK(fixture.storedContent(fixture.draft.id).sections.at(0).clauses.at(0).title == u"Honesty");

    test::fireAutosave(*document);
    CHECK(document->saveState() == SaveState::Saved);
    CHECK_FALSE(document->isDirty());
    CHECK(document->info().revision == fixture.draft.revision + 1);
    CHECK(fixture.storedContent(fixture.draft.id) == document->content());
    REQUIRE(states.size() >= 2);
    CHECK(states.last().at(0).value<SaveState>() == SaveState::Saved);
}

TEST_CASE("flush saves at once and leaves no timer running", "[editor][document][save]")
{
    test::EditorFixture fixture;
    auto document = fixture.document(*fixture.db, fixture.supervisor);
    typeTitle(*document, u"eth-respect"_s, u"Respect"_s);
    CHECK(document->flush());
    CHECK_FALSE(document->findChild<QTimer *>(u"autosaveTimer"_s)->isActive());
    CHECK(fixture.storedContent(fixture.draft.id).sections.at(0).clauses.at(1).title == u"Respect");
    // Nothing left to save is a success too.
    CHECK(document->flush());
}

TEST_CASE("the second writer of a draft is told of the conflict and the first writer's content "
          "stays",
          "[editor][document][save]")
{
    test::EditorFixture fixture;
    auto otherConnection = fixture.open();
    auto a = fixture.document(*fixture.db, fixture.supervisor);
    auto b = fixture.document(*otherConnection, fixture.supervisor);

    typeTitle(*a, u"eth-honesty"_s, u"Written by A"_s);
    REQUIRE(a->flush());

    QSignalSpy conflicts(b.get(), &DraftDocument::conflict);
    typeTitle(*b, u"eth-honesty"_s, u"Written by B"_s);
    CHECK_FALSE(b->flush());
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().at(0).toString().contains(u"reload"_s));
    CHECK(b->saveState() == SaveState::Conflict);
    CHECK(b->isReadOnly());
    // B keeps its edits on screen, and can copy them out.
    CHECK(b->clause(0, 0).title == u"Written by B");
    CHECK(b->contentAsCodeFile().contains("Written by B"));
    CHECK(fixture.storedContent(fixture.draft.id).sections.at(0).clauses.at(0).title
          == u"Written by A");

    // Reloading shows A's work and lets B edit again.
    REQUIRE(b->reload().ok());
    CHECK(b->clause(0, 0).title == u"Written by A");
    CHECK_FALSE(b->isReadOnly());
    CHECK(b->saveState() == SaveState::Saved);
    typeTitle(*b, u"eth-honesty"_s, u"Agreed title"_s);
    CHECK(b->flush());
    CHECK(fixture.storedContent(fixture.draft.id).sections.at(0).clauses.at(0).title
          == u"Agreed title");
}
