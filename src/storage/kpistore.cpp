#include "kpistore.h"

#include "auditlog.h"
#include "codestore.h"
#include "contentstore.h"
#include "database.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "timestamps.h"
#include "versionreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Error;
using domain::KpiObservation;
using domain::Result;
using domain::Status;

namespace {

const QString selectColumns = u"kpi_key, team, period_start, period_end, value, imported_at"_s;

KpiObservation fromRow(const SqlQuery &q)
{
    return {q.text(0),
            q.text(1),
            QDate::fromString(q.text(2), Qt::ISODate),
            QDate::fromString(q.text(3), Qt::ISODate),
            q.value(4).toDouble(),
            timeFromStored(q.text(5))};
}

Result<QList<KpiObservation>> rows(SqlQuery &q)
{
    if (Status status = q.exec(); !status)
        return status.error();
    QList<KpiObservation> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

} // namespace

KpiStore::KpiStore(Database &db) : m_db(db) { }

Result<QStringList> KpiStore::knownKpis(qint64 codeId) const
{
    // Read without a transaction of its own: the import calls it inside its transaction.
    auto code = CodeStore(m_db).code(codeId);
    if (!code)
        return code.error();
    auto found = VersionReader(m_db).inForce(codeId);
    if (!found)
        return found.error();
    const std::optional<domain::VersionInfo> &inForce = *found;
    if (!inForce)
        return Error::notFound(
            u"\"%1\" has no version in force, so no KPIs to measure yet"_s.arg(code->title));
    SqlQuery q(m_db.connection(),
               u"SELECT s.section_blob_id FROM version_section s JOIN version v "
               "ON v.id = s.version_id AND v.language = s.language "
               "WHERE s.version_id = :id AND s.section_key = 'metrics'"_s);
    q.bind(u":id"_s, inForce->id);
    if (Status status = q.exec(); !status)
        return status.error();
    QStringList keys;
    if (!q.next())
        return keys;
    auto metrics = ContentStore(m_db.connection()).loadSection(q.integer(0));
    if (!metrics)
        return metrics.error();
    for (const domain::Kpi &kpi : metrics->kpis)
        keys.append(kpi.key);
    return keys;
}

Result<KpiImportSummary> KpiStore::importObservations(qint64 codeId,
                                                      const QList<KpiObservation> &observations,
                                                      const domain::Actor &by)
{
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    auto known = knownKpis(codeId);
    if (!known)
        return known.error();
    const QSet<QString> keys(known->cbegin(), known->cend());
    for (const KpiObservation &observation : observations) {
        if (!keys.contains(observation.kpiKey))
            return Error::invalid(u"kpi"_s,
                                  u"\"%1\" is not a KPI of the metrics section of the "
                                  "version in force"_s.arg(observation.kpiKey));
        if (!observation.periodStart.isValid() || !observation.periodEnd.isValid()
            || observation.periodEnd < observation.periodStart)
            return Error::invalid(
                u"period"_s,
                u"the period of %1 is not a valid range of dates"_s.arg(observation.kpiKey));
    }

    SqlQuery exists(db,
                    u"SELECT 1 FROM kpi_observation WHERE code_id = :code AND kpi_key = :kpi "
                    "AND team = :team AND period_start = :start AND period_end = :end"_s);
    SqlQuery upsert(db,
                    u"INSERT INTO kpi_observation (code_id, kpi_key, team, period_start, "
                    "period_end, value, imported_at, imported_by) VALUES (:code, :kpi, "
                    ":team, :start, :end, :value, :at, :by) ON CONFLICT (code_id, kpi_key, "
                    "team, period_start, period_end) DO UPDATE SET value = excluded.value, "
                    "imported_at = excluded.imported_at, imported_by = excluded.imported_by"_s);
    const QString now = storedTime(m_db.now());
    KpiImportSummary summary;
    QSet<QString> kpisTouched;
    for (const KpiObservation &observation : observations) {
        const QString start = observation.periodStart.toString(Qt::ISODate);
        const QString end = observation.periodEnd.toString(Qt::ISODate);
        exists.bind(u":code"_s, codeId)
            .bind(u":kpi"_s, observation.kpiKey)
            .bind(u":team"_s, observation.team)
            .bind(u":start"_s, start)
            .bind(u":end"_s, end);
        if (Status status = exists.exec(); !status)
            return status.error();
        if (exists.next())
            ++summary.replaced;
        else
            ++summary.added;
        upsert.bind(u":code"_s, codeId)
            .bind(u":kpi"_s, observation.kpiKey)
            .bind(u":team"_s, observation.team)
            .bind(u":start"_s, start)
            .bind(u":end"_s, end)
            .bind(u":value"_s, observation.value)
            .bind(u":at"_s, now)
            .bind(u":by"_s, by.id);
        if (Status status = upsert.exec(); !status)
            return status.error();
        kpisTouched.insert(observation.kpiKey);
    }
    QStringList touched(kpisTouched.cbegin(), kpisTouched.cend());
    touched.sort();
    if (Status status = AuditLog(m_db).append(by, u"kpi.import"_s, u"code:%1"_s.arg(codeId),
                                              {{u"added"_s, summary.added},
                                               {u"replaced"_s, summary.replaced},
                                               {u"kpis"_s, QJsonArray::fromStringList(touched)}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return summary;
}

Result<QList<KpiObservation>> KpiStore::observations(qint64 codeId, const QString &kpiKey,
                                                     std::optional<QString> team) const
{
    QString sql = u"SELECT %1 FROM kpi_observation WHERE code_id = :code"_s.arg(selectColumns);
    if (!kpiKey.isEmpty())
        sql += u" AND kpi_key = :kpi"_s;
    if (team)
        sql += u" AND team = :team"_s;
    SqlQuery q(m_db.connection(), sql + u" ORDER BY kpi_key, team, period_end, period_start"_s);
    q.bind(u":code"_s, codeId);
    if (!kpiKey.isEmpty())
        q.bind(u":kpi"_s, kpiKey);
    if (team)
        q.bind(u":team"_s, *team);
    return rows(q);
}

Result<QList<KpiObservation>> KpiStore::latest(qint64 codeId) const
{
    // The rows of the latest period end of each KPI and team; of two periods that end the
    // same day, the one that starts later. CROSS JOIN keeps SQLite to this order: first the
    // latest end of each KPI and team from the index, then one index step to its rows.
    // (Left to choose, it built a temporary index over every KPI value on each call: a
    // tenth of the dashboard's time on a large organisation.)
    SqlQuery q(m_db.connection(),
               u"SELECT o.kpi_key, o.team, o.period_start, o.period_end, o.value, o.imported_at "
               "FROM (SELECT kpi_key, team, max(period_end) AS last FROM kpi_observation "
               "WHERE code_id = :code GROUP BY kpi_key, team) m CROSS JOIN kpi_observation o "
               "WHERE o.code_id = :same AND o.kpi_key = m.kpi_key AND o.team = m.team "
               "AND o.period_end = m.last ORDER BY o.kpi_key, o.team, o.period_start DESC"_s);
    q.bind(u":code"_s, codeId).bind(u":same"_s, codeId);
    auto all = rows(q);
    if (!all)
        return all.error();
    QList<KpiObservation> latest;
    for (const KpiObservation &observation : *all) {
        if (latest.isEmpty() || latest.last().kpiKey != observation.kpiKey
            || latest.last().team != observation.team)
            latest.append(observation);
    }
    return latest;
}

} // namespace tenet::storage
