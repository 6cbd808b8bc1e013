// A database whose audit log a Tenet from before issue 11 wrote: its entries lack the fields
// verify's comparisons use. verify compares what the log holds, and says which comparisons
// the old entries could not support rather than failing them.

#include "tampersupport.h"

#include "storage/acknowledgementstore.h"
#include "storage/integrity.h"
#include "storage/rosterstore.h"
#include "storage/sectionreviewstore.h"

using namespace tenet;
using namespace tenet::storage;

namespace {

// Two publications, a PIN, a roster import that changed a role, a signature and a review,
// all logged the old way.
struct OldLogFixture : test::StorageFixture
{
    qint64 codeId = 0;
    domain::VersionInfo v1, v2;

    OldLogFixture()
    {
        codeId = publishedCode(&v1);
        VersionStore store = versions();
        auto draft = store.startDraftFromInForce(codeId, author);
        REQUIRE(draft);
        domain::CodeContent content = store.load(draft->id)->content;
        content.section(domain::SectionKey::Behaviour)->purpose = u"Otro propósito."_s;
        REQUIRE(store.saveDraft(draft->id, content, 0, author));
        v2 = publish(draft->id, true, u"Nuevo propósito"_s);

        REQUIRE(StaffStore(*db).setSecret(u"A001"_s, u"2468"_s, manager));
        domain::StaffMember quality = StaffStore(*db).find(u"S001"_s).value();
        quality.role = domain::Role::Quality;
        REQUIRE(RosterStore(*db).apply({quality}, false, manager));
        SignRequest request;
        request.employeeNo = u"A001"_s;
        request.versionId = v2.id;
        request.typedName = u"Persona A001"_s;
        request.paperRecord = u"Signed on paper"_s;
        REQUIRE(AcknowledgementStore(*db).sign(request, manager));
        REQUIRE(SectionReviewStore(*db).record(codeId, domain::SectionKey::Ethics,
                                               domain::ReviewOutcome::Unchanged, {}, manager));
        test::asWrittenByOlderTenet(db->connection());
    }

    IntegrityReport verify()
    {
        auto report = verifyDatabase(*db);
        REQUIRE(report);
        return *report;
    }
};

} // namespace

TEST_CASE("an audit log an older Tenet wrote verifies, with a note for each comparison it "
          "cannot support",
          "[storage][tamper][oldlog][sqlite]")
{
    OldLogFixture fixture;
    const IntegrityReport report = fixture.verify();
    INFO(report.problems().join(u"\n"_s).toStdString());
    CHECK(report.ok());
    const QString notes = report.notes.join(u'\n');
    INFO(notes.toStdString());
    CHECK(report.notes.size() == 6);
    CHECK(notes.contains(u"1 signature could be compared with the audit log only by signer, "
                         "version, paper record and quiz score"_s));
    CHECK(notes.contains(u"the content of 2 versions could not be compared with the audit log"_s));
    CHECK(notes.contains(u"1 section review could be compared with the audit log only by "
                         "section, version, reviewer, outcome and note, not by time"_s));
    CHECK(notes.contains(u"the role and active flag of 1 staff member could not be compared"_s));
    CHECK(notes.contains(u"the PIN hash of 1 staff member could be compared with the audit log "
                         "only as present or absent"_s));
    // Published, as schema 2 did, without a stored handbook.
    CHECK(notes.contains(u"2 versions were published without a stored handbook"_s));
}

TEST_CASE("on an audit log an older Tenet wrote, what the old entries hold still catches "
          "forgeries",
          "[storage][tamper][oldlog][sqlite]")
{
    OldLogFixture fixture;
    const test::Attacker attacker(fixture.db->connection());
    QString expected;
    SECTION("a PIN hash copied")
    {
        attacker.run({u"UPDATE staff SET secret_hash = (SELECT secret_hash FROM staff "
                      "WHERE employee_no = 'A001') WHERE employee_no = 'M002'"_s});
        expected = u"staff members A001 and M002 have the same PIN hash"_s;
    }
    SECTION("a version set back to draft")
    {
        attacker.run({u"UPDATE version SET state = 'draft' WHERE id = %1"_s.arg(fixture.v2.id)});
        expected = u"version 2 of \"Código de conducta\": its state is draft"_s;
    }
    SECTION("the review a publication stands for deleted")
    {
        attacker.run({u"DELETE FROM section_review WHERE version_number = 2 "
                      "AND section_key = 'behaviour'"_s});
        expected = u"records a review of section behaviour of version 2 by M002 that "
                   "section_review no longer holds"_s;
    }
    SECTION("a recorded review deleted")
    {
        attacker.run({u"DELETE FROM section_review WHERE reviewer = 'M001'"_s});
        expected = u"records a review of section ethics of version 2 by M001 that "
                   "section_review no longer holds"_s;
    }
    SECTION("a forged signature appended")
    {
        attacker.run({u"INSERT INTO acknowledgement (seq, code_id, version_id, version_number, "
                      "employee_no, printed_name, typed_name, signed_at, meaning, prev_hash, "
                      "hash) SELECT 2, code_id, version_id, version_number, 'M002', "
                      "'Persona M002', 'Persona M002', signed_at, meaning, x'', x'' "
                      "FROM acknowledgement WHERE seq = 1"_s});
        attacker.rechainLedger();
        attacker.rebuildLatest();
        expected = u"acknowledgement row 2: no audit log entry records this signature"_s;
    }
    attacker.done();
    const IntegrityReport report = fixture.verify();
    const QString problems = report.problems().join(u'\n');
    INFO(problems.toStdString());
    CHECK_FALSE(report.ok());
    CHECK(problems.contains(expected));
}
