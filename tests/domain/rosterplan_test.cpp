#include "domain/rosterplan.h"
#include "support/tempdir.h"

using namespace tenet::domain;

namespace {

StaffMember member(const QString &no, const QString &name, bool active = true)
{
    StaffMember m;
    m.employeeNo = no;
    m.fullName = name;
    m.active = active;
    m.startDate = QDate(2025, 1, 6);
    return m;
}

} // namespace

TEST_CASE("a roster import adds new people and updates those whose entry changed",
          "[domain][roster]")
{
    const QList<StaffMember> current = {member(u"A001"_s, u"Lina"_s), member(u"A002"_s, u"Ana"_s),
                                        member(u"A003"_s, u"Jonas"_s)};
    StaffMember moved = current[1];
    moved.team = u"Chat"_s;
    moved.role = Role::Supervisor;
    const QList<StaffMember> incoming = {member(u"A004"_s, u"Rūta"_s), moved, current[0]};

    const RosterPlan plan = planRosterImport(current, incoming, false);
    REQUIRE(plan.added.size() == 1);
    CHECK(plan.added[0].employeeNo == u"A004"_s);
    REQUIRE(plan.updated.size() == 1);
    CHECK(plan.updated[0].before == current[1]);
    CHECK(plan.updated[0].after == moved);
    CHECK(plan.updated[0].changedFields == QStringList {u"role"_s, u"team"_s});
    CHECK(plan.unchanged == 1);
    CHECK(plan.deactivated.isEmpty()); // A003 is absent, but not asked to be deactivated
}

TEST_CASE("with deactivate-missing the active people an import leaves out are deactivated",
          "[domain][roster]")
{
    const QList<StaffMember> current = {member(u"A001"_s, u"Lina"_s), member(u"A002"_s, u"Ana"_s),
                                        member(u"A003"_s, u"Jonas"_s, false)};
    const RosterPlan plan = planRosterImport(current, {current[0]}, true);
    REQUIRE(plan.deactivated.size() == 1);
    CHECK(plan.deactivated[0].employeeNo == u"A002"_s);
    CHECK_FALSE(plan.isEmpty());
    CHECK(planRosterImport(current, current, true).isEmpty());
}

TEST_CASE("every roster field that differs is named", "[domain][roster]")
{
    const StaffMember before = member(u"A001"_s, u"Lina"_s);
    StaffMember after = before;
    after.fullName = u"Lina K."_s;
    after.email = u"lina@example.com"_s;
    after.site = u"Kaunas"_s;
    after.language = u"lt"_s;
    after.startDate = QDate(2025, 2, 1);
    after.active = false;
    CHECK(changedStaffFields(before, after)
          == QStringList {u"full_name"_s, u"email"_s, u"site"_s, u"language"_s, u"start_date"_s,
                          u"active"_s});
}
