#include "domain/stafftext.h"

#include <catch2/catch.hpp>

using namespace tenet::domain;
using namespace Qt::StringLiterals;

TEST_CASE("a name with a control character is refused with its position", "[domain][staff]")
{
    const auto nul = staffTextProblem(u"Ana\u0000Paz"_s, StaffTextLimits::fullName);
    REQUIRE(nul);
    CHECK(nul->contains(u"U+0000"_s));
    CHECK(nul->contains(u"character 4"_s));
    CHECK(staffTextProblem(u"Vil\nnius"_s, StaffTextLimits::team));
    CHECK(staffTextProblem(u"Madrid\t"_s, StaffTextLimits::site));
}

TEST_CASE("a name longer than its limit is refused, naming the limit", "[domain][staff]")
{
    const auto tooLong = staffTextProblem(QString(201, u'a'), StaffTextLimits::fullName);
    REQUIRE(tooLong);
    CHECK(tooLong->contains(u"200"_s));
    CHECK_FALSE(staffTextProblem(QString(200, u'a'), StaffTextLimits::fullName));
    CHECK_FALSE(staffTextProblem(u"Lina Kazlauskienė"_s, StaffTextLimits::fullName));
}
