#pragma once

#include "domain/kpiobservation.h"
#include "domain/result.h"
#include "domain/structureditems.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;

namespace tenet::app {

struct TeamShareSeries;

// Builds the dashboard's two charts from data already read: the signed share of each team
// since publication, and a KPI's recent values against its target and alert lines. The
// caller owns the chart it is given.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(tenet::app::DashboardCharts)

public:
    // Every team's series, or only TEAM's when it is not empty.
    static QChart *signingShare(const QList<TeamShareSeries> &history, const QString &team);

    // The KPI's last twelve periods, for the organisation and each team (only TEAM's when it
    // is not empty). KPI null: no KPI is chosen.
    static QChart *kpiTrend(const domain::Kpi *kpi,
                            const domain::Result<QList<domain::KpiObservation>> &observations,
                            const QString &team);
};

} // namespace tenet::app
