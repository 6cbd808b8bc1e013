#pragma once

#include "acknowledgementrules.h"
#include "code.h"
#include "kpiobservation.h"
#include "section.h"
#include "sectionreview.h"
#include "staffmember.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tenet::domain {

// A signature as the dashboard needs it: who signed which version, and when.
struct Signature
{
    QString employeeNo;
    int versionNumber = 0;
    QDateTime signedAt; // UTC

    friend bool operator==(const Signature &, const Signature &) = default;
};

// Everything the dashboard rules look at, as plain data: the caller gathers it (from the
// database, or by hand in a test), the rules never read anything else.
struct DashboardInput
{
    Code code;
    QList<Publication> publications; // every version of the code that was ever published
    QList<Section> sections; // those of the version in force; clauses are not needed
    QList<SectionReview> reviews; // any number; the latest of each section counts
    QList<StaffMember> staff; // the whole roster, active or not
    QList<Signature> signatures; // any number per person
    QList<KpiObservation> observations; // any number; the latest per KPI and team counts

    friend bool operator==(const DashboardInput &, const DashboardInput &) = default;
};

// A section is due soon when its review falls due within this many days.
inline constexpr int dueSoonDays = 14;

enum class ReviewState
{
    Current, // reviewed recently enough
    DueSoon, // due within dueSoonDays, or due today
    Stale, // its last review is older than its review interval
    NotScheduled, // the section sets no review interval
};

QString reviewStateName(ReviewState state); // "current", "due_soon", "stale", "not_scheduled"

// Where one section of the version in force stands with its review.
struct SectionDue
{
    SectionKey key = SectionKey::Ethics;
    QString title;
    QString owner;
    std::optional<int> reviewIntervalDays;
    QDate lastReviewed; // invalid when never reviewed
    QDate countedFrom; // the last review or, never reviewed, the version's publication
    QDate due; // countedFrom + the interval; invalid when not scheduled
    ReviewState state = ReviewState::NotScheduled;
    int daysOverdue = 0; // stale: days since it fell due
    int daysLeft = 0; // current or due soon: days until it falls due

    // Whether its review is due now: it falls due today or is stale.
    bool isDue() const;

    friend bool operator==(const SectionDue &, const SectionDue &) = default;
};

// A person who must sign the version in force and has no signature that counts.
struct StaffDue
{
    StaffMember member;
    QDate since; // when their signature became needed
    QDate due; // since + the code's grace days
    bool overdue = false;
    int daysOverdue = 0;
    bool expired = false; // they had signed, but the attestation period has run out
    std::optional<int> lastSignedVersion; // their latest signature of any version, if any
    QDateTime lastSignedAt;

    friend bool operator==(const StaffDue &, const StaffDue &) = default;
};

enum class KpiState
{
    OnTarget,
    OffTarget, // on the wrong side of the target, not of the alert threshold
    Breached, // on the wrong side of the alert threshold
    NoData, // nothing measured yet
};

QString kpiStateName(KpiState state); // "on_target", "off_target", "breached", "no_data"

// One KPI of the metrics section for one team ("" is the whole organisation), judged by its
// latest observation.
struct KpiStatus
{
    Kpi kpi;
    QString team;
    std::optional<KpiObservation> latest;
    KpiState state = KpiState::NoData;

    friend bool operator==(const KpiStatus &, const KpiStatus &) = default;
};

// What the dashboard shows on a given day: the headline figures and the lists behind them.
struct Dashboard
{
    QDate today;
    std::optional<Publication> inForce;
    std::optional<Publication> baseline; // signatures of this version or later count
    int required = 0; // active people in the code's audience
    int signedCount = 0; // of those, people with a signature that counts
    QList<SectionDue> sections; // every section of the version in force, in order
    QList<StaffDue> unacknowledged; // most days overdue first, then by due date
    QList<KpiStatus> kpis; // by the metrics section's order, then team

    // signedCount / required; none when nobody has to sign.
    std::optional<double> signedShare() const;
    int overdueCount() const;
    int staleCount() const;
    int dueSoonCount() const;
    int kpisOffTarget() const; // off target or breached
    int kpisBreached() const;

    friend bool operator==(const Dashboard &, const Dashboard &) = default;
};

// The dashboard rules (DESIGN.md, "The dashboard rules") applied to the data on `today`.
// Dates are the organisation's (organisationdate.h).
Dashboard computeDashboard(const DashboardInput &input, const QDate &today);

// The review rule for one section: due its interval after the last review, or after the
// version's publication when it was never reviewed; stale the day after that.
SectionDue sectionDue(const Section &section, const QDate &lastReviewed, const QDate &publishedOn,
                      const QDate &today);

// How one measured value stands against the KPI's target and alert threshold. A value
// exactly on a line is on its good side.
KpiState kpiStateFor(const Kpi &kpi, double value);

} // namespace tenet::domain
