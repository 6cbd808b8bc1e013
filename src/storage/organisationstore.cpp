#include "organisationstore.h"

#include "auditlog.h"
#include "database.h"
#include "scopedtransaction.h"
#include "sqlquery.h"

#include <QJsonObject>

namespace tenet::storage {

using domain::Error;
using domain::Status;

namespace {
const QString nameKey = QStringLiteral("organisation.name");
}

OrganisationStore::OrganisationStore(Database &db) : m_db(db) { }

domain::Result<QString> OrganisationStore::organisationName() const
{
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT value FROM setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), nameKey);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return QString();
    return query.text(0);
}

Status OrganisationStore::setOrganisationName(const QString &name, const domain::Actor &by)
{
    if (name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("organisation name"),
                              QStringLiteral("must not be empty"));
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    SqlQuery upsert(db,
                    QStringLiteral("INSERT INTO setting (key, value) VALUES (:key, :value) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), nameKey).bind(QStringLiteral(":value"), name);
    if (Status status = upsert.exec(); !status)
        return status;
    if (Status status
        = AuditLog(m_db).append(by, QStringLiteral("organisation.rename"),
                                QStringLiteral("organisation"), {{QStringLiteral("name"), name}});
        !status)
        return status;
    return transaction.commit();
}

} // namespace tenet::storage
