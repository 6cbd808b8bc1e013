#pragma once

#include "domain/result.h"
#include "domain/staffmember.h"
#include "domain/workflow.h"

#include <QList>
#include <QString>

#include <optional>

namespace tenet::storage {

class Database;

// The roster: who works here, their role, and the salted hash of the secret they sign with.
class StaffStore
{
public:
    // New secrets are hashed with the database's PBKDF2 iteration count
    // (Database::secretHashIterations); existing ones verify with the count in their hash.
    explicit StaffStore(Database &db);

    // Adds a person; an empty secret means they cannot sign in until one is set.
    // Refused when the employee number is taken, or `by` may not change the roster
    // (domain/staffrules.h).
    domain::Status add(const domain::StaffMember &member, const QString &secret,
                       const domain::Actor &by);
    domain::Result<domain::StaffMember> find(const QString &employeeNo) const;
    // The person as find() reads them, held by the caller's write transaction until it ends:
    // another writer holding them waits for that end, then reads what it left.
    domain::Result<domain::StaffMember> findHeld(const QString &employeeNo) const;
    domain::Result<QList<domain::StaffMember>> list() const; // by employee number

    // Refused when `by` sets someone else's secret and may not change the roster.
    domain::Status setSecret(const QString &employeeNo, const QString &secret,
                             const domain::Actor &by);
    // Whether anyone active on the roster is a manager; until then anyone may add people.
    domain::Result<bool> hasActiveManager() const;
    // The roster rule (domain::checkRosterChange) for `by` against the roster as it is.
    domain::Status checkMayChange(const domain::Actor &by) const;
    // False for an unknown or inactive person, or one without a secret.
    domain::Result<bool> checkSecret(const QString &employeeNo, const QString &secret) const;
    // The stored hash of an active person's secret, for checking it away from the database
    // (off the GUI thread, with domain::verifySecret); nothing for anyone checkSecret refuses.
    domain::Result<std::optional<QString>> activeSecretHash(const QString &employeeNo) const;

    // The person as someone who acts: NotFound if unknown, Refused if no longer active.
    domain::Result<domain::Actor> actor(const QString &employeeNo) const;

    // What the audit log records of a stored secret hash: the hex SHA-256 of it, so that
    // verify can tell a hash copied or changed behind Tenet's back without the log holding
    // the hash itself. Empty for no secret.
    static QString secretFingerprint(const QString &secretHash);

private:
    Database &m_db;
};

} // namespace tenet::storage
