#include "signedsharehistory.h"
#include "domain/organisationdate.h"

#include "domain/acknowledgementrules.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <vector>

using namespace tenet::domain;

namespace tenet::app {

namespace {

// The days shown, as days since publication: every day, or `maxPoints` evenly spread.
QList<int> sampledDays(int span, int maxPoints)
{
    QList<int> days;
    const int count = std::max(2, maxPoints);
    if (span + 1 <= count) {
        for (int day = 0; day <= span; ++day)
            days.append(day);
    } else {
        for (int i = 0; i < count; ++i) {
            const int day = int(qint64(span) * i / (count - 1));
            if (days.isEmpty() || days.last() != day)
                days.append(day);
        }
    }
    return days;
}

// The days during which one signature counts, as Julian days: from the day it was made
// until its attestation period runs out.
struct Counting
{
    int person = 0; // index into the roster
    qint64 from = 0;
    qint64 until = 0; // never: std::numeric_limits<qint64>::max()
};

constexpr qint64 never = std::numeric_limits<qint64>::max();

} // namespace

// Each person is judged once per signature rather than once per day: a signature counts
// over a span of days, so each person's spans are merged and added to their team's counts
// for the days they cover. (Judging every person on every day took most of a second on a
// 10,000-person organisation.)
QList<TeamShareSeries> signedShareHistory(const DashboardInput &input,
                                          const QList<Signature> &signatures, const QDate &today,
                                          int maxPoints)
{
    const auto inForce = versionInForce(input.publications);
    const auto baseline = signatureBaseline(input.publications);
    if (!inForce || !baseline || !today.isValid() || today < inForce->publishedOn)
        return {};
    const QDate publishedOn = inForce->publishedOn;
    const QList<int> days = sampledDays(int(publishedOn.daysTo(today)), maxPoints);
    // The first shown day on or after a Julian day; days.size() when none is.
    const qint64 publishedDay = publishedOn.toJulianDay();
    const auto firstDayFrom = [&](qint64 julianDay) {
        if (julianDay == never)
            return days.size();
        const qint64 offset = julianDay - publishedDay;
        return qsizetype(std::lower_bound(days.cbegin(), days.cend(), offset) - days.cbegin());
    };

    // Who must sign, in employee-number order, and the team each belongs to.
    std::vector<int> signers;
    QHash<QString, int> teamIndex;
    for (qsizetype i = 0; i < input.staff.size(); ++i) {
        const StaffMember &member = input.staff.at(i);
        if (!mustSign(input.code, member))
            continue;
        signers.push_back(int(i));
        teamIndex.insert(member.team, 0);
    }
    const auto numberOf = [&](int person) -> const QString & {
        return input.staff.at(person).employeeNo;
    };
    const auto byNumber = [&](int a, int b) {
        return numberOf(a) < numberOf(b);
    };
    if (!std::is_sorted(signers.cbegin(), signers.cend(), byNumber)) // storage gives them so
        std::sort(signers.begin(), signers.end(), byNumber);
    QStringList teams = teamIndex.keys();
    std::sort(teams.begin(), teams.end()); // in name order
    for (qsizetype i = 0; i < teams.size(); ++i)
        teamIndex[teams.at(i)] = int(i);

    // Per team and shown day, differences: +1 where a count starts, -1 after it ends.
    const qsizetype width = days.size() + 1;
    std::vector<int> requiredSteps(std::size_t(teamIndex.size() * width), 0);
    std::vector<int> signedSteps(requiredSteps.size(), 0);
    QList<TeamShareSeries> result;
    for (const QString &team : std::as_const(teams))
        result.append({team, 0, {}});

    std::vector<int> teamOf(std::size_t(input.staff.size()), -1);
    std::vector<qsizetype> startDay(std::size_t(input.staff.size()), 0);
    for (const int person : signers) {
        const StaffMember &member = input.staff.at(person);
        const int team = teamIndex.value(member.team);
        teamOf[std::size_t(person)] = team;
        // People who started later are left out of the days before their start.
        const qsizetype first
            = member.startDate.isValid() ? firstDayFrom(member.startDate.toJulianDay()) : 0;
        startDay[std::size_t(person)] = first;
        ++result[team].required;
        ++requiredSteps[std::size_t(team * width + first)];
    }

    // Signatures are made on a few days: each day's expiry is worked out once.
    std::unordered_map<qint64, qint64> expiries;
    const auto expiryOf = [&](const QDate &signedOn) {
        const auto [it, added] = expiries.try_emplace(signedOn.toJulianDay(), never);
        if (added) {
            const QDate expiry = signatureExpiry(input.code, signedOn);
            if (expiry.isValid())
                it->second = expiry.toJulianDay();
        }
        return it->second;
    };
    // Each signature's person: storage gives the signatures as a few runs in employee-number
    // order (one per version), so a cursor walks forward through the signers while a run
    // lasts and searches afresh when one starts. (A hash of ten thousand employee numbers,
    // looked up once per signature, cost more than everything else together.)
    std::vector<Counting> spans;
    spans.reserve(std::size_t(signatures.size()));
    auto cursor = signers.cbegin();
    const QString *previous = nullptr;
    for (const Signature &signature : signatures) {
        if (signature.versionNumber < baseline->number)
            continue; // never counts for the version in force
        const QString &number = signature.employeeNo;
        if (previous && !(number < *previous)) {
            while (cursor != signers.cend() && numberOf(*cursor) < number)
                ++cursor;
        } else {
            cursor = std::lower_bound(
                signers.cbegin(), signers.cend(), number,
                [&](int person, const QString &no) { return numberOf(person) < no; });
        }
        previous = &number;
        if (cursor == signers.cend() || numberOf(*cursor) != number)
            continue; // not someone who must sign
        const QDate signedOn = domain::organisationDate(signature.signedAt);
        spans.push_back({*cursor, signedOn.toJulianDay(), expiryOf(signedOn)});
    }
    std::sort(spans.begin(), spans.end(), [](const Counting &a, const Counting &b) {
        return a.person != b.person ? a.person < b.person : a.from < b.from;
    });

    // Walks each person's spans in order, merging those that overlap or touch.
    const auto addDays = [&](int person, qint64 from, qint64 until) {
        const int team = teamOf[std::size_t(person)];
        const qsizetype begin = std::max(firstDayFrom(from), startDay[std::size_t(person)]);
        const qsizetype end = firstDayFrom(until);
        if (begin >= end)
            return;
        ++signedSteps[std::size_t(team * width + begin)];
        --signedSteps[std::size_t(team * width + end)];
    };
    for (std::size_t i = 0; i < spans.size();) {
        const int person = spans[i].person;
        qint64 from = spans[i].from;
        qint64 until = spans[i].until;
        for (++i; i < spans.size() && spans[i].person == person; ++i) {
            if (spans[i].from > until) {
                addDays(person, from, until);
                from = spans[i].from;
            }
            until = std::max(until, spans[i].until);
        }
        addDays(person, from, until);
    }

    for (qsizetype team = 0; team < result.size(); ++team) {
        TeamShareSeries &series = result[team];
        series.points.reserve(days.size());
        int required = 0;
        int signedCount = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            required += requiredSteps[std::size_t(team * width + i)];
            signedCount += signedSteps[std::size_t(team * width + i)];
            const double share = required == 0 ? 0.0 : double(signedCount) / required;
            series.points.append(QPointF(days.at(i), share));
        }
    }
    return result;
}

} // namespace tenet::app
