#include "staffstore.h"

#include "auditlog.h"
#include "database.h"
#include "dialect.h"
#include "domain/passwordhash.h"
#include "domain/staffrules.h"
#include "scopedtransaction.h"
#include "sqlquery.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace tenet::storage {

using domain::Error;
using domain::ErrorKind;
using domain::Result;
using domain::StaffMember;
using domain::Status;

namespace {

const QString staffColumns = QStringLiteral(
    "employee_no, full_name, email, role, team, site, language, active, start_date");

Result<StaffMember> memberFromRow(const SqlQuery &query, const QString &where)
{
    StaffMember member;
    member.employeeNo = query.text(0);
    member.fullName = query.text(1);
    member.email = query.text(2);
    const auto role = domain::roleFromName(query.text(3));
    if (!role)
        return Error::integrity(where,
                                QStringLiteral("staff member %1 has an unknown role \"%2\"")
                                    .arg(member.employeeNo, query.text(3)));
    member.role = *role;
    member.team = query.text(4);
    member.site = query.text(5);
    member.language = query.text(6);
    member.active = query.integer(7) != 0;
    if (!query.isNull(8))
        member.startDate = QDate::fromString(query.text(8), Qt::ISODate);
    return member;
}

QString subjectOf(const QString &employeeNo)
{
    return QStringLiteral("staff:") + employeeNo;
}

// One person's row, LOCK (Dialect::rowLockClause) ending the query.
Result<StaffMember> findLocked(Database &db, const QString &employeeNo, const QString &lock)
{
    SqlQuery query(
        db.connection(),
        QStringLiteral("SELECT %1 FROM staff WHERE employee_no = :no%2").arg(staffColumns, lock));
    query.bind(QStringLiteral(":no"), employeeNo);
    if (Status status = query.execSingle(
            QStringLiteral("no staff member has the employee number %1").arg(employeeNo));
        !status)
        return status.error();
    return memberFromRow(query, db.path());
}

} // namespace

StaffStore::StaffStore(Database &db) : m_db(db) { }

Status StaffStore::add(const StaffMember &member, const QString &secret, const domain::Actor &by)
{
    if (member.employeeNo.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("employee number"),
                              QStringLiteral("must not be empty"));
    if (member.employeeNo != member.employeeNo.trimmed())
        return Error::invalid(
            QStringLiteral("employee number"),
            QStringLiteral("\"%1\" must not begin or end with spaces").arg(member.employeeNo));
    if (member.fullName.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("name"),
            QStringLiteral("staff member %1 needs a name").arg(member.employeeNo));

    const QSqlDatabase db = m_db.connection();
    // Hashing is slow on purpose; do it before taking the write lock.
    const QString hash
        = secret.isEmpty() ? QString() : domain::hashSecret(secret, m_db.secretHashIterations());
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    if (Status allowed = checkMayChange(by); !allowed)
        return allowed;

    SqlQuery exists(db, QStringLiteral("SELECT 1 FROM staff WHERE employee_no = :no"));
    exists.bind(QStringLiteral(":no"), member.employeeNo);
    if (Status status = exists.exec(); !status)
        return status;
    if (exists.next())
        return Error::refused(QStringLiteral("staff member %1 already exists; employee numbers "
                                             "are unique")
                                  .arg(member.employeeNo));

    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO staff (%1, secret_hash) VALUES (:no, :name, "
                                   ":email, :role, :team, :site, :language, :active, :start, "
                                   ":secret)")
                        .arg(staffColumns));
    insert.bind(QStringLiteral(":no"), member.employeeNo)
        .bind(QStringLiteral(":name"), member.fullName)
        .bind(QStringLiteral(":email"), member.email)
        .bind(QStringLiteral(":role"), domain::roleName(member.role))
        .bind(QStringLiteral(":team"), member.team)
        .bind(QStringLiteral(":site"), member.site)
        .bind(QStringLiteral(":language"), member.language)
        .bind(QStringLiteral(":active"), member.active ? 1 : 0)
        .bind(QStringLiteral(":start"),
              member.startDate.isValid() ? QVariant(member.startDate.toString(Qt::ISODate))
                                         : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":secret"), hash);
    if (Status status = insert.exec(); !status)
        return status;

    QJsonObject detail {{QStringLiteral("name"), member.fullName},
                        {QStringLiteral("role"), domain::roleName(member.role)},
                        {QStringLiteral("active"), member.active},
                        {QStringLiteral("has_secret"), !secret.isEmpty()}};
    if (!hash.isEmpty())
        detail.insert(QStringLiteral("secret_sha256"), secretFingerprint(hash));
    if (Status status = AuditLog(m_db).append(by, QStringLiteral("staff.add"),
                                              subjectOf(member.employeeNo), detail);
        !status)
        return status;
    return transaction.commit();
}

Result<StaffMember> StaffStore::find(const QString &employeeNo) const
{
    return findLocked(m_db, employeeNo, {});
}

Result<StaffMember> StaffStore::findHeld(const QString &employeeNo) const
{
    return findLocked(m_db, employeeNo, m_db.dialect().rowLockClause(Dialect::RowLock::Write));
}

Result<QList<StaffMember>> StaffStore::list() const
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT %1 FROM staff ORDER BY employee_no").arg(staffColumns));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<StaffMember> members;
    while (query.next()) {
        auto member = memberFromRow(query, m_db.path());
        if (!member)
            return member.error();
        members.append(std::move(member).value());
    }
    return members;
}

Status StaffStore::setSecret(const QString &employeeNo, const QString &secret,
                             const domain::Actor &by)
{
    const QSqlDatabase db = m_db.connection();
    // Hashing is slow on purpose; do it before taking the write lock.
    const QString hash
        = secret.isEmpty() ? QString() : domain::hashSecret(secret, m_db.secretHashIterations());
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    auto manager = hasActiveManager();
    if (!manager)
        return manager.error();
    if (Status allowed = domain::checkSecretChange(by, employeeNo, *manager); !allowed)
        return allowed;
    SqlQuery update(db,
                    QStringLiteral("UPDATE staff SET secret_hash = :hash WHERE employee_no = :no"));
    update.bind(QStringLiteral(":hash"), hash).bind(QStringLiteral(":no"), employeeNo);
    if (Status status = update.exec(); !status)
        return status;
    if (update.rowsAffected() == 0)
        return Error::notFound(
            QStringLiteral("no staff member has the employee number %1").arg(employeeNo));
    QJsonObject detail {{QStringLiteral("has_secret"), !secret.isEmpty()}};
    if (!hash.isEmpty())
        detail.insert(QStringLiteral("secret_sha256"), secretFingerprint(hash));
    if (Status status
        = AuditLog(m_db).append(by, QStringLiteral("staff.secret"), subjectOf(employeeNo), detail);
        !status)
        return status;
    return transaction.commit();
}

Result<bool> StaffStore::hasActiveManager() const
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT EXISTS (SELECT 1 FROM staff WHERE active = 1 AND "
                                  "role = :role)"));
    query.bind(QStringLiteral(":role"), domain::roleName(domain::Role::Manager));
    if (Status status = query.execSingle(QStringLiteral("the roster could not be read")); !status)
        return status.error();
    return query.integer(0) != 0;
}

Status StaffStore::checkMayChange(const domain::Actor &by) const
{
    auto manager = hasActiveManager();
    if (!manager)
        return manager.error();
    return domain::checkRosterChange(by, *manager);
}

Result<bool> StaffStore::checkSecret(const QString &employeeNo, const QString &secret) const
{
    auto hash = activeSecretHash(employeeNo);
    if (!hash)
        return hash.error();
    return hash->has_value() && domain::verifySecret(secret, **hash);
}

Result<std::optional<QString>> StaffStore::activeSecretHash(const QString &employeeNo) const
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT secret_hash, active FROM staff WHERE employee_no = :no"));
    query.bind(QStringLiteral(":no"), employeeNo);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<QString>();
    const QString hash = query.text(0);
    if (hash.isEmpty() || query.integer(1) == 0)
        return std::optional<QString>();
    return std::optional<QString>(hash);
}

QString StaffStore::secretFingerprint(const QString &secretHash)
{
    if (secretHash.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(secretHash.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<domain::Actor> StaffStore::actor(const QString &employeeNo) const
{
    auto member = find(employeeNo);
    if (!member)
        return member.error();
    if (!member->active)
        return Error::refused(QStringLiteral("staff member %1 (%2) is no longer active")
                                  .arg(member->employeeNo, member->fullName));
    return domain::Actor {member->employeeNo, member->role};
}

} // namespace tenet::storage
