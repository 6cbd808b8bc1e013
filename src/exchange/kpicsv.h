#pragma once

#include "domain/kpiobservation.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenet::exchange {

// One measured value as a KPI file lists it, with the line it is on.
struct KpiObservationEntry
{
    int line = 0;
    domain::KpiObservation observation;

    friend bool operator==(const KpiObservationEntry &, const KpiObservationEntry &) = default;
};

// The columns of a KPI file, as its header must name them (in any order):
// kpi,team,period_start,period_end,value.
QStringList kpiColumns();

// Reads measured KPI values: CSV (see parseCsv) with the KPI columns. Every row must be
// valid for the file to be accepted: a KPI key among `knownKpis` (those of the metrics
// section of the version in force), real ISO 8601 dates with the end not before the start,
// a number written with a decimal point (or, in a file separated by semicolons as Spanish
// and Lithuanian spreadsheets write it, a decimal comma), each KPI, team and period once.
// An empty team is the whole organisation. Errors read "FILE:LINE: column NAME: what is
// wrong"; the result holds the first, `allErrors` (when given) all of them.
domain::Result<QList<KpiObservationEntry>> parseKpiCsv(const QByteArray &bytes,
                                                       const QString &fileLabel,
                                                       const QStringList &knownKpis,
                                                       QList<domain::Error> *allErrors = nullptr);
domain::Result<QList<KpiObservationEntry>> readKpiCsv(const QString &path,
                                                      const QStringList &knownKpis,
                                                      QList<domain::Error> *allErrors = nullptr);

} // namespace tenet::exchange
