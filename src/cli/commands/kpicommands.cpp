#include "commands.h"

#include "cli/commandtarget.h"
#include "domain/kpiobservation.h"
#include "exchange/kpicsv.h"
#include "storage/kpistore.h"

#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::cli::commands {

namespace {

Status importKpis(CommandContext &context)
{
    const QStringList files = context.positional();
    if (files.size() != 1)
        return Error::usage(u"kpi import takes one FILE.csv"_s);
    auto target = findTarget(context, {TargetNeeds::Actor::Optional, {}});
    if (!target)
        return target.error();
    storage::Database &db = target->database();
    const Code &code = target->code;
    const Actor &actor = *target->actor;
    storage::KpiStore store(db);
    auto known = store.knownKpis(code.id);
    if (!known)
        return known.error();
    auto entries = exchange::readKpiCsv(files.first(), *known);
    if (!entries)
        return entries.error();
    QList<KpiObservation> observations;
    observations.reserve(entries->size());
    for (const exchange::KpiObservationEntry &entry : *entries)
        observations.append(entry.observation);
    if (context.isSet(u"dry-run"_s)) {
        context.out() << u"%1 holds %2 valid KPI values; nothing was written (--dry-run).\n"_s.arg(
            files.first(), QString::number(observations.size()));
        return {};
    }
    auto summary = store.importObservations(code.id, observations, actor);
    if (!summary)
        return summary.error();
    context.out() << u"Imported %1 KPI values from %2 into \"%3\": %4 new, %5 replacing earlier "
                     "values for the same period.\n"_s.arg(
                         QString::number(observations.size()), files.first(), code.title,
                         QString::number(summary->added), QString::number(summary->replaced));
    return {};
}

} // namespace

QList<Command> kpiCommands()
{
    return {{u"kpi import"_s,
             u"Import measured KPI values from a CSV file (kpi,team,period_start,period_end,"
             "value); the KPIs must be those of the metrics section in force, and any bad row "
             "rejects the whole file."_s,
             u"FILE.csv"_s,
             {{u"dry-run"_s, u"Check the file; write nothing."_s}},
             importKpis}};
}

} // namespace tenet::cli::commands
