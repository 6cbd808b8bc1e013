#include "dashboard.h"
#include "organisationdate.h"

#include "reviewbasis.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <vector>

namespace tenet::domain {

namespace {

// The later of two dates, an invalid date losing to any valid one.
QDate later(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

bool isNewer(const KpiObservation &candidate, const KpiObservation &held)
{
    if (candidate.periodEnd != held.periodEnd)
        return candidate.periodEnd > held.periodEnd;
    if (candidate.periodStart != held.periodStart)
        return candidate.periodStart > held.periodStart;
    return candidate.importedAt > held.importedAt;
}

bool isLaterSignature(const Signature &candidate, const Signature &held)
{
    if (candidate.signedAt != held.signedAt)
        return candidate.signedAt > held.signedAt;
    return candidate.versionNumber > held.versionNumber;
}

// Each person's latest signature of any version, and latest of a version that can count.
struct SignaturesOf
{
    const Signature *latest = nullptr;
    const Signature *latestCounting = nullptr;
};

QList<SectionDue> sectionsDue(const DashboardInput &input, const Publication &inForce,
                              const QDate &today)
{
    const ReviewBasis basis = ReviewBasis::of(inForce.publishedOn, input.reviews);
    QList<Section> sections = input.sections;
    std::sort(sections.begin(), sections.end(), [](const Section &a, const Section &b) {
        return sectionNumber(a.key) < sectionNumber(b.key);
    });
    QList<SectionDue> due;
    due.reserve(sections.size());
    for (const Section &section : sections)
        due.append(basis.dueOf(section, today));
    return due;
}

// The signatures ordered by signer, so that each person's are found by a binary search or,
// when the roster comes in employee-number order as storage gives it, by walking both
// lists once. (Hashing ten thousand QStrings costs more than all the rules together.)
std::vector<const Signature *> bySigner(const QList<Signature> &signatures)
{
    std::vector<const Signature *> order;
    order.reserve(std::size_t(signatures.size()));
    for (const Signature &signature : signatures)
        order.push_back(&signature);
    const auto less = [](const Signature *a, const Signature *b) {
        return a->employeeNo < b->employeeNo;
    };
    if (!std::is_sorted(order.cbegin(), order.cend(), less))
        std::stable_sort(order.begin(), order.end(), less);
    return order;
}

void judgeStaff(const DashboardInput &input, const Publication &baseline, const QDate &today,
                Dashboard &dashboard)
{
    const std::vector<const Signature *> order = bySigner(input.signatures);
    const bool staffInOrder = std::is_sorted(
        input.staff.cbegin(), input.staff.cend(),
        [](const StaffMember &a, const StaffMember &b) { return a.employeeNo < b.employeeNo; });
    auto cursor = order.cbegin();

    for (const StaffMember &member : input.staff) {
        if (staffInOrder) {
            while (cursor != order.cend() && (*cursor)->employeeNo < member.employeeNo)
                ++cursor;
        } else {
            cursor = std::lower_bound(
                order.cbegin(), order.cend(), member.employeeNo,
                [](const Signature *s, const QString &no) { return s->employeeNo < no; });
        }
        SignaturesOf of;
        for (auto it = cursor; it != order.cend() && (*it)->employeeNo == member.employeeNo; ++it) {
            const Signature &signature = **it;
            if (!of.latest || isLaterSignature(signature, *of.latest))
                of.latest = &signature;
            if (signature.versionNumber >= baseline.number
                && (!of.latestCounting || isLaterSignature(signature, *of.latestCounting)))
                of.latestCounting = &signature;
        }
        if (!mustSign(input.code, member))
            continue;
        ++dashboard.required;
        QDate since = later(baseline.publishedOn, member.startDate);
        bool expired = false;
        if (of.latestCounting) {
            const QDate signedOn = organisationDate(of.latestCounting->signedAt);
            if (signatureCounts(input.code, baseline.number, of.latestCounting->versionNumber,
                                signedOn, today)) {
                ++dashboard.signedCount;
                continue;
            }
            // The signature ran out: the obligation starts again on the day it did.
            expired = true;
            since = later(since, signatureExpiry(input.code, signedOn));
        }
        StaffDue entry;
        entry.member = member;
        entry.since = since;
        entry.due = since.addDays(input.code.graceDays);
        entry.overdue = today > entry.due;
        entry.daysOverdue = entry.overdue ? int(entry.due.daysTo(today)) : 0;
        entry.expired = expired;
        if (of.latest) {
            entry.lastSignedVersion = of.latest->versionNumber;
            entry.lastSignedAt = of.latest->signedAt;
        }
        dashboard.unacknowledged.append(std::move(entry));
    }
    std::sort(dashboard.unacknowledged.begin(), dashboard.unacknowledged.end(),
              [](const StaffDue &a, const StaffDue &b) {
                  if (a.daysOverdue != b.daysOverdue)
                      return a.daysOverdue > b.daysOverdue;
                  if (a.due != b.due)
                      return a.due < b.due;
                  return a.member.employeeNo < b.member.employeeNo;
              });
}

QList<KpiStatus> kpiStatuses(const DashboardInput &input)
{
    const Section *metrics = nullptr;
    for (const Section &section : input.sections) {
        if (section.key == SectionKey::Metrics)
            metrics = &section;
    }
    QList<KpiStatus> statuses;
    if (!metrics)
        return statuses;

    // KPI key -> team -> latest observation; QMap keeps the teams in order, "" first.
    QHash<QString, QMap<QString, const KpiObservation *>> latest;
    for (const KpiObservation &observation : input.observations) {
        const KpiObservation *&held = latest[observation.kpiKey][observation.team];
        if (!held || isNewer(observation, *held))
            held = &observation;
    }
    for (const Kpi &kpi : metrics->kpis) {
        const auto teams = latest.constFind(kpi.key);
        if (teams == latest.cend()) {
            statuses.append({kpi, QString(), std::nullopt, KpiState::NoData});
            continue;
        }
        for (auto it = teams->cbegin(); it != teams->cend(); ++it)
            statuses.append({kpi, it.key(), **it, kpiStateFor(kpi, (*it)->value)});
    }
    return statuses;
}

} // namespace

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Current:
        return QStringLiteral("current");
    case ReviewState::DueSoon:
        return QStringLiteral("due_soon");
    case ReviewState::Stale:
        return QStringLiteral("stale");
    case ReviewState::NotScheduled:
        return QStringLiteral("not_scheduled");
    }
    return {};
}

QString kpiStateName(KpiState state)
{
    switch (state) {
    case KpiState::OnTarget:
        return QStringLiteral("on_target");
    case KpiState::OffTarget:
        return QStringLiteral("off_target");
    case KpiState::Breached:
        return QStringLiteral("breached");
    case KpiState::NoData:
        return QStringLiteral("no_data");
    }
    return {};
}

std::optional<double> Dashboard::signedShare() const
{
    if (required == 0)
        return std::nullopt;
    return double(signedCount) / double(required);
}

int Dashboard::overdueCount() const
{
    return int(std::count_if(unacknowledged.cbegin(), unacknowledged.cend(),
                             [](const StaffDue &s) { return s.overdue; }));
}

int Dashboard::staleCount() const
{
    return int(std::count_if(sections.cbegin(), sections.cend(),
                             [](const SectionDue &s) { return s.state == ReviewState::Stale; }));
}

int Dashboard::dueSoonCount() const
{
    return int(std::count_if(sections.cbegin(), sections.cend(),
                             [](const SectionDue &s) { return s.state == ReviewState::DueSoon; }));
}

int Dashboard::kpisOffTarget() const
{
    return int(std::count_if(kpis.cbegin(), kpis.cend(), [](const KpiStatus &k) {
        return k.state == KpiState::OffTarget || k.state == KpiState::Breached;
    }));
}

int Dashboard::kpisBreached() const
{
    return int(std::count_if(kpis.cbegin(), kpis.cend(),
                             [](const KpiStatus &k) { return k.state == KpiState::Breached; }));
}

bool SectionDue::isDue() const
{
    return state == ReviewState::Stale || (state == ReviewState::DueSoon && daysLeft == 0);
}

SectionDue sectionDue(const Section &section, const QDate &lastReviewed, const QDate &publishedOn,
                      const QDate &today)
{
    SectionDue due;
    due.key = section.key;
    due.title = section.title;
    due.owner = section.owner;
    due.reviewIntervalDays = section.reviewIntervalDays;
    due.lastReviewed = lastReviewed;
    due.countedFrom = lastReviewed.isValid() ? lastReviewed : publishedOn;
    if (!section.reviewIntervalDays || !due.countedFrom.isValid()) {
        due.state = ReviewState::NotScheduled;
        return due;
    }
    due.due = due.countedFrom.addDays(*section.reviewIntervalDays);
    const qint64 left = today.daysTo(due.due);
    if (left < 0) {
        due.state = ReviewState::Stale;
        due.daysOverdue = int(-left);
    } else {
        due.state = left <= dueSoonDays ? ReviewState::DueSoon : ReviewState::Current;
        due.daysLeft = int(left);
    }
    return due;
}

KpiState kpiStateFor(const Kpi &kpi, double value)
{
    if (kpi.direction == KpiDirection::AtMost) {
        if (value > kpi.alert)
            return KpiState::Breached;
        return value > kpi.target ? KpiState::OffTarget : KpiState::OnTarget;
    }
    if (value < kpi.alert)
        return KpiState::Breached;
    return value < kpi.target ? KpiState::OffTarget : KpiState::OnTarget;
}

Dashboard computeDashboard(const DashboardInput &input, const QDate &today)
{
    Dashboard dashboard;
    dashboard.today = today;
    dashboard.inForce = versionInForce(input.publications);
    dashboard.baseline = signatureBaseline(input.publications);
    if (!dashboard.inForce || !dashboard.baseline)
        return dashboard; // nothing is in force: nothing to sign, review or measure against
    dashboard.sections = sectionsDue(input, *dashboard.inForce, today);
    judgeStaff(input, *dashboard.baseline, today, dashboard);
    dashboard.kpis = kpiStatuses(input);
    return dashboard;
}

} // namespace tenet::domain
