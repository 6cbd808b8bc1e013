#pragma once

#include "domain/dashboard.h"
#include "domain/result.h"

#include <QDate>

namespace tenet::storage {

class Database;

// Gathers from the database, in one consistent read, the data the dashboard rules look at.
class DashboardStore
{
public:
    explicit DashboardStore(Database &db);

    // The code, its publications, the sections and KPIs of the version in force, the latest
    // review of each section, the roster with each person's latest signature, and the
    // latest KPI value per team.
    domain::Result<domain::DashboardInput> load(qint64 codeId) const;

    // Every signature of version `fromNumber` or later of the code, in no particular order:
    // what the signed share history needs from the ledger when `fromNumber` is the
    // signature baseline, as signatures of earlier versions never count.
    domain::Result<QList<domain::Signature>> signaturesFrom(qint64 codeId, int fromNumber) const;

    // load() and domain::computeDashboard() on `today`.
    domain::Result<domain::Dashboard> compute(qint64 codeId, const QDate &today) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
