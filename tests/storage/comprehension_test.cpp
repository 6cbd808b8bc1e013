#include "storagefixture.h"

#include "storage/acknowledgementstore.h"
#include "storage/checkattemptstore.h"
#include "storage/integrity.h"
#include "storage/readingprogressstore.h"

using namespace tenet;
using namespace tenet::storage;
using domain::ErrorKind;

namespace {

domain::ComprehensionCheck twoQuestions()
{
    using domain::CheckChoice;
    return {100,
            {{u"q-privacy"_s,
              u"¿Puede dar datos de un cliente por teléfono sin verificar su identidad?"_s,
              {CheckChoice {u"Sí"_s, false}, CheckChoice {u"No"_s, true}}},
             {u"q-escalate"_s,
              u"Kada perduodate skundą vadovui?"_s,
              {CheckChoice {u"Po 24 valandų"_s, true}, CheckChoice {u"Niekada"_s, false},
               CheckChoice {u"Po savaitės"_s, false}}}}};
}

// A code whose version 1, in force, asks two questions.
struct CheckFixture : test::StorageFixture
{
    qint64 codeId = createCode();
    domain::VersionInfo first = publishWithCheck();

    domain::VersionInfo publishWithCheck()
    {
        domain::CodeContent content = test::sampleContent();
        content.check = twoQuestions();
        auto draft = versions().createDraft(codeId, content, author);
        REQUIRE(draft);
        return publish(draft->id);
    }

    SignRequest signRequest(const QString &no) const
    {
        SignRequest r;
        r.employeeNo = no;
        r.versionId = first.id;
        r.typedName = u"Persona "_s + no;
        // Entered by a manager: the PIN and opened sections are tested elsewhere.
        r.paperRecord = u"Signed on paper"_s;
        return r;
    }
};

const QHash<QString, int> allRight {{u"q-privacy"_s, 1}, {u"q-escalate"_s, 0}};
const QHash<QString, int> oneWrong {{u"q-privacy"_s, 0}, {u"q-escalate"_s, 0}};

} // namespace

TEST_CASE("a version keeps its comprehension check through drafts, publication and the next draft",
          "[storage][comprehension]")
{
    CheckFixture fixture;
    auto loaded = fixture.versions().load(fixture.first.id);
    REQUIRE(loaded);
    CHECK(loaded->content.check == twoQuestions());

    auto next = fixture.versions().startDraftFromInForce(fixture.codeId, fixture.author);
    REQUIRE(next);
    auto draft = fixture.versions().load(next->id);
    REQUIRE(draft);
    CHECK(draft->content.check == twoQuestions());

    // Dropping the questions from the draft leaves the published version's alone.
    domain::CodeContent without = draft->content;
    without.check = {};
    REQUIRE(fixture.versions().saveDraft(next->id, without, next->revision, fixture.author));
    CHECK(fixture.versions().load(next->id)->content.check.isEmpty());
    CHECK(fixture.versions().load(fixture.first.id)->content.check == twoQuestions());
}

TEST_CASE("a published version's questions cannot be changed, even with SQL",
          "[storage][comprehension]")
{
    CheckFixture fixture;
    const QString error = test::runSql(fixture.db->connection(),
                                       u"UPDATE version_check SET body = '{}'"_s);
    CHECK(error.contains(u"only a draft can be changed"_s));
    CHECK(test::runSql(fixture.db->connection(), u"DELETE FROM version_check"_s)
              .contains(u"only a draft can be changed"_s));
}

TEST_CASE("an agent must pass the check before signing, and failed attempts are kept",
          "[storage][comprehension]")
{
    CheckFixture fixture;
    AcknowledgementStore acks(*fixture.db);
    CheckAttemptStore attempts(*fixture.db);

    auto refused = acks.sign(fixture.signRequest(u"A001"_s), fixture.manager);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(refused.error().message.contains(u"its comprehension check (2 questions, pass mark 100%), and A001 has not passed it yet"_s));

    auto failed = attempts.record(u"A001"_s, fixture.first.id, oneWrong, fixture.agent);
    REQUIRE(failed);
    CHECK(failed->score.correct == 1);
    CHECK(failed->score.percent == 50);
    CHECK_FALSE(failed->score.passed);
    CHECK_FALSE(acks.sign(fixture.signRequest(u"A001"_s), fixture.manager));

    auto passed = attempts.record(u"A001"_s, fixture.first.id, allRight, fixture.agent);
    REQUIRE(passed);
    CHECK(passed->score.passed);
    auto ack = acks.sign(fixture.signRequest(u"A001"_s), fixture.manager);
    REQUIRE(ack);
    CHECK(ack->quizScore == 100);

    const QList<CheckAttempt> kept = attempts.attempts(fixture.first.id, u"A001"_s).value();
    REQUIRE(kept.size() == 2);
    CHECK_FALSE(kept[0].score.passed);
    CHECK(kept[0].answers == oneWrong);
    CHECK(kept[1].score.passed);
    // Someone else's pass does not count for A001's colleague.
    CHECK_FALSE(acks.sign(fixture.signRequest(u"S001"_s), fixture.manager));

    // Attempts are a record.
    CHECK(test::runSql(fixture.db->connection(), u"DELETE FROM check_attempt"_s)
              .contains(u"cannot be deleted"_s));
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK(report->ok());
}

TEST_CASE("a score brought from paper must reach the pass mark", "[storage][comprehension]")
{
    CheckFixture fixture;
    AcknowledgementStore acks(*fixture.db);
    SignRequest low = fixture.signRequest(u"A001"_s);
    low.quizScore = 90;
    auto refused = acks.sign(low, fixture.manager);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(u"does not reach version 1's pass mark of 100%"_s));
    SignRequest enough = fixture.signRequest(u"A001"_s);
    enough.quizScore = 100;
    CHECK(acks.sign(enough, fixture.manager));
}

TEST_CASE("attempts are only taken at a version in force that asks questions",
          "[storage][comprehension]")
{
    test::StorageFixture fixture;
    domain::VersionInfo plain;
    fixture.publishedCode(&plain);
    CheckAttemptStore attempts(*fixture.db);
    auto none = attempts.record(u"A001"_s, plain.id, allRight, fixture.agent);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(u"asks no comprehension questions"_s));

    CheckFixture withCheck;
    auto next = withCheck.versions().startDraftFromInForce(withCheck.codeId, withCheck.author);
    REQUIRE(next);
    auto draft = CheckAttemptStore(*withCheck.db).record(u"A001"_s, next->id, allRight,
                                                         withCheck.agent);
    REQUIRE_FALSE(draft);
    CHECK(draft.error().kind == ErrorKind::Refused);
}

TEST_CASE("a stored check changed behind Tenet's back is reported by verify",
          "[storage][comprehension]")
{
    CheckFixture fixture;
    const QSqlDatabase db = fixture.db->connection();
    test::dropTrigger(db, u"version_check_update_draft"_s);
    REQUIRE(test::runSql(db, u"UPDATE version_check SET body = replace(body, '100', '10')"_s)
                .isEmpty());
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->problems().join(u"\n"_s).contains(
        u"the comprehension check of version 1 of \"Código de conducta\" no longer matches"_s));
}

TEST_CASE("the sections a reader opened are remembered per person and version",
          "[storage][comprehension]")
{
    CheckFixture fixture;
    ReadingProgressStore progress(*fixture.db);
    CHECK(progress.opened(fixture.first.id, u"A001"_s).value().isEmpty());
    REQUIRE(progress.markOpened(fixture.first.id, u"A001"_s, domain::SectionKey::Ethics));
    REQUIRE(progress.markOpened(fixture.first.id, u"A001"_s, domain::SectionKey::Metrics));
    REQUIRE(progress.markOpened(fixture.first.id, u"A001"_s, domain::SectionKey::Ethics));
    CHECK(progress.opened(fixture.first.id, u"A001"_s).value()
          == QSet<domain::SectionKey> {domain::SectionKey::Ethics, domain::SectionKey::Metrics});
    CHECK(progress.opened(fixture.first.id, u"S001"_s).value().isEmpty());
}
