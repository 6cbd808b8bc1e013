#include "storagefixture.h"

#include "storage/auditlog.h"
#include "storage/rosterstore.h"

using namespace tenet;
using namespace tenet::storage;
using domain::ErrorKind;
using domain::StaffMember;

namespace {

StaffMember person(const QString &no, const QString &name, const QString &team = {})
{
    StaffMember m;
    m.employeeNo = no;
    m.fullName = name;
    m.team = team;
    m.startDate = QDate(2025, 9, 1);
    return m;
}

// The fixture's roster as an HR export would list it, with one change: A001 moved team.
QList<StaffMember> exported(test::StorageFixture &fixture)
{
    QList<StaffMember> people = StaffStore(*fixture.db).list().value();
    for (StaffMember &member : people) {
        if (member.employeeNo == u"A001"_s)
            member.team = u"Chat"_s;
    }
    return people;
}

} // namespace

TEST_CASE("a roster preview says who is added, updated and deactivated, and writes nothing",
          "[storage][roster]")
{
    test::StorageFixture fixture;
    QList<StaffMember> people = exported(fixture);
    people.removeIf([](const StaffMember &m) { return m.employeeNo == u"M002"_s; });
    people.append(person(u"A100"_s, u"Rūta Jonaitė"_s, u"Chat"_s));
    const qint64 auditRows = AuditLog(*fixture.db).entries().value().size();

    auto plan = RosterStore(*fixture.db).preview(people, true);
    REQUIRE(plan);
    REQUIRE(plan->added.size() == 1);
    CHECK(plan->added[0].employeeNo == u"A100"_s);
    REQUIRE(plan->updated.size() == 1);
    CHECK(plan->updated[0].after.employeeNo == u"A001"_s);
    CHECK(plan->updated[0].changedFields == QStringList {u"team"_s});
    REQUIRE(plan->deactivated.size() == 1);
    CHECK(plan->deactivated[0].employeeNo == u"M002"_s);
    CHECK(plan->unchanged == 2);
    CHECK(StaffStore(*fixture.db).list().value().size() == 4);
    CHECK(AuditLog(*fixture.db).entries().value().size() == auditRows);
    CHECK(RosterStore(*fixture.db).preview(people, false)->deactivated.isEmpty());
}

TEST_CASE("applying a roster writes every change in one step with one audit entry",
          "[storage][roster]")
{
    test::StorageFixture fixture;
    REQUIRE(StaffStore(*fixture.db).setSecret(u"A001"_s, u"2468"_s, fixture.manager));
    QList<StaffMember> people = exported(fixture);
    people.removeIf([](const StaffMember &m) { return m.employeeNo == u"M002"_s; });
    people.append(person(u"A100"_s, u"Rūta Jonaitė"_s, u"Chat"_s));

    auto done = RosterStore(*fixture.db).apply(people, true, fixture.manager);
    REQUIRE(done);
    StaffStore staff(*fixture.db);
    CHECK(staff.find(u"A100"_s)->fullName == u"Rūta Jonaitė"_s);
    CHECK(staff.find(u"A100"_s)->startDate == QDate(2025, 9, 1));
    CHECK(staff.find(u"A001"_s)->team == u"Chat"_s);
    CHECK_FALSE(staff.find(u"M002"_s)->active);
    CHECK(staff.checkSecret(u"A001"_s, u"2468"_s).value()); // the PIN is left alone
    const AuditEntry entry = AuditLog(*fixture.db).entries().value().last();
    CHECK(entry.action == u"staff.import"_s);
    CHECK(entry.actor == u"M001"_s);
    CHECK(entry.detail.contains(u"\"added\":[\"A100\"]"_s));
    CHECK(entry.detail.contains(u"\"deactivated\":[\"M002\"]"_s));

    // The same file again changes nothing and records nothing.
    const qint64 auditRows = AuditLog(*fixture.db).entries().value().size();
    auto again = RosterStore(*fixture.db).apply(people, true, fixture.manager);
    REQUIRE(again);
    CHECK(again->isEmpty());
    CHECK(again->unchanged == 4);
    CHECK(AuditLog(*fixture.db).entries().value().size() == auditRows);
}

TEST_CASE("an empty roster cannot deactivate everyone, and nobody may be listed twice",
          "[storage][roster]")
{
    test::StorageFixture fixture;
    RosterStore roster(*fixture.db);
    auto empty = roster.apply({}, true, fixture.manager);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().kind == ErrorKind::Invalid);
    CHECK(empty.error().message.contains(u"would deactivate the whole staff"_s));
    CHECK(roster.apply({}, false, fixture.manager));

    auto twice = roster.apply({person(u"A100"_s, u"Uno"_s), person(u"A100"_s, u"Dos"_s)}, false,
                              fixture.manager);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message == u"A100 is listed twice"_s);
    CHECK_FALSE(StaffStore(*fixture.db).find(u"A100"_s));
}

TEST_CASE("only a manager imports a roster, and cannot deactivate or demote themselves by it",
          "[storage][roster][rules]")
{
    test::StorageFixture fixture;
    RosterStore roster(*fixture.db);
    const QList<StaffMember> people = exported(fixture);
    for (const domain::Actor &notManager : {fixture.author, fixture.agent, fixture.script}) {
        auto refused = roster.apply(people, false, notManager);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Refused);
    }
    CHECK(StaffStore(*fixture.db).find(u"A001"_s)->team.isEmpty()); // nothing written

    QList<StaffMember> withoutMe = people;
    withoutMe.removeIf([](const StaffMember &m) { return m.employeeNo == u"M001"_s; });
    auto leftOut = roster.apply(withoutMe, true, fixture.manager);
    REQUIRE_FALSE(leftOut);
    CHECK(leftOut.error().kind == ErrorKind::Refused);

    QList<StaffMember> demoted = people;
    for (StaffMember &member : demoted) {
        if (member.employeeNo == u"M001"_s)
            member.role = domain::Role::Supervisor;
    }
    auto demote = roster.apply(demoted, false, fixture.manager);
    REQUIRE_FALSE(demote);
    CHECK(demote.error().kind == ErrorKind::Refused);
    CHECK(StaffStore(*fixture.db).find(u"M001"_s)->role == domain::Role::Manager);

    // Another manager may do it.
    CHECK(roster.apply(demoted, false, fixture.otherManager));
    CHECK(StaffStore(*fixture.db).find(u"M001"_s)->role == domain::Role::Supervisor);
}
