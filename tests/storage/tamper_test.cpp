// One test for each forgery the audit of issue 11 found `verify` blind to. Each attacker
// recomputes every hash the tables they touched carry, so that each table checks on its
// own; only comparing the tables with the audit log, which records every change as it
// happens, finds them. An attacker who also rewrites the audit log's chain is beyond what
// the file alone can show (docs/integrity.md).

#include "tampersupport.h"

#include "storage/acknowledgementstore.h"
#include "storage/integrity.h"
#include "storage/sectionreviewstore.h"

using namespace tenet;
using namespace tenet::storage;
using test::Attacker;

namespace {

// Stands in for a rendered handbook: storage keeps bytes, whatever they are.
QByteArray handbookOf(int number)
{
    return u"%PDF-1.4\nhandbook of version %1\n%%EOF\n"_s.arg(number).toUtf8();
}

// Version 1 and version 2 of a code published with their handbooks (version 2 changed the
// behaviour section), M001 and A001 with PINs, A001, M001 and M002 signed version 2, and
// S001 reviewed the ethics section.
struct TamperFixture : test::StorageFixture
{
    qint64 codeId = createCode();
    domain::VersionInfo v1, v2;

    TamperFixture()
    {
        VersionStore store = versions();
        auto draft = store.createDraft(codeId, test::sampleContent(), author);
        REQUIRE(draft);
        v1 = publishWith(draft->id, u"Primera versión"_s);
        auto next = store.startDraftFromInForce(codeId, author);
        REQUIRE(next);
        domain::CodeContent content = store.load(next->id)->content;
        content.section(domain::SectionKey::Behaviour)->purpose = u"Otro propósito."_s;
        REQUIRE(store.saveDraft(next->id, content, 0, author));
        v2 = publishWith(next->id, u"Nuevo propósito"_s);

        REQUIRE(StaffStore(*db).setSecret(u"M001"_s, u"1357"_s, manager));
        REQUIRE(StaffStore(*db).setSecret(u"A001"_s, u"2468"_s, manager));
        for (const QString &no : {u"A001"_s, u"M001"_s, u"M002"_s})
            sign(no);
        REQUIRE(SectionReviewStore(*db).record(codeId, domain::SectionKey::Ethics,
                                               domain::ReviewOutcome::Unchanged, u"Sigue bien"_s,
                                               author));
    }

    domain::VersionInfo publishWith(qint64 versionId, const QString &summary)
    {
        VersionStore store = versions();
        REQUIRE(store.submit(versionId, author));
        REQUIRE(store.approve(versionId, otherManager));
        auto number = store.info(versionId);
        REQUIRE(number);
        auto published
            = store.publish(versionId, otherManager, true, summary, handbookOf(number->number));
        INFO((published ? std::string() : published.error().toString().toStdString()));
        REQUIRE(published);
        return *published;
    }

    void sign(const QString &no)
    {
        SignRequest request;
        request.employeeNo = no;
        request.versionId = v2.id;
        request.typedName = u"Persona "_s + no;
        request.paperRecord = u"Signed on paper"_s;
        auto ack = AcknowledgementStore(*db).sign(request, manager);
        INFO((ack ? std::string() : ack.error().toString().toStdString()));
        REQUIRE(ack);
    }

    Attacker attacker() const { return Attacker(db->connection()); }

    // What verify says now: every problem, one per line.
    QString problems()
    {
        auto report = verifyDatabase(*db);
        REQUIRE(report);
        CHECK(report->missingTriggers.isEmpty());
        return report->problems().join(u'\n');
    }
};

QString ledgerInsert(int seq, const QString &no, qint64 versionId, int number)
{
    return u"INSERT INTO acknowledgement (seq, code_id, version_id, version_number, employee_no, "
           "printed_name, typed_name, signed_at, meaning, quiz_score, prev_hash, hash) VALUES "
           "(%1, 1, %2, %3, '%4', 'Persona %4', 'Persona %4', '2026-01-05T09:00:00.000Z', "
           "'read and understood version %3', NULL, %5, %5)"_s.arg(seq)
               .arg(versionId)
               .arg(number)
               .arg(no)
               .arg(test::blobLiteral(QString()));
}

} // namespace

TEST_CASE("an untouched database with every kind of change verifies without a note",
          "[storage][tamper]")
{
    TamperFixture fixture;
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());
    CHECK(report->notes.isEmpty());
}

TEST_CASE("tamper 1a: a forged signature appended to the ledger with its hash recomputed",
          "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({ledgerInsert(4, u"S001"_s, fixture.v2.id, 2)});
    attacker.rechainLedger();
    attacker.rebuildLatest();
    attacker.done();
    CHECK(fixture.problems().contains(
        u"acknowledgement row 4: no audit log entry records this signature"_s));
}

TEST_CASE("tamper 1b: a forged signature inserted mid-ledger with every hash recomputed",
          "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"UPDATE acknowledgement SET seq = seq + 100 WHERE seq >= 2"_s,
                  u"UPDATE acknowledgement SET seq = seq - 99 WHERE seq > 100"_s,
                  ledgerInsert(2, u"S001"_s, fixture.v2.id, 2)});
    attacker.rechainLedger();
    attacker.rebuildLatest();
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.startsWith(u"acknowledgement row 2: does not match audit log row"_s));
    CHECK(problems.contains(u"acknowledgement row 4: no audit log entry records this signature"_s));
}

TEST_CASE("tamper 2: the last signature deleted and someone signing after it", "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"DELETE FROM acknowledgement WHERE seq = 3"_s});
    attacker.rebuildLatest();
    attacker.done();
    fixture.sign(u"S001"_s); // takes seq 3 again
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"records signature 3, which audit log row"_s));
    CHECK(problems.contains(u"a signature was deleted and its number reused"_s));
}

TEST_CASE("tamper 3: a version's sections repointed to another version's stored sections",
          "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"UPDATE version_section SET section_blob_id = (SELECT section_blob_id FROM "
                  "version_section WHERE version_id = %1 AND section_key = 'behaviour') "
                  "WHERE version_id = %2 AND section_key = 'behaviour'"_s.arg(fixture.v1.id)
                      .arg(fixture.v2.id)});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"version 2 of \"Código de conducta\": its content is not what the "
                            "audit log recorded"_s));
}

TEST_CASE("tamper 4a: a published handbook replaced together with its SHA-256", "[storage][tamper]")
{
    TamperFixture fixture;
    const QByteArray forged = "%PDF-1.4\nforged\n%%EOF\n";
    const Attacker attacker = fixture.attacker();
    attacker.run(u"UPDATE published_handbook SET pdf = ?, sha256 = ? WHERE version_id = ?"_s,
                 {forged, test::sha256(forged), fixture.v2.id});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"the handbook stored at the publication of version 2 of \"Código de "
                            "conducta\" is not the one the audit log recorded"_s));
}

TEST_CASE("tamper 4b: a published handbook deleted", "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"DELETE FROM published_handbook WHERE version_id = %1"_s.arg(fixture.v1.id)});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"version 1 of \"Código de conducta\": its handbook is missing"_s));
}

TEST_CASE("tamper 5a: a published version set back to draft", "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"UPDATE version SET state = 'draft' WHERE id = %1"_s.arg(fixture.v2.id)});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"version 2 of \"Código de conducta\": its state is draft, but the "
                            "audit log (row"_s));
}

TEST_CASE("tamper 5b: which version is in force swapped", "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"UPDATE version SET state = 'superseded' WHERE id = %1"_s.arg(fixture.v2.id),
                  u"UPDATE version SET state = 'published' WHERE id = %1"_s.arg(fixture.v1.id)});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"version 1 of \"Código de conducta\": its state is published, but "
                            "the audit log (row"_s));
    CHECK(problems.contains(u"version 2 of \"Código de conducta\": its state is superseded"_s));
}

TEST_CASE("tamper 5c: a version's approver and summary changed", "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"UPDATE version SET approved_by = 'M001', summary = 'Sin cambios' "
                  "WHERE id = %1"_s.arg(fixture.v2.id)});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"version 2 of \"Código de conducta\": its approver is M001, but "
                            "the audit log (row"_s));
    CHECK(problems.contains(u"version 2 of \"Código de conducta\": its summary is \"Sin "
                            "cambios\", but the audit log (row"_s));
}

TEST_CASE("tamper 6: section reviews deleted", "[storage][tamper]")
{
    SECTION("the review someone recorded")
    {
        TamperFixture fixture;
        const Attacker attacker = fixture.attacker();
        attacker.run({u"DELETE FROM section_review WHERE note = 'Sigue bien'"_s});
        attacker.done();
        const QString problems = fixture.problems();
        INFO(problems.toStdString());
        CHECK(problems.contains(u"records a review of section ethics of version 2 by S001 that "
                                "section_review no longer holds: reviews were deleted"_s));
    }
    SECTION("the review a publication stands for")
    {
        TamperFixture fixture;
        const Attacker attacker = fixture.attacker();
        attacker.run({u"DELETE FROM section_review WHERE version_number = 2 "
                      "AND section_key = 'behaviour'"_s});
        attacker.done();
        const QString problems = fixture.problems();
        INFO(problems.toStdString());
        CHECK(problems.contains(u"records a review of section behaviour of version 2 by M002 "
                                "that section_review no longer holds: reviews were deleted"_s));
    }
}

TEST_CASE("tamper 7: a PIN hash copied from one person to another", "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"UPDATE staff SET secret_hash = (SELECT secret_hash FROM staff "
                  "WHERE employee_no = 'M001') WHERE employee_no IN ('A001', 'S001')"_s});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"staff member A001: their PIN hash is not the one the audit log "
                            "(row"_s));
    CHECK(problems.contains(u"staff member S001: they have a PIN, but the audit log (row"_s));
    CHECK(problems.contains(u"staff members A001, M001 and S001 have the same PIN hash: it was "
                            "copied from one to another"_s));
}

TEST_CASE("tamper 7b: a role or an active flag changed behind the roster's back",
          "[storage][tamper]")
{
    TamperFixture fixture;
    const Attacker attacker = fixture.attacker();
    attacker.run({u"UPDATE staff SET role = 'manager' WHERE employee_no = 'A001'"_s,
                  u"UPDATE staff SET active = 0 WHERE employee_no = 'M002'"_s,
                  u"INSERT INTO staff (employee_no, full_name, role) VALUES ('X001', 'Nadie', "
                  "'manager')"_s});
    attacker.done();
    const QString problems = fixture.problems();
    INFO(problems.toStdString());
    CHECK(problems.contains(u"staff member A001: their role is manager, but the audit log (row"_s));
    CHECK(problems.contains(u"staff member M002: they are inactive, but the audit log (row"_s));
    CHECK(problems.contains(u"staff member X001: no audit log entry records adding them"_s));
}
