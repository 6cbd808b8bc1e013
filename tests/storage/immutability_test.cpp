#include "storagefixture.h"

#include "storage/sqlquery.h"

using namespace tenet;
using namespace tenet::storage;

namespace {

// Ids of stored content that version 1, published, holds.
struct PublishedRows
{
    qint64 versionId, sectionBlobId, clauseBlobId;
};

PublishedRows publishedRows(test::StorageFixture &fixture)
{
    domain::VersionInfo first;
    fixture.publishedCode(&first);
    const QSqlDatabase db = fixture.db->connection();
    const qint64 section = test::scalar(db,
                                        QStringLiteral("SELECT section_blob_id FROM "
                                                       "version_section WHERE version_id = %1 "
                                                       "AND section_key = 'ethics'")
                                            .arg(first.id));
    const qint64 clause = test::scalar(db,
                                       QStringLiteral("SELECT clause_blob_id FROM section_clause "
                                                      "WHERE section_blob_id = %1 AND position = 0")
                                           .arg(section));
    return {first.id, section, clause};
}

void requireRefused(const QSqlDatabase &db, const QString &sql, const char *expected)
{
    INFO(sql.toStdString());
    const QString error = test::runSql(db, sql);
    INFO(error.toStdString());
    CHECK(error.contains(QString::fromUtf8(expected)));
}

} // namespace

TEST_CASE("raw SQL cannot change or delete a published version's content", "[storage][frozen]")
{
    test::StorageFixture fixture;
    const PublishedRows rows = publishedRows(fixture);
    const QString path = fixture.path;
    const QByteArray clauseBefore
        = fixture.versions().load(rows.versionId)->content.sections[0].clauses[0].body.toUtf8();

    // As someone with the sqlite3 program would: a plain connection, no foreign keys.
    test::RawConnection raw(path);
    const QSqlDatabase db = raw.db();
    requireRefused(db,
                   QStringLiteral("UPDATE clause_blob SET body = 'Otra cosa' WHERE id = %1")
                       .arg(rows.clauseBlobId),
                   "stored clause content is frozen");
    requireRefused(db,
                   QStringLiteral("DELETE FROM clause_blob WHERE id = %1").arg(rows.clauseBlobId),
                   "stored clause content is frozen");
    requireRefused(
        db,
        QStringLiteral("UPDATE section_blob SET meta = '{}' WHERE id = %1").arg(rows.sectionBlobId),
        "stored section content is frozen");
    requireRefused(db,
                   QStringLiteral("DELETE FROM section_blob WHERE id = %1").arg(rows.sectionBlobId),
                   "stored section content is frozen");
    requireRefused(db,
                   QStringLiteral("UPDATE section_clause SET clause_blob_id = clause_blob_id + 1 "
                                  "WHERE section_blob_id = %1")
                       .arg(rows.sectionBlobId),
                   "stored section content is frozen");
    requireRefused(db,
                   QStringLiteral("DELETE FROM section_clause WHERE section_blob_id = %1")
                       .arg(rows.sectionBlobId),
                   "stored section content is frozen");
    requireRefused(db,
                   QStringLiteral("INSERT INTO section_clause VALUES (%1, 99, %2)")
                       .arg(rows.sectionBlobId)
                       .arg(rows.clauseBlobId),
                   "stored section content is frozen");
    requireRefused(db,
                   QStringLiteral("UPDATE version_section SET section_blob_id = section_blob_id "
                                  "WHERE version_id = %1")
                       .arg(rows.versionId),
                   "version content is frozen");
    requireRefused(
        db, QStringLiteral("DELETE FROM version_section WHERE version_id = %1").arg(rows.versionId),
        "version content is frozen");
    requireRefused(db,
                   QStringLiteral("INSERT INTO version_section VALUES (%1, 'es', 'extra', %2)")
                       .arg(rows.versionId)
                       .arg(rows.sectionBlobId),
                   "version content is frozen");
    requireRefused(
        db, QStringLiteral("UPDATE version SET summary = 'Otro' WHERE id = %1").arg(rows.versionId),
        "a published version is frozen");
    requireRefused(
        db, QStringLiteral("UPDATE version SET state = 'draft' WHERE id = %1").arg(rows.versionId),
        "a published version is frozen");
    requireRefused(db, QStringLiteral("DELETE FROM version WHERE id = %1").arg(rows.versionId),
                   "kept for ever");

    CHECK(fixture.versions().load(rows.versionId)->content.sections[0].clauses[0].body.toUtf8()
          == clauseBefore);
    CHECK(test::scalar(db,
                       QStringLiteral("SELECT count(*) FROM version_section WHERE version_id = %1")
                           .arg(rows.versionId))
          == 7);
}

TEST_CASE("a published version may only be superseded, with nothing else changed",
          "[storage][frozen]")
{
    test::StorageFixture fixture;
    const PublishedRows rows = publishedRows(fixture);
    test::RawConnection raw(fixture.path);
    const QSqlDatabase db = raw.db();
    REQUIRE(test::runSql(db, QStringLiteral("BEGIN")).isEmpty());
    requireRefused(db,
                   QStringLiteral("UPDATE version SET state = 'superseded', summary = 'x' "
                                  "WHERE id = %1")
                       .arg(rows.versionId),
                   "a published version is frozen");
    CHECK(test::runSql(db,
                       QStringLiteral("UPDATE version SET state = 'superseded' WHERE id = %1")
                           .arg(rows.versionId))
              .isEmpty());
    // Once superseded, even that is over.
    requireRefused(
        db,
        QStringLiteral("UPDATE version SET state = 'published' WHERE id = %1").arg(rows.versionId),
        "a published version is frozen");
    REQUIRE(test::runSql(db, QStringLiteral("ROLLBACK")).isEmpty());
}

TEST_CASE("raw SQL cannot change or delete an audit log row", "[storage][frozen][audit]")
{
    test::StorageFixture fixture;
    test::RawConnection raw(fixture.path);
    const QSqlDatabase db = raw.db();
    REQUIRE(test::countRows(db, QStringLiteral("audit_log")) > 0);
    requireRefused(db, QStringLiteral("UPDATE audit_log SET actor = 'nadie' WHERE seq = 1"),
                   "the audit log is append-only");
    requireRefused(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 1"),
                   "the audit log is append-only");
    requireRefused(db, QStringLiteral("DELETE FROM audit_log"), "the audit log is append-only");
    CHECK(test::scalar(db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE seq = 1 "
                                      "AND actor = 'M001'"))
          == 1);
}

TEST_CASE("a draft's content stays open to change while published content is frozen",
          "[storage][frozen]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();
    auto draft = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    test::RawConnection raw(fixture.path);
    // The draft's rows are not frozen: its sections can be dropped (the store itself replaces
    // them this way).
    CHECK(test::runSql(raw.db(),
                       QStringLiteral("DELETE FROM version_section WHERE version_id = %1 "
                                      "AND section_key = 'metrics'")
                           .arg(draft->id))
              .isEmpty());
    CHECK(store.load(draft->id)->content.sections.size() == 6);
}

TEST_CASE("the database allows only the workflow's state changes", "[storage][frozen]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.createCode();
    auto draft = store.createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    test::RawConnection raw(fixture.path);
    requireRefused(
        raw.db(),
        QStringLiteral("UPDATE version SET state = 'published' WHERE id = %1").arg(draft->id),
        "cannot move between these states");
    CHECK(store.info(draft->id)->state == domain::VersionState::Draft);
}

TEST_CASE("a guard's refusal reaches the caller as a refusal naming the file", "[storage][frozen]")
{
    test::StorageFixture fixture;
    SqlQuery query(fixture.db->connection(),
                   QStringLiteral("UPDATE audit_log SET actor = :actor WHERE seq = 1"));
    query.bind(QStringLiteral(":actor"), QStringLiteral("nadie"));
    const domain::Status status = query.exec();
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == domain::ErrorKind::Refused);
    CHECK(status.error().toString()
          == fixture.path + QStringLiteral(": the audit log is append-only: its rows cannot be changed"));
}
