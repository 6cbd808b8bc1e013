#include "auditlog.h"

#include "database.h"
#include "hashchain.h"
#include "sqlquery.h"
#include "timestamps.h"

#include <QJsonDocument>

namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

const QStringList contentColumns
    = {QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
       QStringLiteral("subject"), QStringLiteral("detail")};

HashChain chain(Database &db)
{
    return HashChain(db.connection(), QStringLiteral("audit_log"), contentColumns);
}

} // namespace

AuditLog::AuditLog(Database &db) : m_db(db) { }

Result<QList<AuditEntry>> AuditLog::entries() const
{
    QList<AuditEntry> entries;
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT seq, at, actor, action, subject, detail, prev_hash, hash "
                                  "FROM audit_log ORDER BY seq"));
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next()) {
        entries.append({query.integer(0), timeFromStored(query.text(1)), query.text(2),
                        query.text(3), query.text(4), query.text(5), query.value(6).toByteArray(),
                        query.value(7).toByteArray()});
    }
    return entries;
}

Result<ChainReport> AuditLog::verify() const
{
    return chain(m_db).verify();
}

Status AuditLog::append(const domain::Actor &actor, const QString &action, const QString &subject,
                        const QJsonObject &detail) const
{
    const QString detailText
        = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    auto seq = chain(m_db).append({storedTime(m_db.now()), actor.id, action, subject, detailText});
    if (!seq)
        return seq.error();
    return {};
}

} // namespace tenet::storage
