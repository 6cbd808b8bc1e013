#include "app/dashboard/signedsharehistory.h"

#include "domain/acknowledgementrules.h"
#include "support/tempdir.h"

#include <QRandomGenerator>

#include <algorithm>

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

Signature signature(const QString &no, int version, const QDate &on)
{
    return {no, version, QDateTime(on, QTime(9, 0), Qt::UTC)};
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
    const QList<Signature> signatures
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

namespace {

// The rule as the chart states it, judged person by person and day by day: the reference
// the faster computation must agree with.
QList<TeamShareSeries> judgedDayByDay(const DashboardInput &input,
                                      const QList<Signature> &signatures, const QDate &today,
                                      int maxPoints)
{
    const auto inForce = versionInForce(input.publications);
    const auto baseline = signatureBaseline(input.publications);
    // The days shown are the computation's own; this checks the shares on them.
    const QList<TeamShareSeries> shown = signedShareHistory(input, signatures, today, maxPoints);
    QList<TeamShareSeries> result;
    for (const TeamShareSeries &team : shown) {
        TeamShareSeries series {team.team, 0, {}};
        for (const QPointF &point : team.points) {
            const QDate date = inForce->publishedOn.addDays(qint64(point.x()));
            int required = 0;
            int signedCount = 0;
            for (const StaffMember &member : input.staff) {
                if (!mustSign(input.code, member) || member.team != team.team)
                    continue;
                if (point.x() == 0)
                    ++series.required;
                if (member.startDate.isValid() && member.startDate > date)
                    continue;
                ++required;
                const bool counts = std::any_of(
                    signatures.cbegin(), signatures.cend(), [&](const Signature &signature) {
                        const QDate signedOn = signature.signedAt.toUTC().date();
                        return signature.employeeNo == member.employeeNo && signedOn <= date
                            && signatureCounts(input.code, baseline->number,
                                               signature.versionNumber, signedOn, date);
                    });
                if (counts)
                    ++signedCount;
            }
            series.points.append(
                QPointF(point.x(), required == 0 ? 0.0 : double(signedCount) / required));
        }
        result.append(series);
    }
    return result;
}

} // namespace

TEST_CASE("the signed share history agrees with judging every person on every day",
          "[app][dashboard]")
{
    // Three teams; people who started late, left, or are outside the audience; signatures
    // of versions before the baseline, signatures renewed before or after they ran out,
    // and signatures made before a person's start date.
    QRandomGenerator random(4);
    DashboardInput input;
    input.code.attestationMonths = 2;
    input.code.audienceRoles = {u"agent"_s};
    input.publications = {
        {1, QDate(2025, 1, 1), true}, {2, QDate(2025, 3, 1), true}, {3, QDate(2025, 4, 1), false}};
    const QStringList teams = {u"North"_s, u"South"_s, QString()};
    QList<Signature> signatures;
    for (int i = 0; i < 60; ++i) {
        StaffMember member = person(u"P%1"_s.arg(i, 3, 10, QChar(u'0')), teams[i % 3]);
        member.active = i % 11 != 0;
        member.role = i % 13 == 0 ? Role::Manager : Role::Agent;
        member.startDate
            = i % 5 == 0 ? QDate(2025, 5, 1).addDays(random.bounded(200)) : QDate(2020, 1, 1);
        input.staff.append(member);
        const int count = random.bounded(4);
        for (int s = 0; s < count; ++s)
            signatures.append(signature(member.employeeNo, 1 + random.bounded(3),
                                        QDate(2025, 1, 1).addDays(random.bounded(400))));
    }
    // In any order, and in the order storage reads them: by version, then employee number.
    QList<Signature> byVersion = signatures;
    std::sort(byVersion.begin(), byVersion.end(), [](const Signature &a, const Signature &b) {
        return a.versionNumber != b.versionNumber ? a.versionNumber < b.versionNumber
                                                  : a.employeeNo < b.employeeNo;
    });
    std::shuffle(signatures.begin(), signatures.end(), random);

    for (const bool shuffled : {true, false}) {
        const QList<Signature> &ordered = shuffled ? signatures : byVersion;
        for (const QDate &today : {QDate(2025, 4, 1), QDate(2025, 6, 15), QDate(2026, 3, 1)}) {
            for (const int maxPoints : {120, 7}) {
                INFO((shuffled ? "shuffled, " : "by version, ")
                     << today.toString(Qt::ISODate).toStdString() << ", " << maxPoints
                     << " points");
                const auto fast = signedShareHistory(input, ordered, today, maxPoints);
                REQUIRE(fast.size() == 3);
                const auto reference = judgedDayByDay(input, ordered, today, maxPoints);
                for (qsizetype t = 0; t < fast.size(); ++t) {
                    INFO("team \"" << fast[t].team.toStdString() << "\"");
                    CHECK(fast[t].team == reference[t].team);
                    CHECK(fast[t].required == reference[t].required);
                    CHECK(fast[t].points == reference[t].points);
                }
            }
        }
    }
}
