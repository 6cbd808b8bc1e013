#include "app/dashboard/dashboardfilterproxy.h"
#include "app/dashboard/dashboardroles.h"
#include "app/dashboard/kpistatusmodel.h"
#include "app/dashboard/sectionduemodel.h"
#include "app/dashboard/staffduemodel.h"

#include "dashboardfixture.h"

#include "storage/dashboardstore.h"

#include <QAbstractItemModelTester>

using namespace tenet;
using namespace tenet::app;
using namespace tenet::domain;

namespace {

Dashboard computed(test::DashboardFixture &fixture, int daysAfterPublication = 30)
{
    auto dashboard = storage::DashboardStore(*fixture.session.database())
                         .compute(fixture.codeId, fixture.published.addDays(daysAfterPublication));
    REQUIRE(dashboard.ok());
    return dashboard.value();
}

} // namespace

TEST_CASE("the dashboard's list models pass the model tester", "[app][dashboard]")
{
    test::DashboardFixture fixture;
    const Dashboard dashboard = computed(fixture);
    REQUIRE(dashboard.unacknowledged.size() >= 3);
    REQUIRE(dashboard.sections.size() == 7);
    REQUIRE_FALSE(dashboard.kpis.isEmpty());

    StaffDueModel people;
    SectionDueModel sections;
    KpiStatusModel kpis;
    DashboardFilterProxy proxy;
    proxy.setSourceModel(&people);
    QAbstractItemModelTester peopleTester(&people,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester sectionsTester(&sections,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester kpisTester(&kpis,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    people.setPeople(dashboard.unacknowledged);
    sections.setSections(dashboard.sections);
    kpis.setKpis(dashboard.kpis);
    proxy.sort(StaffDueModel::Name);
    proxy.setTeam(u"Madrid Chat"_s);
    proxy.setSite(u"Madrid"_s);
    proxy.setTeam({});
    people.setPeople({});
    CHECK(people.rowCount() == 0);
    CHECK(sections.rowCount() == 7);
    CHECK(kpis.rowCount() == dashboard.kpis.size());
}

TEST_CASE("the filter proxy keeps one team's and one site's rows", "[app][dashboard]")
{
    test::DashboardFixture fixture;
    const Dashboard dashboard = computed(fixture);
    StaffDueModel people;
    people.setPeople(dashboard.unacknowledged);
    DashboardFilterProxy proxy;
    proxy.setSourceModel(&people);
    const int all = proxy.rowCount();
    proxy.setTeam(u"Madrid Chat"_s);
    CHECK(proxy.rowCount() == 2); // B002 and B003; B001 signed
    for (int row = 0; row < proxy.rowCount(); ++row)
        CHECK(proxy.index(row, StaffDueModel::Team).data().toString() == u"Madrid Chat"_s);
    proxy.setTeam({});
    proxy.setSite(u"Nowhere"_s);
    CHECK(proxy.rowCount() == 0);
    proxy.setSite({});
    CHECK(proxy.rowCount() == all);

    // Sections have no team: a team filter leaves them all.
    SectionDueModel sections;
    sections.setSections(dashboard.sections);
    DashboardFilterProxy sectionProxy;
    sectionProxy.setSourceModel(&sections);
    sectionProxy.setTeam(u"Madrid Chat"_s);
    CHECK(sectionProxy.rowCount() == 7);
}

TEST_CASE("the dashboard lists sort by value, not by text", "[app][dashboard]")
{
    test::DashboardFixture fixture;
    const Dashboard dashboard = computed(fixture);
    SectionDueModel sections;
    sections.setSections(dashboard.sections);
    DashboardFilterProxy proxy;
    proxy.setSourceModel(&sections);
    proxy.sort(SectionDueModel::Section, Qt::DescendingOrder);
    CHECK(proxy.index(0, SectionDueModel::Section).data().toString().startsWith(u"7. "_s));
    proxy.sort(SectionDueModel::Section, Qt::AscendingOrder);
    CHECK(proxy.index(0, SectionDueModel::Section).data().toString().startsWith(u"1. "_s));
    CHECK(proxy.index(0, 0).data(DashboardKeyRole).toString() == u"ethics"_s);
}
