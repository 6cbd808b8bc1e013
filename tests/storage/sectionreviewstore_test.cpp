#include "storagefixture.h"

#include "storage/auditlog.h"
#include "storage/sectionreviewstore.h"

using namespace tenet;
using namespace tenet::storage;
using domain::ErrorKind;
using domain::ReviewOutcome;
using domain::SectionKey;

TEST_CASE("the first publication counts as a review of every section", "[storage][review]")
{
    test::StorageFixture fixture;
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    const QList<domain::SectionReview> reviews
        = SectionReviewStore(*fixture.db).list(codeId).value();
    REQUIRE(reviews.size() == 7);
    for (const domain::SectionReview &review : reviews) {
        CHECK(review.versionNumber == 1);
        CHECK(review.reviewer == u"M002"_s);
        CHECK(review.outcome == ReviewOutcome::Revised);
        CHECK(review.reviewedAt == first.publishedAt);
        CHECK(review.note == u"published in version 1"_s);
    }
}

TEST_CASE("publishing a version counts as a review of the sections it changed, and only those",
          "[storage][review]")
{
    test::StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    VersionStore versions = fixture.versions();
    auto draft = versions.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    auto loaded = versions.load(draft->id);
    REQUIRE(loaded);
    domain::CodeContent content = loaded->content;
    content.section(SectionKey::Complaints)->clauses[0].body = u"Nuevo texto."_s;
    content.section(SectionKey::Metrics)->reviewIntervalDays = 30;
    REQUIRE(versions.saveDraft(draft->id, content, draft->revision, fixture.author));
    const domain::VersionInfo second = fixture.publish(draft->id, true, u"Quejas"_s);

    SectionReviewStore store(*fixture.db);
    const QList<domain::SectionReview> reviews = store.list(codeId).value();
    REQUIRE(reviews.size() == 9);
    CHECK(reviews[7].section == SectionKey::Complaints);
    CHECK(reviews[8].section == SectionKey::Metrics);
    CHECK(reviews[8].versionNumber == 2);
    CHECK(reviews[8].reviewedAt == second.publishedAt);

    // A version published without changes reviews nothing.
    draft = versions.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    fixture.publish(draft->id, false, u"Sin cambios"_s);
    CHECK(store.list(codeId).value().size() == 9);
    const QList<domain::SectionReview> latest = store.latestPerSection(codeId).value();
    REQUIRE(latest.size() == 7);
    CHECK(latest[0].section == SectionKey::Ethics);
    CHECK(latest[0].versionNumber == 1);
    CHECK(latest[4].section == SectionKey::Complaints);
    CHECK(latest[4].versionNumber == 2);
}

TEST_CASE("a supervisor records a review of a section with a note", "[storage][review]")
{
    test::StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    SectionReviewStore store(*fixture.db);
    auto review = store.record(codeId, SectionKey::Training, ReviewOutcome::Unchanged,
                               u"  Sigue vigente. "_s, fixture.author);
    REQUIRE(review);
    CHECK(review->id > 0);
    CHECK(review->reviewer == u"S001"_s);
    CHECK(review->versionNumber == 1);
    CHECK(review->note == u"Sigue vigente."_s);
    CHECK(store.list(codeId, SectionKey::Training).value().last() == *review);
    CHECK(store.latestPerSection(codeId).value()[5] == *review);
    const AuditEntry entry = AuditLog(*fixture.db).entries().value().last();
    CHECK(entry.action == u"section.review"_s);
    CHECK(entry.subject == u"code:%1/section:training"_s.arg(codeId));
}

TEST_CASE("agents, unnamed users and codes with nothing in force get no review",
          "[storage][review]")
{
    test::StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    SectionReviewStore store(*fixture.db);
    auto byAgent
        = store.record(codeId, SectionKey::Ethics, ReviewOutcome::Unchanged, {}, fixture.agent);
    REQUIRE_FALSE(byAgent);
    CHECK(byAgent.error().kind == ErrorKind::Refused);
    CHECK(byAgent.error().message.contains(u"A001 is an agent"_s));
    auto byScript
        = store.record(codeId, SectionKey::Ethics, ReviewOutcome::Unchanged, {}, fixture.script);
    REQUIRE_FALSE(byScript);
    CHECK(byScript.error().kind == ErrorKind::Refused);

    const qint64 unpublished = fixture.createCode();
    auto nothing = store.record(unpublished, SectionKey::Ethics, ReviewOutcome::Revised, {},
                                fixture.manager);
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().kind == ErrorKind::Refused);
    CHECK(nothing.error().message.contains(u"no version in force"_s));
    CHECK(store.list(unpublished).value().isEmpty());
}

TEST_CASE("raw SQL cannot change or delete a section review", "[storage][review][frozen]")
{
    test::StorageFixture fixture;
    fixture.publishedCode();
    const QSqlDatabase db = fixture.db->connection();
    CHECK(test::runSql(db, u"UPDATE section_review SET outcome = 'unchanged'"_s)
              .contains(u"cannot be changed"_s));
    CHECK(test::runSql(db, u"DELETE FROM section_review"_s).contains(u"cannot be deleted"_s));
}
