#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tenet::domain {

// A measured value of one KPI of a code's metrics section, for one period and one team
// (an empty team is the whole organisation).
struct KpiObservation
{
    QString kpiKey;
    QString team;
    QDate periodStart;
    QDate periodEnd;
    double value = 0;
    QDateTime importedAt; // UTC

    friend bool operator==(const KpiObservation &, const KpiObservation &) = default;
};

} // namespace tenet::domain
