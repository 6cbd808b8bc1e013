#include "crosschecks.h"

#include "domain/messagetext.h"
#include "sqlquery.h"
#include "staffstore.h"

#include <QJsonArray>
#include <QMap>

#include <optional>

using namespace Qt::StringLiterals;

namespace tenet::storage {

using domain::Result;
using domain::Status;

namespace {

// A person as the audit log last recorded them; a field is unknown (empty optional) when
// the entry that last changed it predates the log recording it.
struct AuditedPerson
{
    qint64 addedRow = 0;
    std::optional<QString> role;
    std::optional<bool> active;
    qint64 roleRow = 0, activeRow = 0;
    bool hasSecret = false;
    std::optional<QString> secretSha; // "" for no PIN
    qint64 secretRow = 0;
};

void recordSecret(AuditedPerson &person, const AuditRecord &record)
{
    person.hasSecret = record.detail.value(u"has_secret"_s).toBool();
    person.secretRow = record.seq;
    if (!person.hasSecret)
        person.secretSha = QString();
    else if (record.detail.contains(u"secret_sha256"_s))
        person.secretSha = record.detail.value(u"secret_sha256"_s).toString();
    else
        person.secretSha.reset();
}

void recordState(AuditedPerson &person, const QJsonObject &state, qint64 row)
{
    if (state.isEmpty()) {
        person.role.reset();
        person.active.reset();
        return;
    }
    person.role = state.value(u"role"_s).toString();
    person.active = state.value(u"active"_s).toBool();
    person.roleRow = person.activeRow = row;
}

QMap<QString, AuditedPerson> replay(const AuditTrail &trail)
{
    QMap<QString, AuditedPerson> people;
    for (const AuditRecord &record : trail.entries()) {
        const QString no = record.subject.mid(6); // after "staff:"
        if (record.action == u"staff.add"_s) {
            AuditedPerson &person = people[no];
            person.addedRow = record.seq;
            recordState(person, record.detail, record.seq);
            recordSecret(person, record);
        } else if (record.action == u"staff.secret"_s) {
            recordSecret(people[no], record);
        } else if (record.action == u"staff.import"_s) {
            const QJsonObject states = record.detail.value(u"people"_s).toObject();
            for (const QJsonValue &added : record.detail.value(u"added"_s).toArray()) {
                AuditedPerson &person = people[added.toString()];
                person.addedRow = record.seq;
                person.hasSecret = false; // an import never sets a PIN
                person.secretSha = QString();
                person.secretRow = record.seq;
                recordState(person, states.value(added.toString()).toObject(), record.seq);
            }
            for (const QJsonValue &updated : record.detail.value(u"updated"_s).toArray())
                recordState(people[updated.toString()], states.value(updated.toString()).toObject(),
                            record.seq);
            for (const QJsonValue &gone : record.detail.value(u"deactivated"_s).toArray()) {
                AuditedPerson &person = people[gone.toString()];
                person.active = false;
                person.activeRow = record.seq;
            }
        }
    }
    return people;
}

} // namespace

Result<CrossCheckFindings> crossCheckStaff(const QSqlDatabase &db, const AuditTrail &trail)
{
    QMap<QString, AuditedPerson> audited = replay(trail);
    SqlQuery q(db,
               u"SELECT employee_no, role, active, secret_hash FROM staff "
               "ORDER BY employee_no"_s);
    if (Status status = q.exec(); !status)
        return status.error();

    CrossCheckFindings found;
    QMap<QString, QStringList> sharedSecrets; // hash -> people
    int stateUnknown = 0, secretUnknown = 0;
    while (q.next()) {
        const QString no = q.text(0);
        const QString name = u"staff member %1"_s.arg(domain::escapeForMessage(no));
        const QString secret = q.text(3);
        if (!secret.isEmpty())
            sharedSecrets[secret].append(domain::escapeForMessage(no));
        const auto it = audited.constFind(no);
        if (it == audited.cend() || it->addedRow == 0) {
            found.problems.append(u"%1: no audit log entry records adding them: they were added "
                                  "behind Tenet's back"_s.arg(name));
            continue;
        }
        const AuditedPerson &person = *it;
        if (!person.role || !person.active)
            ++stateUnknown;
        if (person.role && q.text(1) != *person.role)
            found.problems.append(u"%1: their role is %2, but the audit log (row %3) last "
                                  "recorded %4"_s.arg(name, domain::escapeForMessage(q.text(1)),
                                                      QString::number(person.roleRow),
                                                      *person.role));
        const bool active = q.integer(2) != 0;
        if (person.active && active != *person.active)
            found.problems.append(u"%1: they are %2, but the audit log (row %3) last recorded "
                                  "them %4"_s.arg(name, active ? u"active"_s : u"inactive"_s,
                                                  QString::number(person.activeRow),
                                                  *person.active ? u"active"_s : u"inactive"_s));
        const QString row = QString::number(person.secretRow);
        if (secret.isEmpty() && person.hasSecret)
            found.problems.append(u"%1: their PIN was removed, but the audit log (row %2) last "
                                  "recorded one"_s.arg(name, row));
        else if (!secret.isEmpty() && !person.hasSecret)
            found.problems.append(u"%1: they have a PIN, but the audit log (row %2) last "
                                  "recorded none"_s.arg(name, row));
        else if (!secret.isEmpty() && !person.secretSha)
            ++secretUnknown;
        else if (!secret.isEmpty() && StaffStore::secretFingerprint(secret) != *person.secretSha)
            found.problems.append(
                u"%1: their PIN hash is not the one the audit log (row %2) "
                "last recorded: it was changed behind Tenet's back"_s.arg(name, row));
        audited.remove(no);
    }
    // Every hash has its own random salt: two people never share one by chance.
    for (const QStringList &sharing : std::as_const(sharedSecrets)) {
        if (sharing.size() > 1)
            found.problems.append(u"staff members %1 have the same PIN hash: it was copied from "
                                  "one to another"_s.arg(listInWords(sharing)));
    }
    for (auto it = audited.cbegin(); it != audited.cend(); ++it) {
        if (it->addedRow > 0)
            found.problems.append(
                u"audit_log row %1: records adding staff member %2, whom the "
                "roster no longer holds: they were deleted"_s.arg(
                    QString::number(it->addedRow), domain::escapeForMessage(it.key())));
    }
    if (stateUnknown > 0)
        found.notes.append(u"the role and active flag of %1 could not be compared with the audit "
                           "log: the roster imports that last changed them were written before "
                           "the log recorded roles and active flags"_s.arg(
                               counted(stateUnknown, u"staff member"_s, u"staff members"_s)));
    if (secretUnknown > 0)
        found.notes.append(u"the PIN hash of %1 could be compared with the audit log only as "
                           "present or absent: the entries that set them were written before "
                           "the log recorded a hash of each PIN hash"_s.arg(
                               counted(secretUnknown, u"staff member"_s, u"staff members"_s)));
    return found;
}

} // namespace tenet::storage
