#include "app/dashboard/signedsharehistory.h"

#include "support/tempdir.h"

using namespace tenet;
using namespace tenet::app;
using namespace tenet::domain;

namespace {

StaffMember person(const QString &no, const QString &team)
{
    StaffMember member;
    member.employeeNo = no;
    member.fullName = no;
    member.team = team;
    member.startDate = QDate(2020, 1, 1);
    return member;
}

Acknowledgement signature(const QString &no, int version, const QDate &on)
{
    Acknowledgement ack;
    ack.employeeNo = no;
    ack.versionNumber = version;
    ack.signedAt = QDateTime(on, QTime(9, 0), Qt::UTC);
    return ack;
}

} // namespace

TEST_CASE("the signed share history counts each team's signatures from the day they are made",
          "[app][dashboard]")
{
    DashboardInput input;
    input.publications = {{1, QDate(2026, 1, 1), true}};
    input.staff
        = {person(u"A"_s, u"North"_s), person(u"B"_s, u"North"_s), person(u"C"_s, u"South"_s)};
    StaffMember gone = person(u"D"_s, u"South"_s);
    gone.active = false;
    input.staff.append(gone);
    const QList<Acknowledgement> signatures
        = {signature(u"A"_s, 1, QDate(2026, 1, 3)), signature(u"C"_s, 1, QDate(2026, 1, 1))};

    const auto history = signedShareHistory(input, signatures, QDate(2026, 1, 5));
    REQUIRE(history.size() == 2);
    CHECK(history[0].team == u"North"_s);
    CHECK(history[0].required == 2);
    REQUIRE(history[0].points.size() == 5);
    CHECK(history[0].points[0] == QPointF(0, 0.0));
    CHECK(history[0].points[1] == QPointF(1, 0.0));
    CHECK(history[0].points[2] == QPointF(2, 0.5));
    CHECK(history[0].points[4] == QPointF(4, 0.5));
    CHECK(history[1].team == u"South"_s);
    CHECK(history[1].required == 1);
    CHECK(history[1].points[0] == QPointF(0, 1.0));
}

TEST_CASE("a long signed share history is sampled down to the first and last day",
          "[app][dashboard]")
{
    DashboardInput input;
    input.publications = {{1, QDate(2025, 1, 1), true}};
    input.staff = {person(u"A"_s, u"North"_s)};
    const auto history = signedShareHistory(input, {}, QDate(2026, 1, 1), 10);
    REQUIRE(history.size() == 1);
    REQUIRE(history[0].points.size() == 10);
    CHECK(history[0].points.first().x() == 0);
    CHECK(history[0].points.last().x() == 365);
}

TEST_CASE("there is no signed share history when nothing is in force", "[app][dashboard]")
{
    DashboardInput input;
    input.staff = {person(u"A"_s, u"North"_s)};
    CHECK(signedShareHistory(input, {}, QDate(2026, 1, 1)).isEmpty());
}
