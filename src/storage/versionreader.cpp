#include "versionreader.h"

#include "database.h"
#include "dialect.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "versionrows.h"

namespace tenet::storage {

using domain::Error;
using domain::Result;
using domain::Status;
using domain::Version;
using domain::VersionInfo;

VersionReader::VersionReader(Database &db) : m_db(db) { }

Result<Version> VersionReader::load(qint64 versionId) const
{
    // One snapshot, so that a writer in another process cannot slip in between the reads.
    ScopedTransaction snapshot(m_db.connection(), ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    return readVersion(m_db, versionId);
}

Result<VersionInfo> VersionReader::info(qint64 versionId) const
{
    return versionInfo(m_db, versionId);
}

Result<VersionInfo> VersionReader::infoHeld(qint64 versionId) const
{
    return versionInfo(m_db, versionId, m_db.dialect().rowLockClause(Dialect::RowLock::Share));
}

Result<VersionInfo> VersionReader::versionByNumber(qint64 codeId, int number) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id FROM version WHERE code_id = :code "
                              "AND number = :number"));
    q.bind(QStringLiteral(":code"), codeId).bind(QStringLiteral(":number"), number);
    if (Status status
        = q.execSingle(QStringLiteral("code %1 has no version %2").arg(codeId).arg(number));
        !status)
        return status.error();
    return info(q.integer(0));
}

Result<QList<VersionInfo>> VersionReader::versions(qint64 codeId) const
{
    return queryVersions(m_db, QStringLiteral("code_id = :code"), QStringLiteral(":code"), codeId);
}

Result<std::optional<VersionInfo>> VersionReader::inForce(qint64 codeId) const
{
    return firstVersion(queryVersions(m_db,
                                      QStringLiteral("code_id = :code AND state = 'published'"),
                                      QStringLiteral(":code"), codeId));
}

Result<std::optional<VersionInfo>> VersionReader::openVersion(qint64 codeId) const
{
    return firstVersion(
        queryVersions(m_db, QStringLiteral("code_id = :code AND ") + openVersionCondition(),
                      QStringLiteral(":code"), codeId));
}

Result<QByteArray> VersionReader::publishedHandbook(qint64 versionId) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT pdf FROM published_handbook WHERE version_id = :id"));
    q.bind(QStringLiteral(":id"), versionId);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error::notFound(
            QStringLiteral("no handbook was stored when this version was published"));
    return q.value(0).toByteArray();
}

} // namespace tenet::storage
