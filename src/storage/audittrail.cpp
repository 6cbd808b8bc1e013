#include "audittrail.h"

#include "sqlquery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Result;
using domain::Status;

Result<AuditTrail> AuditTrail::load(const QSqlDatabase &db)
{
    SqlQuery q(db, u"SELECT seq, actor, action, subject, detail FROM audit_log ORDER BY seq"_s);
    if (Status status = q.exec(); !status)
        return status.error();
    AuditTrail trail;
    while (q.next()) {
        trail.m_entries.append({q.integer(0), q.text(1), q.text(2), q.text(3),
                                QJsonDocument::fromJson(q.text(4).toUtf8()).object()});
    }
    return trail;
}

QString listInWords(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return u"%1 and %2"_s.arg(items.mid(0, items.size() - 1).join(u", "_s), items.last());
}

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
}

} // namespace tenet::storage
