#include "commands.h"
#include "domain/organisationdate.h"

#include "cli/commandtarget.h"
#include "cli/jsonoutput.h"
#include "cli/table.h"
#include "domain/dashboard.h"
#include "storage/dashboardstore.h"

#include <nlohmann/json.hpp>

#include <QLocale>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tenet::domain;
using nlohmann::ordered_json;

namespace tenet::cli::commands {

namespace {

// The format documented in docs/dashboard.md; later versions only add members.
constexpr char dashboardFormat[] = "tenet.dashboard/1";

ordered_json date(const QDate &day)
{
    return day.isValid() ? ordered_json(day.toString(Qt::ISODate).toStdString()) : ordered_json();
}

ordered_json optionalText(const QString &text)
{
    return text.isEmpty() ? ordered_json() : ordered_json(text.toStdString());
}

ordered_json publicationToJson(const std::optional<Publication> &publication)
{
    if (!publication)
        return ordered_json();
    return {{"number", publication->number},
            {"published_on", date(publication->publishedOn)},
            {"material", publication->material}};
}

ordered_json dashboardToJson(const Code &code, const Dashboard &d)
{
    const std::optional<double> share = d.signedShare();
    ordered_json headline = {
        {"required", d.required},
        {"signed", d.signedCount},
        {"signed_share", share ? ordered_json(std::round(*share * 10000) / 10000) : ordered_json()},
        {"unacknowledged", d.unacknowledged.size()},
        {"overdue", d.overdueCount()},
        {"stale_sections", d.staleCount()},
        {"due_soon_sections", d.dueSoonCount()},
        {"kpis_off_target", d.kpisOffTarget()},
        {"kpis_breached", d.kpisBreached()}};

    ordered_json sections = ordered_json::array();
    for (const SectionDue &s : d.sections) {
        sections.push_back(
            {{"key", sectionKeyName(s.key).toStdString()},
             {"title", s.title.toStdString()},
             {"owner", optionalText(s.owner)},
             {"review_interval_days",
              s.reviewIntervalDays ? ordered_json(*s.reviewIntervalDays) : ordered_json()},
             {"last_reviewed", date(s.lastReviewed)},
             {"counted_from", date(s.countedFrom)},
             {"due", date(s.due)},
             {"state", reviewStateName(s.state).toStdString()},
             {"days_overdue", s.daysOverdue},
             {"days_left", s.daysLeft}});
    }

    ordered_json people = ordered_json::array();
    for (const StaffDue &due : d.unacknowledged) {
        ordered_json person = staffToJson(due.member);
        person["since"] = date(due.since);
        person["due"] = date(due.due);
        person["overdue"] = due.overdue;
        person["days_overdue"] = due.daysOverdue;
        person["expired"] = due.expired;
        person["last_signed_version"]
            = due.lastSignedVersion ? ordered_json(*due.lastSignedVersion) : ordered_json();
        person["last_signed_at"] = due.lastSignedAt.isValid()
            ? ordered_json(due.lastSignedAt.toUTC().toString(Qt::ISODate).toStdString())
            : ordered_json();
        people.push_back(person);
    }

    ordered_json kpis = ordered_json::array();
    for (const KpiStatus &k : d.kpis) {
        ordered_json latest;
        if (k.latest)
            latest = {{"period_start", date(k.latest->periodStart)},
                      {"period_end", date(k.latest->periodEnd)},
                      {"value", k.latest->value}};
        kpis.push_back({{"key", k.kpi.key.toStdString()},
                        {"name", k.kpi.name.toStdString()},
                        {"unit", optionalText(k.kpi.unit)},
                        {"direction", kpiDirectionName(k.kpi.direction).toStdString()},
                        {"target", k.kpi.target},
                        {"alert", k.kpi.alert},
                        {"team", optionalText(k.team)},
                        {"state", kpiStateName(k.state).toStdString()},
                        {"latest", latest}});
    }

    return {{"format", dashboardFormat},
            {"today", date(d.today)},
            {"code",
             {{"id", code.id},
              {"title", code.title.toStdString()},
              {"grace_days", code.graceDays},
              {"attestation_months",
               code.attestationMonths ? ordered_json(*code.attestationMonths) : ordered_json()}}},
            {"version_in_force", publicationToJson(d.inForce)},
            {"signatures_from", publicationToJson(d.baseline)},
            {"headline", headline},
            {"sections", sections},
            {"unacknowledged", people},
            {"kpis", kpis}};
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

void printDashboard(QTextStream &out, const Code &code, const Dashboard &d)
{
    out << u"Dashboard of \"%1\" on %2\n"_s.arg(code.title, d.today.toString(Qt::ISODate));
    if (!d.inForce) {
        out << u"No version is in force yet: nothing to sign, review or measure.\n"_s;
        return;
    }
    out << u"Version %1 in force since %2"_s.arg(QString::number(d.inForce->number),
                                                 d.inForce->publishedOn.toString(Qt::ISODate));
    if (d.baseline && d.baseline->number != d.inForce->number)
        out << u" (editorial; signatures of version %1 or later count)"_s.arg(d.baseline->number);
    out << u"\n\n"_s;

    const std::optional<double> share = d.signedShare();
    out << u"Signed:           %1 (%2 of %3 people)\n"_s.arg(
        share ? QLocale::c().toString(*share * 100, 'f', 1) + u'%' : u"-"_s,
        QString::number(d.signedCount), QString::number(d.required));
    out << u"Overdue people:   %1 (%2 not signed yet)\n"_s.arg(
        QString::number(d.overdueCount()), QString::number(d.unacknowledged.size()));
    out << u"Stale sections:   %1 (%2 due soon)\n"_s.arg(QString::number(d.staleCount()),
                                                         QString::number(d.dueSoonCount()));
    out << u"KPIs off target:  %1 (%2 breached)\n"_s.arg(QString::number(d.kpisOffTarget()),
                                                         QString::number(d.kpisBreached()));

    out << u"\nSections\n"_s;
    Table sections({u"KEY"_s, u"LAST REVIEW"_s, u"DUE"_s, u"STATE"_s, u"TITLE"_s});
    for (const SectionDue &s : d.sections) {
        QString state = reviewStateName(s.state);
        if (s.state == ReviewState::Stale)
            state += u" (%1 days)"_s.arg(s.daysOverdue);
        else if (s.state == ReviewState::DueSoon)
            state += u" (%1 days left)"_s.arg(s.daysLeft);
        sections.addRow(
            {sectionKeyName(s.key),
             s.lastReviewed.isValid() ? s.lastReviewed.toString(Qt::ISODate) : u"never"_s,
             s.due.toString(Qt::ISODate), state, s.title});
    }
    sections.print(out);

    out << u"\nNot signed\n"_s;
    if (d.unacknowledged.isEmpty()) {
        out << u"Everyone who must sign has signed.\n"_s;
    } else {
        Table people({u"EMPLOYEE"_s, u"NAME"_s, u"TEAM"_s, u"SITE"_s, u"DUE"_s, u"STATE"_s,
                      u"LAST SIGNED"_s});
        for (const StaffDue &due : d.unacknowledged)
            people.addRow(
                {due.member.employeeNo, due.member.fullName, due.member.team, due.member.site,
                 due.due.toString(Qt::ISODate),
                 due.overdue ? u"overdue %1 days"_s.arg(due.daysOverdue)
                             : (due.expired ? u"expired"_s : u"pending"_s),
                 due.lastSignedVersion ? u"v%1"_s.arg(*due.lastSignedVersion) : QString()});
        people.print(out);
    }

    out << u"\nKPIs\n"_s;
    Table kpis(
        {u"KPI"_s, u"TEAM"_s, u"LATEST"_s, u"PERIOD"_s, u"TARGET"_s, u"ALERT"_s, u"STATE"_s});
    for (const KpiStatus &k : d.kpis)
        kpis.addRow(
            {k.kpi.key, k.team.isEmpty() ? u"(all)"_s : k.team,
             k.latest ? number(k.latest->value) : QString(),
             k.latest ? u"%1..%2"_s.arg(k.latest->periodStart.toString(Qt::ISODate),
                                        k.latest->periodEnd.toString(Qt::ISODate))
                      : QString(),
             (k.kpi.direction == KpiDirection::AtMost ? u"<= "_s : u">= "_s) + number(k.kpi.target),
             number(k.kpi.alert), kpiStateName(k.state)});
    kpis.print(out);
}

Status dashboard(CommandContext &context)
{
    QDate today = domain::organisationToday();
    if (context.isSet(u"today"_s)) {
        today = QDate::fromString(context.value(u"today"_s), Qt::ISODate);
        if (!today.isValid())
            return Error::invalid(
                u"--today"_s,
                u"\"%1\" is not a date of the form YYYY-MM-DD"_s.arg(context.value(u"today"_s)));
    }
    auto target = findTarget(context);
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    auto computed = storage::DashboardStore(db).compute(code.id, today);
    if (!computed)
        return computed.error();
    if (context.json())
        printJson(context.out(), dashboardToJson(code, *computed));
    else
        printDashboard(context.out(), code, *computed);
    return {};
}

} // namespace

QList<Command> dashboardCommands()
{
    return {
        {u"dashboard"_s,
         u"Who has not signed the version in force, which sections are due for review, and "
         "which KPIs are off target (the JSON is stable; see docs/dashboard.md)."_s,
         {},
         {{u"today"_s, u"Judge as on this day, YYYY-MM-DD (default: today, UTC)."_s, u"DATE"_s}},
         dashboard}};
}

} // namespace tenet::cli::commands
