#pragma once

#include "domain/kpiobservation.h"
#include "domain/result.h"
#include "domain/workflow.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::storage {

class Database;

// What an import of KPI values did.
struct KpiImportSummary
{
    int added = 0;
    int replaced = 0; // values for a KPI, team and period that had one already
};

// Measured KPI values of a code, per period and team, for the dashboard and its charts.
class KpiStore
{
public:
    explicit KpiStore(Database &db);

    // The KPI keys of the metrics section of the version in force; NotFound when nothing
    // is in force.
    domain::Result<QStringList> knownKpis(qint64 codeId) const;

    // Stores the values in one transaction with one audit log entry; a value for a KPI,
    // team and period that is already there replaces it. Every KPI must be one the version
    // in force defines, or nothing is written.
    domain::Result<KpiImportSummary>
    importObservations(qint64 codeId, const QList<domain::KpiObservation> &observations,
                       const domain::Actor &by);

    // The values of one KPI (or all), optionally for one team ("" is the organisation), in
    // the order of their periods.
    domain::Result<QList<domain::KpiObservation>>
    observations(qint64 codeId, const QString &kpiKey = {},
                 std::optional<QString> team = std::nullopt) const;
    // The latest value of each KPI for each team.
    domain::Result<QList<domain::KpiObservation>> latest(qint64 codeId) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
