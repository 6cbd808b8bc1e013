#include "rosterstore.h"

#include "auditlog.h"
#include "database.h"
#include "domain/staffrules.h"
#include "scopedtransaction.h"
#include "sqlquery.h"
#include "staffstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Error;
using domain::Result;
using domain::RosterPlan;
using domain::StaffMember;
using domain::Status;

namespace {

Status checkPeople(const QList<StaffMember> &people, bool deactivateMissing)
{
    if (people.isEmpty() && deactivateMissing)
        return Error::invalid(u"roster"_s,
                              u"the roster lists nobody; deactivating everyone it "
                              "leaves out would deactivate the whole staff"_s);
    QSet<QString> seen;
    seen.reserve(people.size());
    for (const StaffMember &member : people) {
        if (member.employeeNo.trimmed().isEmpty()
            || member.employeeNo != member.employeeNo.trimmed())
            return Error::invalid(
                u"employee_no"_s,
                u"\"%1\" is not an employee number: it must "
                "not be empty or begin or end with spaces"_s.arg(member.employeeNo));
        if (member.fullName.trimmed().isEmpty())
            return Error::invalid(u"full_name"_s,
                                  u"staff member %1 needs a name"_s.arg(member.employeeNo));
        if (seen.contains(member.employeeNo))
            return Error::invalid(u"employee_no"_s, u"%1 is listed twice"_s.arg(member.employeeNo));
        seen.insert(member.employeeNo);
    }
    return {};
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

void bindMember(SqlQuery &q, const StaffMember &member)
{
    q.bind(u":no"_s, member.employeeNo)
        .bind(u":name"_s, member.fullName)
        .bind(u":email"_s, member.email)
        .bind(u":role"_s, domain::roleName(member.role))
        .bind(u":team"_s, member.team)
        .bind(u":site"_s, member.site)
        .bind(u":language"_s, member.language)
        .bind(u":active"_s, member.active ? 1 : 0)
        .bind(u":start"_s, dateValue(member.startDate));
}

QJsonArray employeeNumbers(const QList<StaffMember> &people)
{
    QJsonArray numbers;
    for (const StaffMember &member : people)
        numbers.append(member.employeeNo);
    return numbers;
}

} // namespace

RosterStore::RosterStore(Database &db) : m_db(db) { }

Result<RosterPlan> RosterStore::preview(const QList<StaffMember> &people,
                                        bool deactivateMissing) const
{
    if (Status status = checkPeople(people, deactivateMissing); !status)
        return status.error();
    ScopedTransaction snapshot(m_db.connection(), ScopedTransaction::Mode::Read);
    if (!snapshot.status())
        return snapshot.status().error();
    auto current = StaffStore(m_db).list();
    if (!current)
        return current.error();
    return domain::planRosterImport(*current, people, deactivateMissing);
}

Result<RosterPlan> RosterStore::apply(const QList<StaffMember> &people, bool deactivateMissing,
                                      const domain::Actor &by)
{
    if (Status status = checkPeople(people, deactivateMissing); !status)
        return status.error();
    const QSqlDatabase db = m_db.connection();
    ScopedTransaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    const StaffStore staff(m_db);
    if (Status allowed = staff.checkMayChange(by); !allowed)
        return allowed.error();
    auto current = staff.list();
    if (!current)
        return current.error();
    const RosterPlan plan = domain::planRosterImport(*current, people, deactivateMissing);
    if (Status kept = domain::checkKeepsOwnAccess(by, plan); !kept)
        return kept.error();

    SqlQuery insert(db,
                    u"INSERT INTO staff (employee_no, full_name, email, role, team, site, "
                    "language, active, start_date, secret_hash) VALUES (:no, :name, :email, "
                    ":role, :team, :site, :language, :active, :start, '')"_s);
    for (const StaffMember &member : plan.added) {
        bindMember(insert, member);
        if (Status status = insert.exec(); !status)
            return status.error();
    }
    SqlQuery update(db,
                    u"UPDATE staff SET full_name = :name, email = :email, role = :role, "
                    "team = :team, site = :site, language = :language, active = :active, "
                    "start_date = :start WHERE employee_no = :no"_s);
    for (const domain::StaffChange &change : plan.updated) {
        bindMember(update, change.after);
        if (Status status = update.exec(); !status)
            return status.error();
    }
    SqlQuery deactivate(db, u"UPDATE staff SET active = 0 WHERE employee_no = :no"_s);
    for (const StaffMember &member : plan.deactivated) {
        deactivate.bind(u":no"_s, member.employeeNo);
        if (Status status = deactivate.exec(); !status)
            return status.error();
    }

    if (!plan.isEmpty()) {
        QList<StaffMember> updated;
        updated.reserve(plan.updated.size());
        for (const domain::StaffChange &change : plan.updated)
            updated.append(change.after);
        // Each changed person's role and active flag as the import left them, so that verify
        // can compare the roster with the log.
        QJsonObject people;
        for (const StaffMember &member : plan.added + updated)
            people.insert(member.employeeNo,
                          QJsonObject {{u"role"_s, domain::roleName(member.role)},
                                       {u"active"_s, member.active}});
        for (const StaffMember &member : plan.deactivated)
            people.insert(
                member.employeeNo,
                QJsonObject {{u"role"_s, domain::roleName(member.role)}, {u"active"_s, false}});
        if (Status status
            = AuditLog(m_db).append(by, u"staff.import"_s, u"staff"_s,
                                    {{u"added"_s, employeeNumbers(plan.added)},
                                     {u"updated"_s, employeeNumbers(updated)},
                                     {u"deactivated"_s, employeeNumbers(plan.deactivated)},
                                     {u"unchanged"_s, plan.unchanged},
                                     {u"people"_s, people}});
            !status)
            return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();
    return plan;
}

} // namespace tenet::storage
