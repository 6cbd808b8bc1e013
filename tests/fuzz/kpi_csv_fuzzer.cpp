// Fuzzes the reader of measured KPI values (exchange::parseKpiCsv): UTF-8, CSV quoting and
// line ends, the header, dates, periods and numbers.
#include "fuzzcheck.h"

#include "domain/stafftext.h"
#include "exchange/kpicsv.h"

#include <QByteArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace tenet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString label = u"kpi.csv"_s;
    // The KPIs of a metrics section, as the seed corpus uses them.
    const QStringList knownKpis = {u"fcr"_s, u"csat"_s, u"aht"_s};

    QList<domain::Error> allErrors;
    const auto observations = exchange::parseKpiCsv(bytes, label, knownKpis, &allErrors);
    if (!observations) {
        fuzz::expectRefusal(observations, allErrors, label);
        return 0;
    }
    FUZZ_EXPECT(allErrors.isEmpty());

    // An accepted file holds only measurements the dashboard can judge: a known KPI, a real
    // period that does not end before it starts, a finite number, each KPI, team and period
    // once.
    QSet<QString> seen;
    int previousLine = 1; // the header's
    for (const exchange::KpiObservationEntry &entry : *observations) {
        const domain::KpiObservation &observation = entry.observation;
        FUZZ_EXPECT(entry.line > previousLine);
        previousLine = entry.line;
        FUZZ_EXPECT(knownKpis.contains(observation.kpiKey));
        FUZZ_EXPECT(observation.periodStart.isValid() && observation.periodEnd.isValid());
        FUZZ_EXPECT(observation.periodStart <= observation.periodEnd);
        FUZZ_EXPECT(std::isfinite(observation.value));
        FUZZ_EXPECT(!domain::staffTextProblem(observation.team, domain::StaffTextLimits::team));
        const QString key = QStringList {observation.kpiKey, observation.team,
                                         observation.periodStart.toString(Qt::ISODate),
                                         observation.periodEnd.toString(Qt::ISODate)}
                                .join(u'\n');
        FUZZ_EXPECT(!seen.contains(key));
        seen.insert(key);
    }
    return 0;
}
