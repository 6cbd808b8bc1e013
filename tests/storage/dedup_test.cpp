#include "storagefixture.h"

using namespace tenet;
using namespace tenet::storage;

namespace {

struct Counts
{
    qint64 sections, clauses, links, versionSections, fts;
};

Counts counts(const QSqlDatabase &db)
{
    return {test::countRows(db, QStringLiteral("section_blob")),
            test::countRows(db, QStringLiteral("clause_blob")),
            test::countRows(db, QStringLiteral("section_clause")),
            test::countRows(db, QStringLiteral("version_section")),
            test::scalar(db,
                         QStringLiteral("SELECT count(*) FROM clause_fts "
                                        "WHERE clause_fts MATCH 'agente OR personal OR "
                                        "darbuotojai OR nueva'"))};
}

} // namespace

TEST_CASE("two versions that share six sections add one section and one clause", "[storage][dedup][sqlite]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();
    const QSqlDatabase db = fixture.db->connection();
    const Counts before = counts(db);
    CHECK(before.sections == 7);
    CHECK(before.clauses == 14);
    CHECK(before.links == 14);
    CHECK(before.versionSections == 7);

    auto draft = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    CHECK(counts(db).sections == 7);
    CHECK(counts(db).versionSections == 14);

    domain::CodeContent content = test::sampleContent();
    content.sections[3].clauses[1].body = QStringLiteral("El agente escala el caso a tiempo.");
    REQUIRE(store.saveDraft(draft->id, content, draft->revision, fixture.author));
    fixture.publish(draft->id, false, QStringLiteral("Redacción"));

    const Counts after = counts(db);
    CHECK(after.sections == before.sections + 1);
    CHECK(after.clauses == before.clauses + 1);
    // The new section's clause list: one row per clause of that section.
    CHECK(after.links == before.links + 2);
    CHECK(after.versionSections == 14);
    CHECK(test::scalar(db,
                       QStringLiteral("SELECT count(DISTINCT section_blob_id) FROM "
                                      "version_section"))
          == 8);
}

TEST_CASE("a draft saved again keeps nothing of what only its earlier save held",
          "[storage][dedup][sqlite]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();
    const QSqlDatabase db = fixture.db->connection();
    const Counts published = counts(db);

    auto draft = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    domain::CodeContent content = test::sampleContent();
    int revision = draft->revision;
    for (int i = 0; i < 5; ++i) {
        content.sections[0].clauses[0].body = QStringLiteral("Redacción número %1.").arg(i);
        auto saved = store.saveDraft(draft->id, content, revision, fixture.author);
        REQUIRE(saved);
        revision = saved->revision;
    }
    const Counts afterSaves = counts(db);
    CHECK(afterSaves.sections == published.sections + 1);
    CHECK(afterSaves.clauses == published.clauses + 1);
    CHECK(afterSaves.links == published.links + 2);
    // The index forgot the discarded wordings too.
    CHECK(test::scalar(db,
                       QStringLiteral("SELECT count(*) FROM clause_fts WHERE clause_fts "
                                      "MATCH 'redaccion'"))
          == 1);

    // Back to the published wording: the draft's own content goes, the shared content stays.
    REQUIRE(store.saveDraft(draft->id, test::sampleContent(), revision, fixture.author));
    const Counts restored = counts(db);
    CHECK(restored.sections == published.sections);
    CHECK(restored.clauses == published.clauses);
    CHECK(restored.links == published.links);
    CHECK(restored.fts == published.fts);
}

TEST_CASE("saving a draft unchanged writes no content", "[storage][dedup]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    const QSqlDatabase db = fixture.db->connection();
    const qint64 sections = test::countRows(db, QStringLiteral("section_blob"));
    const qint64 links = test::countRows(db, QStringLiteral("section_clause"));
    auto saved = store.saveDraft(draft->id, test::sampleContent(), 0, fixture.author);
    REQUIRE(saved);
    CHECK(saved->revision == 1);
    CHECK(test::countRows(db, QStringLiteral("section_blob")) == sections);
    CHECK(test::countRows(db, QStringLiteral("section_clause")) == links);
}

TEST_CASE("the same clause in two codes is stored once", "[storage][dedup]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 first = fixture.createCode();
    const qint64 second = fixture.createCode();
    REQUIRE(store.createDraft(first, test::sampleContent(), fixture.author));
    REQUIRE(store.createDraft(second, test::sampleContent(), fixture.author));
    const QSqlDatabase db = fixture.db->connection();
    CHECK(test::countRows(db, QStringLiteral("section_blob")) == 7);
    CHECK(test::countRows(db, QStringLiteral("clause_blob")) == 14);
    CHECK(test::countRows(db, QStringLiteral("version_section")) == 14);
}
