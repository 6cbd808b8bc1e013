#include "storagefixture.h"

#include "storage/auditlog.h"

using namespace tenet;
using namespace tenet::storage;
using domain::ErrorKind;
using domain::VersionState;

TEST_CASE("a code is created and read back with its audience and periods", "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    domain::Code code;
    code.title = QStringLiteral("Elgesio kodeksas");
    code.organisation = QStringLiteral("Klientų centras");
    code.language = QStringLiteral("lt");
    code.audienceTeams = {QStringLiteral("Kaunas")};
    code.audienceRoles = {QStringLiteral("agent"), QStringLiteral("supervisor")};
    code.attestationMonths = 12;
    code.graceDays = 21;
    auto created = store.createCode(code, fixture.manager);
    REQUIRE(created);
    CHECK(created->id > 0);
    code.id = created->id;
    CHECK(*created == code);
    auto read = store.code(created->id);
    REQUIRE(read);
    CHECK(*read == code);
    CHECK(store.codes().value() == QList<domain::Code> {code});
    CHECK(store.code(created->id + 1).error().kind == ErrorKind::NotFound);
    CHECK(AuditLog(*fixture.db).entries().value().last().action == u"code.create");
}

TEST_CASE("a draft's content is loaded exactly as it was saved", "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    const domain::CodeContent content = test::sampleContent(3);
    auto draft = store.createDraft(codeId, content, fixture.author);
    REQUIRE(draft);
    CHECK(draft->number == 1);
    CHECK(draft->state == VersionState::Draft);
    CHECK(draft->author == u"S001");
    CHECK(draft->revision == 0);
    CHECK(draft->createdAt.isValid());

    auto loaded = store.load(draft->id);
    REQUIRE(loaded);
    CHECK(loaded->info == *draft);
    CHECK(loaded->content == content);
}

TEST_CASE("a second open version of a code is refused", "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto first = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(first);
    auto second = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE_FALSE(second);
    CHECK(second.error().kind == ErrorKind::Refused);
    CHECK(second.error().message
          == u"version 1 is already open (draft); withdraw or publish it first");
    REQUIRE(store.submit(first->id, fixture.author));
    CHECK(store.createDraft(codeId, test::sampleContent(), fixture.author).error().message
          == u"version 1 is already open (in_review); withdraw or publish it first");
    CHECK(store.versions(codeId).value().size() == 1);
}

TEST_CASE("saving a draft from a stale revision is refused naming who saved last",
          "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);

    domain::CodeContent mine = test::sampleContent();
    mine.sections[0].clauses[0].body = QStringLiteral("Primera edición.");
    auto saved = store.saveDraft(draft->id, mine, 0, fixture.manager);
    REQUIRE(saved);
    CHECK(saved->revision == 1);

    domain::CodeContent theirs = test::sampleContent();
    theirs.sections[0].clauses[0].body = QStringLiteral("Edición paralela.");
    auto conflict = store.saveDraft(draft->id, theirs, 0, fixture.author);
    REQUIRE_FALSE(conflict);
    CHECK(conflict.error().kind == ErrorKind::Refused);
    CHECK(conflict.error().message.startsWith(QStringLiteral("version 1 was saved by M001 at ")));
    CHECK(conflict.error().message.contains(QStringLiteral("(revision 1) after the revision you "
                                                           "edited (0)")));

    auto loaded = store.load(draft->id);
    REQUIRE(loaded);
    CHECK(loaded->content == mine);
    CHECK(store.saveDraft(draft->id, theirs, 1, fixture.author));
}

TEST_CASE("saving a draft can add, change and remove sections", "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    domain::CodeContent partial = test::sampleContent();
    partial.sections.removeLast();
    auto draft = store.createDraft(codeId, partial, fixture.author);
    REQUIRE(draft);

    domain::CodeContent full = test::sampleContent();
    full.sections[2].clauses.append({QStringLiteral("behaviour-new"),
                                     QStringLiteral("Nueva"),
                                     QStringLiteral("Texto."),
                                     domain::Strength::Should,
                                     {}});
    full.sections.removeFirst();
    REQUIRE(store.saveDraft(draft->id, full, 0, fixture.author));
    auto loaded = store.load(draft->id);
    REQUIRE(loaded);
    CHECK(loaded->content == full);
}

TEST_CASE("a draft in another language than its version is refused", "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    domain::CodeContent english = test::sampleContent();
    english.language = QStringLiteral("en");
    auto saved = store.saveDraft(draft->id, english, 0, fixture.author);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == ErrorKind::Invalid);
}

TEST_CASE("content with a section twice is refused before anything is written",
          "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    domain::CodeContent content = test::sampleContent();
    content.sections.append(content.sections.first());
    auto draft = store.createDraft(codeId, content, fixture.author);
    REQUIRE_FALSE(draft);
    CHECK(draft.error().toString()
          == u"/sections/7/key: the section ethics appears more than once");
    CHECK(store.versions(codeId).value().isEmpty());
}

TEST_CASE("an agent can neither write nor submit a draft", "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto byAgent = store.createDraft(codeId, test::sampleContent(), fixture.agent);
    REQUIRE_FALSE(byAgent);
    CHECK(byAgent.error().kind == ErrorKind::Refused);

    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    auto submitted = store.submit(draft->id, fixture.agent);
    REQUIRE_FALSE(submitted);
    CHECK(submitted.error().kind == ErrorKind::Refused);
    CHECK(submitted.error().message.contains(QStringLiteral("A001")));
    CHECK(store.info(draft->id)->state == VersionState::Draft);
}

TEST_CASE("the author of a draft cannot approve it", "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.manager);
    REQUIRE(draft);
    REQUIRE(store.submit(draft->id, fixture.manager));
    auto approved = store.approve(draft->id, fixture.manager);
    REQUIRE_FALSE(approved);
    CHECK(approved.error().kind == ErrorKind::Refused);
    CHECK(store.info(draft->id)->state == VersionState::InReview);

    auto byOther = store.approve(draft->id, fixture.otherManager);
    REQUIRE(byOther);
    CHECK(byOther->state == VersionState::Approved);
    CHECK(byOther->approvedBy == u"M002");
    CHECK(byOther->approvedAt.isValid());
}

TEST_CASE("a draft that breaks the content rules cannot be submitted",
          "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    domain::CodeContent content = test::sampleContent();
    content.sections.removeLast(); // no metrics section
    auto draft = store.createDraft(codeId, content, fixture.author);
    REQUIRE(draft);
    auto submitted = store.submit(draft->id, fixture.author);
    REQUIRE_FALSE(submitted);
    CHECK(submitted.error().kind == ErrorKind::Refused);
    CHECK(submitted.error().message.contains(QStringLiteral("metrics")));
    CHECK(store.info(draft->id)->state == VersionState::Draft);
}

TEST_CASE("publishing supersedes the version in force", "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    CHECK(first.state == VersionState::Published);
    CHECK(first.material == true);
    CHECK(first.publishedBy == u"M002");
    CHECK(first.summary == u"Primera versión");
    CHECK(store.inForce(codeId).value() == first);
    CHECK_FALSE(store.openVersion(codeId).value());

    auto second = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(second);
    CHECK(second->number == 2);
    CHECK(store.openVersion(codeId).value() == *second);
    const domain::VersionInfo published
        = fixture.publish(second->id, false, QStringLiteral("Erratas"));
    CHECK(published.material == false);

    CHECK(store.info(first.id)->state == VersionState::Superseded);
    CHECK(store.inForce(codeId).value()->id == second->id);
    QList<int> numbers;
    const auto all = store.versions(codeId).value();
    for (const domain::VersionInfo &info : all)
        numbers.append(info.number);
    CHECK(numbers == QList<int> {1, 2});
    CHECK(store.versionByNumber(codeId, 2)->id == second->id);
    CHECK(store.versionByNumber(codeId, 3).error().kind == ErrorKind::NotFound);
}

TEST_CASE("the first publication of a code cannot be editorial", "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    REQUIRE(store.submit(draft->id, fixture.author));
    REQUIRE(store.approve(draft->id, fixture.manager));
    auto published = store.publish(draft->id, fixture.manager, false, QStringLiteral("Erratas"));
    REQUIRE_FALSE(published);
    CHECK(published.error().kind == ErrorKind::Refused);
    CHECK(published.error().message.contains(QStringLiteral("must be material")));
    CHECK(store.info(draft->id)->state == VersionState::Approved);
    CHECK_FALSE(store.inForce(codeId).value());
}

TEST_CASE("a publication needs a summary", "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    REQUIRE(store.submit(draft->id, fixture.author));
    REQUIRE(store.approve(draft->id, fixture.manager));
    CHECK(store.publish(draft->id, fixture.manager, true, QStringLiteral(" ")).error().kind
          == ErrorKind::Invalid);
}

TEST_CASE("a published version cannot be edited through the store", "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    domain::VersionInfo first;
    fixture.publishedCode(&first);
    domain::CodeContent changed = test::sampleContent();
    changed.sections[0].clauses[0].body = QStringLiteral("Cambio prohibido.");
    auto saved = store.saveDraft(first.id, changed, first.revision, fixture.manager);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == ErrorKind::Refused);
    CHECK(store.load(first.id)->content == test::sampleContent());
    CHECK(store.withdraw(first.id, fixture.manager).error().kind == ErrorKind::Refused);
}

TEST_CASE("a draft started from the version in force holds the same content", "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    auto draft = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    CHECK(draft->state == VersionState::Draft);
    CHECK(draft->author == u"S001");
    CHECK(store.load(draft->id)->content == store.load(first.id)->content);
    CHECK(store.startDraftFromInForce(codeId, fixture.author).error().kind == ErrorKind::Refused);
}

TEST_CASE("a code without a version in force has nothing to start a draft from",
          "[storage][versions]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    CHECK(store.startDraftFromInForce(codeId, fixture.author).error().kind == ErrorKind::NotFound);
    CHECK(store.startDraftFromInForce(codeId + 7, fixture.author).error().kind
          == ErrorKind::NotFound);
}

TEST_CASE("a version sent back is a draft again without its submission",
          "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    REQUIRE(store.submit(draft->id, fixture.author, QStringLiteral("Lista para revisar")));
    CHECK(store.sendBack(draft->id, fixture.manager, QString()).error().kind == ErrorKind::Invalid);
    auto back = store.sendBack(draft->id, fixture.manager, QStringLiteral("Falta la sección 4"));
    REQUIRE(back);
    CHECK(back->state == VersionState::Draft);
    CHECK(back->submittedBy.isEmpty());
    CHECK_FALSE(back->submittedAt.isValid());
    CHECK(store.saveDraft(draft->id, test::sampleContent(1), back->revision, fixture.author));
}

TEST_CASE("a withdrawn version frees the code for a new draft", "[storage][versions][workflow]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    CHECK(store.withdraw(draft->id, fixture.agent).error().kind == ErrorKind::Refused);
    auto withdrawn
        = store.withdraw(draft->id, fixture.author, QStringLiteral("Empezamos de nuevo"));
    REQUIRE(withdrawn);
    CHECK(withdrawn->state == VersionState::Withdrawn);
    CHECK_FALSE(store.openVersion(codeId).value());
    auto next = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(next);
    CHECK(next->number == 2);
}

TEST_CASE("every workflow step is audited with its actor and version", "[storage][versions][audit]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    const qsizetype before = AuditLog(*fixture.db).entries().value().size();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    REQUIRE(store.saveDraft(draft->id, test::sampleContent(1), 0, fixture.author));
    fixture.publish(draft->id);

    const QList<AuditEntry> entries = AuditLog(*fixture.db).entries().value().mid(before);
    QStringList actions;
    QStringList actors;
    for (const AuditEntry &entry : entries) {
        actions.append(entry.action);
        actors.append(entry.actor);
        CHECK(entry.subject == QStringLiteral("code:%1/version:1").arg(codeId));
        CHECK(entry.at.isValid());
    }
    CHECK(actions
          == QStringList {QStringLiteral("version.create"), QStringLiteral("version.save"),
                          QStringLiteral("version.submit"), QStringLiteral("version.approve"),
                          QStringLiteral("version.publish")});
    CHECK(actors
          == QStringList {QStringLiteral("S001"), QStringLiteral("S001"), QStringLiteral("S001"),
                          QStringLiteral("M002"), QStringLiteral("M002")});
    CHECK(entries.last().detail.contains(QStringLiteral("\"material\":true")));
}

TEST_CASE("a failed workflow step leaves no audit entry", "[storage][versions][audit]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    const qsizetype before = AuditLog(*fixture.db).entries().value().size();
    CHECK_FALSE(store.approve(draft->id, fixture.manager));
    CHECK_FALSE(store.submit(draft->id, fixture.agent));
    CHECK(AuditLog(*fixture.db).entries().value().size() == before);
}
