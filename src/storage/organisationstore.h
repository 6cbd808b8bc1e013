#pragma once

#include "domain/result.h"
#include "domain/workflow.h"

#include <QString>

namespace tenet::storage {

class Database;

// The few facts about the organisation that owns the database file, such as its name.
class OrganisationStore
{
public:
    explicit OrganisationStore(Database &db);

    domain::Result<QString> organisationName() const; // empty until set
    domain::Status setOrganisationName(const QString &name, const domain::Actor &by);

private:
    Database &m_db;
};

} // namespace tenet::storage
