#pragma once

#include "domain/result.h"
#include "domain/staffmember.h"
#include "domain/workflow.h"

#include <QList>
#include <QString>

namespace tenet::storage {

class Database;

// The roster: who works here, their role, and the salted hash of the secret they sign with.
class StaffStore
{
public:
    explicit StaffStore(Database &db);

    // Adds a person; an empty secret means they cannot sign in until one is set.
    // Refused when the employee number is taken.
    domain::Status add(const domain::StaffMember &member, const QString &secret,
                       const domain::Actor &by);
    domain::Result<domain::StaffMember> find(const QString &employeeNo) const;
    domain::Result<QList<domain::StaffMember>> list() const; // by employee number

    domain::Status setSecret(const QString &employeeNo, const QString &secret,
                             const domain::Actor &by);
    // False for an unknown or inactive person, or one without a secret.
    domain::Result<bool> checkSecret(const QString &employeeNo, const QString &secret) const;

    // The person as someone who acts: NotFound if unknown, Refused if no longer active.
    domain::Result<domain::Actor> actor(const QString &employeeNo) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
