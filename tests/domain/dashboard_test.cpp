#include "domain/dashboard.h"
#include "support/tempdir.h"

#include <algorithm>

using namespace tenet::domain;

namespace {

const QDate published {2026, 3, 1};

StaffMember person(const QString &no, const QString &team = u"Phones"_s, Role role = Role::Agent)
{
    StaffMember member;
    member.employeeNo = no;
    member.fullName = u"Person "_s + no;
    member.team = team;
    member.role = role;
    member.startDate = QDate(2020, 1, 1);
    return member;
}

Section section(SectionKey key, std::optional<int> interval)
{
    Section s;
    s.key = key;
    s.title = defaultSectionTitle(key);
    s.owner = u"M001"_s;
    s.reviewIntervalDays = interval;
    return s;
}

Signature signature(const QString &no, int version, const QDate &on)
{
    return {no, version, QDateTime(on, QTime(10, 0), Qt::UTC)};
}

SectionReview review(SectionKey key, const QDate &on)
{
    SectionReview r;
    r.section = key;
    r.reviewedAt = QDateTime(on, QTime(9, 0), Qt::UTC);
    r.reviewer = u"S001"_s;
    return r;
}

// One material publication in force since 1 March 2026, grace 14 days.
DashboardInput oneVersion()
{
    DashboardInput input;
    input.code.title = u"Code"_s;
    input.publications = {{1, published, true}};
    input.sections = {section(SectionKey::Ethics, 30)};
    return input;
}

const StaffDue *findDue(const Dashboard &d, const QString &no)
{
    for (const StaffDue &due : d.unacknowledged) {
        if (due.member.employeeNo == no)
            return &due;
    }
    return nullptr;
}

Kpi kpi(const QString &key, KpiDirection direction, double target, double alert)
{
    Kpi k;
    k.key = key;
    k.name = key;
    k.direction = direction;
    k.target = target;
    k.alert = alert;
    return k;
}

KpiObservation observation(const QString &key, const QString &team, const QDate &end, double value)
{
    return {key, team, end.addDays(-6), end, value, QDateTime(end, QTime(0, 0), Qt::UTC)};
}

} // namespace

TEST_CASE("a section due exactly today is due soon, not stale", "[domain][dashboard]")
{
    const Section s = section(SectionKey::Ethics, 30);
    const QDate reviewed {2026, 4, 1};
    const SectionDue today = sectionDue(s, reviewed, published, reviewed.addDays(30));
    CHECK(today.due == QDate(2026, 5, 1));
    CHECK(today.state == ReviewState::DueSoon);
    CHECK(today.daysLeft == 0);
    CHECK(today.daysOverdue == 0);

    const SectionDue tomorrow = sectionDue(s, reviewed, published, reviewed.addDays(31));
    CHECK(tomorrow.state == ReviewState::Stale);
    CHECK(tomorrow.daysOverdue == 1);
}

TEST_CASE("a section is due soon within fourteen days of its due date", "[domain][dashboard]")
{
    const Section s = section(SectionKey::Ethics, 30);
    const QDate reviewed {2026, 4, 1};
    const QDate due = reviewed.addDays(30);
    const SectionDue fourteen = sectionDue(s, reviewed, published, due.addDays(-14));
    CHECK(fourteen.state == ReviewState::DueSoon);
    CHECK(fourteen.daysLeft == 14);
    const SectionDue fifteen = sectionDue(s, reviewed, published, due.addDays(-15));
    CHECK(fifteen.state == ReviewState::Current);
    CHECK(fifteen.daysLeft == 15);
}

TEST_CASE("a section never reviewed counts from the version's publication", "[domain][dashboard]")
{
    const Section s = section(SectionKey::Complaints, 90);
    const SectionDue due = sectionDue(s, QDate(), published, published.addDays(91));
    CHECK_FALSE(due.lastReviewed.isValid());
    CHECK(due.countedFrom == published);
    CHECK(due.due == published.addDays(90));
    CHECK(due.state == ReviewState::Stale);
    CHECK(due.daysOverdue == 1);
}

TEST_CASE("a section without a review interval is never due", "[domain][dashboard]")
{
    const SectionDue due = sectionDue(section(SectionKey::Training, std::nullopt), QDate(),
                                      published, QDate(2040, 1, 1));
    CHECK(due.state == ReviewState::NotScheduled);
    CHECK_FALSE(due.due.isValid());
}

TEST_CASE("the latest review of a section is the one that counts", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.reviews = {review(SectionKey::Ethics, QDate(2026, 4, 20)),
                     review(SectionKey::Ethics, QDate(2026, 3, 10)),
                     review(SectionKey::Metrics, QDate(2026, 5, 30))};
    const Dashboard d = computeDashboard(input, QDate(2026, 5, 10));
    REQUIRE(d.sections.size() == 1);
    CHECK(d.sections[0].lastReviewed == QDate(2026, 4, 20));
    CHECK(d.sections[0].due == QDate(2026, 5, 20));
    CHECK(d.sections[0].state == ReviewState::DueSoon);
    CHECK(d.dueSoonCount() == 1);
    CHECK(d.staleCount() == 0);
}

TEST_CASE("someone who has not signed is overdue the day after the grace period ends",
          "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.staff = {person(u"A001"_s)};
    const Dashboard lastDay = computeDashboard(input, published.addDays(14));
    REQUIRE(lastDay.unacknowledged.size() == 1);
    CHECK(lastDay.unacknowledged[0].since == published);
    CHECK(lastDay.unacknowledged[0].due == published.addDays(14));
    CHECK_FALSE(lastDay.unacknowledged[0].overdue);
    CHECK(lastDay.overdueCount() == 0);

    const Dashboard after = computeDashboard(input, published.addDays(15));
    REQUIRE(after.unacknowledged.size() == 1);
    CHECK(after.unacknowledged[0].overdue);
    CHECK(after.unacknowledged[0].daysOverdue == 1);
    CHECK(after.overdueCount() == 1);
}

TEST_CASE("the grace period is the code's own", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.code.graceDays = 3;
    input.staff = {person(u"A001"_s)};
    CHECK(computeDashboard(input, published.addDays(3)).overdueCount() == 0);
    const Dashboard d = computeDashboard(input, published.addDays(10));
    CHECK(d.overdueCount() == 1);
    CHECK(d.unacknowledged[0].daysOverdue == 7);
}

TEST_CASE("a start date after publication starts the grace period later", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    StaffMember newcomer = person(u"A002"_s);
    newcomer.startDate = published.addDays(30);
    input.staff = {newcomer};
    const Dashboard d = computeDashboard(input, published.addDays(44));
    const StaffDue *due = findDue(d, u"A002"_s);
    REQUIRE(due);
    CHECK(due->since == newcomer.startDate);
    CHECK(due->due == newcomer.startDate.addDays(14));
    CHECK_FALSE(due->overdue);
    const Dashboard later = computeDashboard(input, published.addDays(46));
    CHECK(findDue(later, u"A002"_s)->daysOverdue == 2);
}

TEST_CASE("a person without a start date counts from publication", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    StaffMember member = person(u"A003"_s);
    member.startDate = QDate();
    input.staff = {member};
    const Dashboard d = computeDashboard(input, published.addDays(20));
    REQUIRE(d.unacknowledged.size() == 1);
    CHECK(d.unacknowledged[0].since == published);
    CHECK(d.unacknowledged[0].daysOverdue == 6);
}

TEST_CASE("an editorial version after a material one keeps the material signatures",
          "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    const QDate material {2026, 4, 1};
    const QDate editorial {2026, 5, 1};
    input.publications = {{1, published, true}, {2, material, true}, {3, editorial, false}};
    input.staff = {person(u"A001"_s), person(u"A002"_s), person(u"A003"_s), person(u"A004"_s)};
    input.signatures
        = {signature(u"A001"_s, 2, QDate(2026, 4, 3)), signature(u"A002"_s, 3, QDate(2026, 5, 2)),
           signature(u"A003"_s, 1, QDate(2026, 3, 2))};
    const Dashboard d = computeDashboard(input, QDate(2026, 5, 10));
    REQUIRE(d.inForce);
    CHECK(d.inForce->number == 3);
    REQUIRE(d.baseline);
    CHECK(d.baseline->number == 2);
    CHECK(d.required == 4);
    CHECK(d.signedCount == 2);
    REQUIRE(d.signedShare());
    CHECK(*d.signedShare() == Approx(0.5));
    // A003 signed only version 1: the material version 2 asked again, from its publication.
    const StaffDue *a3 = findDue(d, u"A003"_s);
    REQUIRE(a3);
    CHECK(a3->since == material);
    CHECK(a3->overdue);
    CHECK(a3->daysOverdue == int(material.addDays(14).daysTo(QDate(2026, 5, 10))));
    REQUIRE(a3->lastSignedVersion);
    CHECK(*a3->lastSignedVersion == 1);
    const StaffDue *a4 = findDue(d, u"A004"_s);
    REQUIRE(a4);
    CHECK_FALSE(a4->lastSignedVersion);
    CHECK(a4->since == material);
}

TEST_CASE("an editorial publication does not restart anyone's grace period", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.publications = {{1, published, true}, {2, published.addDays(40), false}};
    input.staff = {person(u"A001"_s)};
    const Dashboard d = computeDashboard(input, published.addDays(41));
    REQUIRE(d.unacknowledged.size() == 1);
    CHECK(d.unacknowledged[0].since == published);
    CHECK(d.unacknowledged[0].daysOverdue == 41 - 14);
}

TEST_CASE("an inactive person is neither required nor listed", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    StaffMember gone = person(u"A009"_s);
    gone.active = false;
    input.staff = {gone, person(u"A001"_s)};
    const Dashboard d = computeDashboard(input, published.addDays(30));
    CHECK(d.required == 1);
    CHECK(findDue(d, u"A009"_s) == nullptr);
    CHECK(findDue(d, u"A001"_s) != nullptr);
}

TEST_CASE("only the code's audience has to sign", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.code.audienceTeams = {u"Phones"_s};
    input.code.audienceRoles = {u"agent"_s, u"supervisor"_s};
    input.staff = {person(u"A001"_s), person(u"A002"_s, u"Chat"_s),
                   person(u"M001"_s, u"Phones"_s, Role::Manager),
                   person(u"S001"_s, u"Phones"_s, Role::Supervisor)};
    const Dashboard d = computeDashboard(input, published.addDays(30));
    CHECK(d.required == 2);
    CHECK(findDue(d, u"A001"_s));
    CHECK(findDue(d, u"S001"_s));
    CHECK_FALSE(findDue(d, u"A002"_s));
    CHECK_FALSE(findDue(d, u"M001"_s));
}

TEST_CASE("a signature older than the attestation period no longer counts", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.code.attestationMonths = 12;
    input.staff = {person(u"A001"_s)};
    input.signatures = {signature(u"A001"_s, 1, QDate(2026, 3, 5))};

    const Dashboard lastDay = computeDashboard(input, QDate(2027, 3, 4));
    CHECK(lastDay.signedCount == 1);
    CHECK(lastDay.unacknowledged.isEmpty());

    const Dashboard expired = computeDashboard(input, QDate(2027, 3, 5));
    CHECK(expired.signedCount == 0);
    REQUIRE(expired.unacknowledged.size() == 1);
    const StaffDue &due = expired.unacknowledged[0];
    CHECK(due.expired);
    CHECK(due.since == QDate(2027, 3, 5));
    CHECK_FALSE(due.overdue);

    const Dashboard overdue = computeDashboard(input, QDate(2027, 3, 20));
    CHECK(overdue.unacknowledged[0].overdue);
    CHECK(overdue.unacknowledged[0].daysOverdue == 1);

    // Signing the same version again renews it.
    input.signatures.append(signature(u"A001"_s, 1, QDate(2027, 3, 10)));
    CHECK(computeDashboard(input, QDate(2027, 3, 20)).signedCount == 1);
}

TEST_CASE("without an attestation period a signature never expires", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.staff = {person(u"A001"_s)};
    input.signatures = {signature(u"A001"_s, 1, QDate(2026, 3, 5))};
    CHECK(computeDashboard(input, QDate(2036, 3, 5)).signedCount == 1);
}

TEST_CASE("the overdue come first, most days overdue first", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    StaffMember late = person(u"A002"_s);
    late.startDate = published.addDays(5);
    StaffMember newcomer = person(u"A003"_s);
    newcomer.startDate = published.addDays(40);
    input.staff = {newcomer, late, person(u"A001"_s)};
    const Dashboard d = computeDashboard(input, published.addDays(30));
    REQUIRE(d.unacknowledged.size() == 3);
    CHECK(d.unacknowledged[0].member.employeeNo == u"A001"_s);
    CHECK(d.unacknowledged[1].member.employeeNo == u"A002"_s);
    CHECK(d.unacknowledged[2].member.employeeNo == u"A003"_s);
    CHECK(d.overdueCount() == 2);
}

TEST_CASE("a KPI with at_least is off target below its target and breached below its alert",
          "[domain][dashboard]")
{
    const Kpi csat = kpi(u"csat"_s, KpiDirection::AtLeast, 85, 75);
    CHECK(kpiStateFor(csat, 90) == KpiState::OnTarget);
    CHECK(kpiStateFor(csat, 85) == KpiState::OnTarget);
    CHECK(kpiStateFor(csat, 84.9) == KpiState::OffTarget);
    CHECK(kpiStateFor(csat, 75) == KpiState::OffTarget);
    CHECK(kpiStateFor(csat, 74.9) == KpiState::Breached);
}

TEST_CASE("a KPI with at_most is off target above its target and breached above its alert",
          "[domain][dashboard]")
{
    const Kpi asa = kpi(u"asa"_s, KpiDirection::AtMost, 20, 30);
    CHECK(kpiStateFor(asa, 20) == KpiState::OnTarget);
    CHECK(kpiStateFor(asa, 25) == KpiState::OffTarget);
    CHECK(kpiStateFor(asa, 30) == KpiState::OffTarget);
    CHECK(kpiStateFor(asa, 31) == KpiState::Breached);
}

TEST_CASE("each KPI is judged by its latest observation per team", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    Section metrics = section(SectionKey::Metrics, 30);
    metrics.kpis = {kpi(u"asa"_s, KpiDirection::AtMost, 20, 30),
                    kpi(u"csat"_s, KpiDirection::AtLeast, 85, 75),
                    kpi(u"fcr"_s, KpiDirection::AtLeast, 70, 60)};
    input.sections.append(metrics);
    input.observations = {observation(u"asa"_s, QString(), QDate(2026, 4, 30), 40),
                          observation(u"asa"_s, QString(), QDate(2026, 5, 7), 18),
                          observation(u"asa"_s, u"Chat"_s, QDate(2026, 5, 7), 35),
                          observation(u"csat"_s, QString(), QDate(2026, 5, 7), 80),
                          observation(u"gone"_s, QString(), QDate(2026, 5, 7), 1)};
    const Dashboard d = computeDashboard(input, QDate(2026, 5, 10));
    REQUIRE(d.kpis.size() == 4);
    CHECK(d.kpis[0].kpi.key == u"asa"_s);
    CHECK(d.kpis[0].team.isEmpty());
    CHECK(d.kpis[0].latest->value == 18);
    CHECK(d.kpis[0].state == KpiState::OnTarget);
    CHECK(d.kpis[1].team == u"Chat"_s);
    CHECK(d.kpis[1].state == KpiState::Breached);
    CHECK(d.kpis[2].kpi.key == u"csat"_s);
    CHECK(d.kpis[2].state == KpiState::OffTarget);
    CHECK(d.kpis[3].kpi.key == u"fcr"_s);
    CHECK(d.kpis[3].state == KpiState::NoData);
    CHECK_FALSE(d.kpis[3].latest);
    CHECK(d.kpisOffTarget() == 2);
    CHECK(d.kpisBreached() == 1);
}

TEST_CASE("with no version in force nobody has to sign and nothing is due", "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.publications.clear();
    input.staff = {person(u"A001"_s)};
    const Dashboard d = computeDashboard(input, published);
    CHECK_FALSE(d.inForce);
    CHECK(d.required == 0);
    CHECK_FALSE(d.signedShare());
    CHECK(d.sections.isEmpty());
    CHECK(d.unacknowledged.isEmpty());
}

TEST_CASE("the rules give the same answer whatever the order of the roster and the signatures",
          "[domain][dashboard]")
{
    DashboardInput input = oneVersion();
    input.code.attestationMonths = 12;
    input.publications.append({2, published.addDays(30), false});
    for (int i = 0; i < 40; ++i) {
        input.staff.append(person(u"A%1"_s.arg(i, 3, 10, QChar(u'0'))));
        if (i % 3)
            input.signatures.append(
                signature(input.staff.last().employeeNo, 1 + i % 2, published.addDays(i % 5)));
        if (i % 7 == 0) // an older signature of the same person, listed after the newer one
            input.signatures.append(
                signature(input.staff.last().employeeNo, 1, published.addDays(-400)));
    }
    const QDate today = published.addDays(40);
    const Dashboard ordered = computeDashboard(input, today);
    CHECK(ordered.required == 40);
    CHECK(ordered.signedCount == 26);

    DashboardInput shuffled = input;
    std::reverse(shuffled.staff.begin(), shuffled.staff.end());
    std::rotate(shuffled.signatures.begin(), shuffled.signatures.begin() + 11,
                shuffled.signatures.end());
    std::swap(shuffled.signatures[0], shuffled.signatures[5]);
    CHECK(computeDashboard(shuffled, today) == ordered);
}
