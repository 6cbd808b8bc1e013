#include "storagefixture.h"

#include "storage/acknowledgementstore.h"
#include "storage/dashboardstore.h"
#include "storage/kpistore.h"
#include "storage/sectionreviewstore.h"

using namespace tenet;
using namespace tenet::storage;

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
    REQUIRE(acks.sign(request, fixture.script));
    domain::StaffMember left;
    left.employeeNo = u"A009"_s;
    left.fullName = u"Gone Away"_s;
    left.active = false;
    REQUIRE(StaffStore(*fixture.db).add(left, QString(), fixture.script));
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
