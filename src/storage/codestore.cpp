#include "codestore.h"

#include "auditlog.h"
#include "database.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenet::storage {

using domain::Actor;
using domain::Code;
using domain::Error;
using domain::Result;
using domain::Status;

CodeStore::CodeStore(Database &db) : m_db(db) { }

Result<Code> CodeStore::createCode(const Code &code, const Actor &by)
{
    if (code.title.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("/code/title"), QStringLiteral("must not be empty"));
    if (code.language.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("/code/language"),
                              QStringLiteral("must not be empty"));
    if (code.graceDays < 0)
        return Error::invalid(QStringLiteral("/code/grace_days"),
                              QStringLiteral("must not be negative"));
    if (code.attestationMonths && *code.attestationMonths <= 0)
        return Error::invalid(QStringLiteral("/code/attestation_months"),
                              QStringLiteral("must be at least 1"));

    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();

    const QJsonObject audience {
        {QStringLiteral("teams"), QJsonArray::fromStringList(code.audienceTeams)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(code.audienceRoles)}};
    SqlQuery q(db,
               QStringLiteral("INSERT INTO code (title, organisation, language, audience, "
                              "attestation_months, grace_days, created_at) VALUES (:title, "
                              ":organisation, :language, :audience, :months, :grace, :now) "
                              "RETURNING id"));
    q.bind(QStringLiteral(":title"), code.title)
        .bind(QStringLiteral(":organisation"), code.organisation)
        .bind(QStringLiteral(":language"), code.language)
        .bind(QStringLiteral(":audience"),
              QString::fromUtf8(QJsonDocument(audience).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":months"),
              code.attestationMonths ? QVariant(*code.attestationMonths)
                                     : QVariant(QMetaType::fromType<int>()))
        .bind(QStringLiteral(":grace"), code.graceDays)
        .bind(QStringLiteral(":now"), storedTime(m_db.now()));
    auto id = q.execReturningId();
    if (!id)
        return id.error();
    Code created = code;
    created.id = *id;

    if (Status status = AuditLog(m_db).append(
            by, QStringLiteral("code.create"), QStringLiteral("code:%1").arg(created.id),
            {{QStringLiteral("title"), code.title}, {QStringLiteral("language"), code.language}});
        !status)
        return status.error();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return created;
}

Result<QList<Code>> CodeStore::codes() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT id FROM code ORDER BY id"));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.integer(0));
    QList<Code> list;
    for (qint64 id : ids) {
        auto found = code(id);
        if (!found)
            return found.error();
        list.append(std::move(found).value());
    }
    return list;
}

Result<Code> CodeStore::code(qint64 id) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT id, title, organisation, language, audience, "
                              "attestation_months, grace_days FROM code WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status status = q.execSingle(QStringLiteral("there is no code with id %1").arg(id));
        !status)
        return status.error();
    Code code;
    code.id = q.integer(0);
    code.title = q.text(1);
    code.organisation = q.text(2);
    code.language = q.text(3);
    const QJsonObject audience = QJsonDocument::fromJson(q.text(4).toUtf8()).object();
    for (const auto &team : audience.value(QStringLiteral("teams")).toArray())
        code.audienceTeams.append(team.toString());
    for (const auto &role : audience.value(QStringLiteral("roles")).toArray())
        code.audienceRoles.append(role.toString());
    if (!q.isNull(5))
        code.attestationMonths = int(q.integer(5));
    code.graceDays = int(q.integer(6));
    return code;
}

} // namespace tenet::storage
