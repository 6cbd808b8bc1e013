#include "storagefixture.h"

#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/kpistore.h"
#include "storage/rosterstore.h"
#include "storage/sectionreviewstore.h"

using namespace tenet;
using namespace tenet::storage;
using namespace Qt::StringLiterals;

TEST_CASE("the dashboard is computed from what the database holds", "[storage][dashboard]")
{
    test::StorageFixture fixture;
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    AcknowledgementStore acks(*fixture.db);
    SignRequest request;
    request.employeeNo = u"A001"_s;
    request.versionId = first.id;
    request.typedName = u"Persona A001"_s;
    request.paperRecord = u"Signed on paper"_s;
    REQUIRE(acks.sign(request, fixture.manager));
    domain::StaffMember left;
    left.employeeNo = u"A009"_s;
    left.fullName = u"Gone Away"_s;
    left.active = false;
    REQUIRE(StaffStore(*fixture.db).add(left, QString(), fixture.manager));
    REQUIRE(KpiStore(*fixture.db)
                .importObservations(codeId,
                                    {{u"asa"_s, {}, QDate(2026, 5, 1), QDate(2026, 5, 31), 35, {}}},
                                    fixture.manager));

    auto input = DashboardStore(*fixture.db).load(codeId);
    REQUIRE(input);
    CHECK(input->code.id == codeId);
    REQUIRE(input->publications.size() == 1);
    CHECK(input->publications[0].number == 1);
    CHECK(input->publications[0].publishedOn == first.publishedAt.date());
    CHECK(input->sections.size() == 7);
    CHECK(input->reviews.size() == 7);
    CHECK(input->staff.size() == 5);
    REQUIRE(input->signatures.size() == 1);
    CHECK(input->signatures[0].employeeNo == u"A001"_s);
    CHECK(input->signatures[0].versionNumber == 1);
    CHECK(input->observations.size() == 1);

    const QDate published = first.publishedAt.date();
    auto dashboard = DashboardStore(*fixture.db).compute(codeId, published.addDays(20));
    REQUIRE(dashboard);
    CHECK(dashboard->required == 4);
    CHECK(dashboard->signedCount == 1);
    CHECK(dashboard->unacknowledged.size() == 3);
    CHECK(dashboard->overdueCount() == 3);
    CHECK(dashboard->unacknowledged[0].daysOverdue == 6);
    CHECK(dashboard->staleCount() == 0);
    CHECK(dashboard->kpisBreached() == 1);

    // A year on, every section (reviewed at publication, every 365 days) is stale.
    auto later = DashboardStore(*fixture.db).compute(codeId, published.addDays(366));
    REQUIRE(later);
    CHECK(later->staleCount() == 7);
    // The rules see the latest review of each section.
    auto review = SectionReviewStore(*fixture.db)
                      .record(codeId, domain::SectionKey::Ethics, domain::ReviewOutcome::Unchanged,
                              {}, fixture.author);
    REQUIRE(review);
    auto reloaded = DashboardStore(*fixture.db).load(codeId);
    REQUIRE(reloaded);
    REQUIRE(reloaded->reviews.size() == 7);
    CHECK(reloaded->reviews[0] == *review);
}

TEST_CASE("the dashboard of a code with nothing in force is empty", "[storage][dashboard]")
{
    test::StorageFixture fixture;
    const qint64 codeId = fixture.createCode();
    auto dashboard = DashboardStore(*fixture.db).compute(codeId, QDate(2026, 5, 1));
    REQUIRE(dashboard);
    CHECK_FALSE(dashboard->inForce);
    CHECK(dashboard->required == 0);
    CHECK(DashboardStore(*fixture.db).compute(codeId + 1, QDate(2026, 5, 1)).error().kind
          == domain::ErrorKind::NotFound);
}

TEST_CASE("the dashboard reads every person as the roster holds them, each with their latest "
          "signature",
          "[storage][dashboard]")
{
    test::StorageFixture fixture;
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    // Employee numbers in SQLite's byte order: upper case before lower case, then accents.
    // Teams of the same length that end alike, and people without a start date or e-mail.
    const auto person = [](const QString &no, const QString &team, const QDate &start) {
        domain::StaffMember m;
        m.employeeNo = no;
        m.fullName = u"Persona "_s + no;
        m.email = start.isValid() ? no.toLower() + u"@example.com"_s : QString();
        m.team = team;
        m.site = u"Sitio Norte"_s;
        m.language = u"lt"_s;
        m.startDate = start;
        return m;
    };
    const QList<domain::StaffMember> added = {
        person(u"B200"_s, u"Team 07"_s, QDate(2024, 2, 29)), person(u"I300"_s, u"Tiam 07"_s, {}),
        person(u"a010"_s, u"Team 07"_s, {}), person(u"Ž100"_s, u"Équipe 1"_s, QDate(2020, 1, 1))};
    StaffStore staff(*fixture.db);
    for (const domain::StaffMember &m : added)
        REQUIRE(staff.add(m, QString(), fixture.manager));

    AcknowledgementStore acks(*fixture.db);
    const auto sign = [&](const QString &no, qint64 versionId) {
        SignRequest request;
        request.employeeNo = no;
        request.versionId = versionId;
        request.typedName = u"Persona "_s + no;
        request.paperRecord = u"Signed on paper"_s;
        auto signature = acks.sign(request, fixture.manager);
        REQUIRE(signature);
        return *signature;
    };
    sign(u"A001"_s, first.id);
    sign(u"a010"_s, first.id);
    sign(u"Ž100"_s, first.id);
    const domain::Acknowledgement leaver = sign(u"I300"_s, first.id);
    auto draft = fixture.versions().startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    const domain::VersionInfo second = fixture.publish(draft->id, true, u"Segunda"_s);
    // a010 signed twice: only the later signature, of version 2, is read.
    const domain::Acknowledgement again = sign(u"a010"_s, second.id);
    // I300 signed, then left.
    domain::StaffMember gone = added[1];
    gone.active = false;
    REQUIRE(RosterStore(*fixture.db).apply({gone}, false, fixture.manager));

    auto input = DashboardStore(*fixture.db).load(codeId);
    REQUIRE(input);
    // The same people, fields and order as the roster's own reading.
    CHECK(input->staff == staff.list().value());
    CHECK(input->staff.size() == 8);
    REQUIRE(input->signatures.size() == 4);
    CHECK(input->signatures[0].employeeNo == u"A001"_s);
    CHECK(input->signatures[0].versionNumber == 1);
    CHECK(input->signatures[1] == domain::Signature {u"I300"_s, 1, leaver.signedAt});
    CHECK(input->signatures[2] == domain::Signature {u"a010"_s, 2, again.signedAt});
    CHECK(input->signatures[3].employeeNo == u"Ž100"_s);

    // The signed share chart reads every signature from a version on, not just the latest.
    auto fromSecond = DashboardStore(*fixture.db).signaturesFrom(codeId, 2);
    REQUIRE(fromSecond);
    CHECK(*fromSecond == QList<domain::Signature> {{u"a010"_s, 2, again.signedAt}});
    auto fromFirst = DashboardStore(*fixture.db).signaturesFrom(codeId, 1);
    REQUIRE(fromFirst);
    CHECK(fromFirst->size() == 5);
    CHECK(std::count_if(fromFirst->cbegin(), fromFirst->cend(),
                        [](const domain::Signature &s) { return s.employeeNo == u"a010"_s; })
          == 2);

    // Version 2 is material: only a010 has signed it; I300 has left and is not counted.
    auto dashboard = DashboardStore(*fixture.db).compute(codeId, second.publishedAt.date());
    REQUIRE(dashboard);
    CHECK(dashboard->required == 7);
    CHECK(dashboard->signedCount == 1);
    const auto unsignedNo = [&](const QString &no) {
        return std::any_of(
            dashboard->unacknowledged.cbegin(), dashboard->unacknowledged.cend(),
            [&](const domain::StaffDue &due) { return due.member.employeeNo == no; });
    };
    CHECK_FALSE(unsignedNo(u"a010"_s));
    CHECK_FALSE(unsignedNo(u"I300"_s));
    CHECK(unsignedNo(u"Ž100"_s));
}
