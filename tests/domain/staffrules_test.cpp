#include "domain/staffrules.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace {

const Actor manager {u"M001"_s, Role::Manager};
const Actor supervisor {u"S001"_s, Role::Supervisor};
const Actor script {u"os:cron"_s, std::nullopt};

StaffMember entry(const QString &no, Role role, bool active = true)
{
    StaffMember member;
    member.employeeNo = no;
    member.fullName = u"Someone"_s;
    member.role = role;
    member.active = active;
    return member;
}

} // namespace

TEST_CASE("only a manager changes the roster, once it has one", "[domain][staff]")
{
    CHECK(mayChangeRoster(manager));
    CHECK_FALSE(mayChangeRoster(supervisor));
    CHECK_FALSE(mayChangeRoster(script));

    CHECK(checkRosterChange(manager, true));
    for (const Actor &other : {supervisor, script, Actor {u"A001"_s, Role::Agent}}) {
        const Status refused = checkRosterChange(other, true);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Refused);
        CHECK(refused.error().message.contains(other.id));
        CHECK(checkRosterChange(other, false)); // the first manager of a new file
    }
}

TEST_CASE("anyone sets their own PIN, and someone else's only a manager", "[domain][staff]")
{
    CHECK(checkSecretChange(supervisor, u"S001"_s, true));
    CHECK_FALSE(checkSecretChange(supervisor, u"A001"_s, true));
    CHECK(checkSecretChange(manager, u"A001"_s, true));
    // An unnamed user is nobody on the roster, so no PIN is "their own".
    CHECK_FALSE(checkSecretChange(Actor {u"os:S001"_s, std::nullopt}, u"os:S001"_s, true));
}

TEST_CASE("a manager cannot deactivate or demote themselves, by an edit or an import",
          "[domain][staff]")
{
    CHECK(checkKeepsOwnAccess(manager, entry(u"M001"_s, Role::Manager)));
    CHECK_FALSE(checkKeepsOwnAccess(manager, entry(u"M001"_s, Role::Manager, false)));
    CHECK_FALSE(checkKeepsOwnAccess(manager, entry(u"M001"_s, Role::Supervisor)));
    CHECK(checkKeepsOwnAccess(manager, entry(u"M002"_s, Role::Agent, false)));

    RosterPlan plan;
    plan.updated.append({entry(u"M002"_s, Role::Manager), entry(u"M002"_s, Role::Agent), {}});
    CHECK(checkKeepsOwnAccess(manager, plan));
    plan.deactivated.append(entry(u"M001"_s, Role::Manager));
    const Status leftOut = checkKeepsOwnAccess(manager, plan);
    REQUIRE_FALSE(leftOut);
    CHECK(leftOut.error().kind == ErrorKind::Refused);
    plan.deactivated.clear();
    plan.updated.append({entry(u"M001"_s, Role::Manager), entry(u"M001"_s, Role::Quality), {}});
    CHECK_FALSE(checkKeepsOwnAccess(manager, plan));
}
