#include "dashboardcsv.h"

#include "domain/csvwriter.h"
#include "outputwords.h"

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::render::dashboardcsv {

namespace {

CsvWriter writer(const OutputLanguage &language, QChar delimiter)
{
    return CsvWriter(delimiter.isNull() ? language.csvDelimiter() : delimiter);
}

QString personStatus(const StaffDue &due, const OutputLanguage &language)
{
    if (due.expired)
        //: A person whose signature is older than the attestation period allows.
        return language.translate("DashboardCsv", "signature expired");
    if (due.overdue)
        return language.translate("DashboardCsv", "overdue");
    return language.translate("DashboardCsv", "not yet signed");
}

} // namespace

QByteArray unsignedPeople(const QList<StaffDue> &people, const OutputLanguage &language,
                          QChar delimiter)
{
    CsvWriter csv = writer(language, delimiter);
    csv.addRow(
        {language.translate("DashboardCsv", "Employee number"),
         language.translate("DashboardCsv", "Name"), language.translate("DashboardCsv", "Team"),
         language.translate("DashboardCsv", "Site"), language.translate("DashboardCsv", "Role"),
         //: Column: the day by which the person must sign.
         language.translate("DashboardCsv", "Due"),
         language.translate("DashboardCsv", "Days overdue"),
         language.translate("DashboardCsv", "Status")});
    for (const StaffDue &due : people)
        csv.addRow({due.member.employeeNo, due.member.fullName, due.member.team, due.member.site,
                    words::role(due.member.role, language), language.date(due.due),
                    due.overdue ? QString::number(due.daysOverdue) : QString(),
                    personStatus(due, language)});
    return csv.bytes();
}

QByteArray sectionReviews(const QList<SectionDue> &sections, const OutputLanguage &language,
                          QChar delimiter)
{
    CsvWriter csv = writer(language, delimiter);
    csv.addRow({language.translate("DashboardCsv", "Number"),
                language.translate("DashboardCsv", "Section"),
                language.translate("DashboardCsv", "Owner"),
                language.translate("DashboardCsv", "Last reviewed"),
                //: Column: the day the section's next review falls due.
                language.translate("DashboardCsv", "Review due"),
                language.translate("DashboardCsv", "Status"),
                language.translate("DashboardCsv", "Days overdue"),
                language.translate("DashboardCsv", "Days left")});
    for (const SectionDue &due : sections) {
        const bool stale = due.state == ReviewState::Stale;
        const bool scheduled = due.state != ReviewState::NotScheduled;
        csv.addRow({QString::number(sectionNumber(due.key)), due.title, due.owner,
                    due.lastReviewed.isValid() ? language.date(due.lastReviewed)
                                               //: A section that was never reviewed.
                                               : language.translate("DashboardCsv", "never"),
                    language.date(due.due), words::reviewState(due.state, language),
                    stale ? QString::number(due.daysOverdue) : QString(),
                    scheduled && !stale ? QString::number(due.daysLeft) : QString()});
    }
    return csv.bytes();
}

QByteArray kpiStatus(const QList<KpiStatus> &kpis, const OutputLanguage &language, QChar delimiter)
{
    CsvWriter csv = writer(language, delimiter);
    csv.addRow({language.translate("DashboardCsv", "Indicator"),
                language.translate("DashboardCsv", "Team"),
                language.translate("DashboardCsv", "Latest value"),
                language.translate("DashboardCsv", "Unit"),
                language.translate("DashboardCsv", "Period start"),
                language.translate("DashboardCsv", "Period end"),
                //: Column: whether the KPI should stay at most or at least at its target.
                language.translate("DashboardCsv", "Direction"),
                language.translate("DashboardCsv", "Target"),
                language.translate("DashboardCsv", "Alert threshold"),
                language.translate("DashboardCsv", "Status")});
    for (const KpiStatus &status : kpis) {
        const std::optional<KpiObservation> &latest = status.latest;
        csv.addRow({status.kpi.name.isEmpty() ? status.kpi.key : status.kpi.name,
                    status.team.isEmpty()
                        //: The KPI's values for the whole organisation rather than one team.
                        ? language.translate("DashboardCsv", "whole organisation")
                        : status.team,
                    latest ? language.number(latest->value, 6) : QString(), status.kpi.unit,
                    latest ? language.date(latest->periodStart) : QString(),
                    latest ? language.date(latest->periodEnd) : QString(),
                    words::kpiDirection(status.kpi.direction, language),
                    language.number(status.kpi.target, 6), language.number(status.kpi.alert, 6),
                    words::kpiState(status.state, language)});
    }
    return csv.bytes();
}

} // namespace tenet::render::dashboardcsv
