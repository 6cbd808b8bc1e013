#include "demohistory.h"

#include "demoorganisation.h"

#include "domain/dashboard.h"
#include "domain/organisationdate.h"
#include "domain/sectionreview.h"
#include "storage/acknowledgementstore.h"
#include "storage/database.h"
#include "storage/kpistore.h"
#include "storage/readingprogressstore.h"
#include "storage/sectionreviewstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

// The people who write, approve, publish, review and measure, by employee number: the same
// in every language of the demonstration (demoroster.h).
const QString manager = u"M001"_s;
const QString publisher = u"M002"_s;
const QString supervisor = u"S001"_s;
const QString quality = u"Q001"_s;
const QString trainer = u"T001"_s;

// The first edition: published long enough ago for a section to have fallen out of review.
constexpr int firstPublished = 233;
// The second edition: published five weeks ago, so that with 14 days' grace those who have
// not signed it are overdue.
constexpr int secondPublished = 38;

// Who signed the second edition, and how many days ago. Everyone else who is active is
// overdue, but the newcomer, who is not due yet.
const QList<std::pair<QString, int>> secondSignatures = {
    {u"M001"_s, 37}, {u"M002"_s, 37}, {u"S001"_s, 36}, {u"Q001"_s, 33}, {u"T001"_s, 30},
    {u"A001"_s, 28}, {u"A003"_s, 21}, {u"A006"_s, 12}, {u"A007"_s, 4},
};

// A step's outcome, whatever the store returned with it.
template<typename T> Status outcome(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

Actor actor(const QString &employeeNo, Role role)
{
    return Actor {employeeNo, role};
}

// Which section plays which part on the dashboard, chosen from those the second edition
// left alone (its publication counts as a review of the sections it changed), by what their
// review intervals allow: the first that can be stale, and another that can fall due soon.
std::optional<SectionKey> pick(const CodeContent &content, const QList<SectionKey> &preference,
                               const QList<SectionKey> &taken,
                               const std::function<bool(int interval)> &fits)
{
    for (SectionKey key : preference) {
        const Section *section = content.section(key);
        if (taken.contains(key) || !section || !section->reviewIntervalDays)
            continue;
        if (fits(*section->reviewIntervalDays))
            return key;
    }
    return std::nullopt;
}

double rounded(double value)
{
    return std::round(value * 10) / 10;
}

// The KPI whose key comes first in `preference`, or failing that the first that `fits`.
int kpiIndex(const QList<Kpi> &kpis, const QStringList &preference, int notThis,
             const std::function<bool(const Kpi &)> &fits)
{
    for (const QString &key : preference) {
        for (int i = 0; i < kpis.size(); ++i) {
            if (i != notThis && kpis.at(i).key == key)
                return i;
        }
    }
    for (int i = 0; i < kpis.size(); ++i) {
        if (i != notThis && fits(kpis.at(i)))
            return i;
    }
    return -1;
}

} // namespace

DemoHistory::DemoHistory(storage::Database &db, const QDateTime &now)
    : m_db(db), m_now(now), m_at(now)
{
    m_db.setClock([this] { return m_at; });
}

DemoHistory::~DemoHistory()
{
    m_db.setClock({});
}

QDateTime DemoHistory::dayAt(int daysAgo, int hour, int minute) const
{
    const QDate day = organisationToday(m_now).addDays(-daysAgo);
    const QDateTime when(day, QTime(hour, minute), organisationTimeZone());
    // Nothing happens later than a moment ago, whatever the time of day now.
    return std::min(when.toUTC(), m_now.addSecs(-3600));
}

void DemoHistory::setDay(int daysAgo, int hour, int minute)
{
    m_at = dayAt(daysAgo, hour, minute);
}

void DemoHistory::add(const QDateTime &when, std::function<Status()> run)
{
    m_steps.append({when, std::move(run)});
}

Status DemoHistory::write(const exchange::CodeDocument &starter, const QList<DemoMember> &roster,
                          const DemoWording &wording, const QString &language)
{
    storage::VersionStore versions(m_db);
    const CodeContent first = starter.content;
    CodeContent second = first;
    if (Status s = reviseForSecondEdition(second, language); !s)
        return s;
    CodeContent third = second;
    if (Status s = reviseForThirdDraft(third, language); !s)
        return s;
    const Actor marta = actor(manager, Role::Manager);
    const Actor ana = actor(publisher, Role::Manager);
    const Actor jonas = actor(supervisor, Role::Supervisor);

    // The first edition, written by the supervisor, approved by one manager and published by
    // the other; everyone signed it on paper at the briefing that followed.
    add(dayAt(239, 10, 0), [=, this]() -> Status {
        auto code = storage::VersionStore(m_db).createCode(starter.code, marta);
        if (!code)
            return code.error();
        m_codeId = code->id;
        return {};
    });
    add(dayAt(239, 11, 30), [=, this]() -> Status {
        auto draft = storage::VersionStore(m_db).createDraft(m_codeId, first, jonas);
        if (!draft)
            return draft.error();
        m_firstId = draft->id;
        return {};
    });
    add(dayAt(235, 16, 10), [=, this]() -> Status {
        return outcome(
            storage::VersionStore(m_db).submit(m_firstId, jonas, wording.firstSubmitNote));
    });
    add(dayAt(234, 10, 5), [=, this]() -> Status {
        return outcome(storage::VersionStore(m_db).approve(m_firstId, marta));
    });
    add(dayAt(firstPublished, 9, 0), [=, this]() -> Status {
        return outcome(
            storage::VersionStore(m_db).publish(m_firstId, ana, true, wording.firstSummary));
    });
    int signer = 0;
    for (const DemoMember &person : roster) {
        if (!person.member.active || person.newcomer)
            continue;
        const StaffMember member = person.member;
        add(dayAt(firstPublished - 1 - signer % 6, 10 + signer % 7, 5 * signer % 60),
            [=, this]() -> Status {
                storage::SignRequest request;
                request.employeeNo = member.employeeNo;
                request.versionId = m_firstId;
                request.typedName = member.fullName;
                request.paperRecord = wording.paperRecord;
                return outcome(storage::AcknowledgementStore(m_db).sign(request, marta));
            });
        ++signer;
    }

    // The second edition, five weeks ago.
    add(dayAt(45, 10, 0), [=, this]() -> Status {
        auto draft = storage::VersionStore(m_db).startDraftFromInForce(m_codeId, jonas);
        if (!draft)
            return draft.error();
        m_secondId = draft->id;
        auto saved
            = storage::VersionStore(m_db).saveDraft(m_secondId, second, draft->revision, jonas);
        return outcome(saved);
    });
    add(dayAt(42, 16, 30), [=, this]() -> Status {
        return outcome(
            storage::VersionStore(m_db).submit(m_secondId, jonas, wording.secondSubmitNote));
    });
    add(dayAt(40, 11, 0), [=, this]() -> Status {
        return outcome(storage::VersionStore(m_db).approve(m_secondId, marta));
    });
    add(dayAt(secondPublished, 9, 30), [=, this]() -> Status {
        return outcome(
            storage::VersionStore(m_db).publish(m_secondId, ana, true, wording.secondSummary));
    });
    // Those who signed it did so themselves, with their PIN, after opening every section.
    QHash<QString, StaffMember> byNumber;
    for (const DemoMember &person : roster)
        byNumber.insert(person.member.employeeNo, person.member);
    for (qsizetype i = 0; i < secondSignatures.size(); ++i) {
        const auto &[employeeNo, daysAgo] = secondSignatures.at(i);
        const StaffMember member = byNumber.value(employeeNo);
        const QDateTime signedAt = dayAt(daysAgo, 9 + int(i) % 8, int(i * 13) % 60);
        add(signedAt.addSecs(-25 * 60), [=, this]() -> Status {
            storage::ReadingProgressStore progress(m_db);
            for (SectionKey key : allSectionKeys) {
                if (Status s = progress.markOpened(m_secondId, member.employeeNo, key); !s)
                    return s;
            }
            return {};
        });
        add(signedAt, [=, this]() -> Status {
            storage::SignRequest request;
            request.employeeNo = member.employeeNo;
            request.versionId = m_secondId;
            request.typedName = member.fullName;
            request.pin = demoPin();
            return outcome(storage::AcknowledgementStore(m_db).sign(
                request, actor(member.employeeNo, member.role)));
        });
    }

    addSectionReviews(first, second, wording);
    addKpiImports(second);

    // The newcomer started last week.
    for (const DemoMember &person : roster) {
        if (!person.newcomer)
            continue;
        const StaffMember member = person.member;
        add(QDateTime(member.startDate, QTime(8, 45), organisationTimeZone()).toUTC(),
            [=, this]() -> Status {
                storage::StaffStore staff(m_db);
                if (Status s = staff.add(member, {}, marta); !s)
                    return s;
                return staff.setSecret(member.employeeNo, demoPin(), marta);
            });
    }

    // The third edition is a draft in progress: the stale complaints section is being revised.
    add(dayAt(5, 10, 0), [=, this]() -> Status {
        auto draft = storage::VersionStore(m_db).startDraftFromInForce(m_codeId, jonas);
        if (!draft)
            return draft.error();
        m_thirdId = draft->id;
        return {};
    });
    add(dayAt(3, 14, 20), [=, this]() -> Status {
        storage::VersionStore store(m_db);
        auto draft = store.info(m_thirdId);
        if (!draft)
            return draft.error();
        auto saved = store.saveDraft(m_thirdId, third, draft->revision, jonas);
        return outcome(saved);
    });

    std::stable_sort(m_steps.begin(), m_steps.end(),
                     [](const Step &a, const Step &b) { return a.when < b.when; });
    for (const Step &step : m_steps) {
        m_at = step.when;
        if (Status s = step.run(); !s)
            return s;
    }
    return {};
}

void DemoHistory::addSectionReviews(const CodeContent &first, const CodeContent &second,
                                    const DemoWording &wording)
{
    QList<SectionKey> changed;
    for (SectionKey key : allSectionKeys) {
        if (!(*first.section(key) == *second.section(key)))
            changed.append(key);
    }
    // Never reviewed since the first edition, and overdue for it.
    const auto stale = pick(second,
                            {SectionKey::Complaints, SectionKey::Behaviour, SectionKey::Training,
                             SectionKey::ServiceProtocols, SectionKey::Ethics},
                            changed, [](int interval) { return interval < firstPublished - 7; });
    QList<SectionKey> taken = changed;
    if (stale)
        taken.append(*stale);
    // Reviewed a week short of its interval ago.
    const auto dueSoon = pick(second,
                              {SectionKey::ServiceProtocols, SectionKey::Training,
                               SectionKey::Behaviour, SectionKey::Ethics},
                              taken, [](int interval) { return interval > 14 && interval < 230; });

    const QList<Actor> reviewers
        = {actor(supervisor, Role::Supervisor), actor(trainer, Role::Trainer),
           actor(quality, Role::Quality), actor(manager, Role::Manager)};
    int turn = 0;
    for (SectionKey key : allSectionKeys) {
        const Section *section = second.section(key);
        if (key == stale || !section->reviewIntervalDays)
            continue;
        const int interval = *section->reviewIntervalDays;
        const int lastReviewed = changed.contains(key) ? secondPublished : firstPublished;
        int daysAgo = 0;
        if (key == dueSoon)
            daysAgo = interval - 7;
        else if (interval - lastReviewed <= dueSoonDays)
            daysAgo = std::max(2, interval / 3); // reviewed in good time: current
        if (daysAgo <= 0 || daysAgo >= lastReviewed)
            continue;
        const Actor by = reviewers.at(turn % reviewers.size());
        const QString note = wording.reviewNotes.at(turn % wording.reviewNotes.size());
        ++turn;
        add(dayAt(daysAgo, 11, 15), [=, this]() -> Status {
            auto review = storage::SectionReviewStore(m_db).record(
                m_codeId, key, ReviewOutcome::Unchanged, note, by);
            return outcome(review);
        });
    }
}

void DemoHistory::addKpiImports(const CodeContent &inForce)
{
    const QList<Kpi> kpis = inForce.section(SectionKey::Metrics)->kpis;
    if (kpis.isEmpty())
        return;
    // The latest month: one KPI past its alert threshold (it was off target the month
    // before), another short of its target, the rest on target.
    const int breached = kpiIndex(kpis, {u"abandon"_s, u"asa"_s, u"aht"_s}, -1,
                                  [](const Kpi &k) { return k.direction == KpiDirection::AtMost; });
    const int offTarget = kpiIndex(kpis, {u"csat"_s, u"qa"_s, u"fcr"_s}, breached,
                                   [](const Kpi &) { return true; });
    const QDate today = organisationToday(m_now);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int monthsAgo = 6; monthsAgo >= 1; --monthsAgo) {
        const QDate start = thisMonth.addMonths(-monthsAgo);
        const QDate end = start.addMonths(1).addDays(-1);
        QList<KpiObservation> values;
        for (int i = 0; i < kpis.size(); ++i) {
            const Kpi &kpi = kpis.at(i);
            // The side of the target that is good, and the distance to the alert threshold.
            const double good = kpi.direction == KpiDirection::AtMost ? -1 : 1;
            double gap = std::abs(kpi.alert - kpi.target);
            if (gap == 0)
                gap = std::max(std::abs(kpi.target) * 0.1, 1.0);
            double value = kpi.target + good * gap * (0.3 + 0.1 * ((i + monthsAgo) % 4));
            if (i == breached && monthsAgo == 1)
                value = kpi.alert - good * gap * 0.4;
            else if ((i == breached && monthsAgo == 2) || (i == offTarget && monthsAgo == 1))
                value = kpi.target - good * gap * 0.5;
            values.append({kpi.key, {}, start, end, rounded(std::max(0.0, value)), {}});
        }
        // Quality imports last month's figures on the third of the month.
        add(std::min(QDateTime(end.addDays(3), QTime(10, 30), organisationTimeZone()).toUTC(),
                     m_now.addSecs(-2 * 3600)),
            [=, this]() -> Status {
                auto imported = storage::KpiStore(m_db).importObservations(
                    m_codeId, values, actor(quality, Role::Quality));
                return outcome(imported);
            });
    }
}

} // namespace tenet::app
