#pragma once

#include "domain/code.h"
#include "domain/result.h"
#include "domain/workflow.h"

#include <QList>

namespace tenet::storage {

class Database;

// The codes a database holds: creating one (with its audit log entry) and reading them.
class CodeStore
{
public:
    explicit CodeStore(Database &db);

    domain::Result<domain::Code> createCode(const domain::Code &code, const domain::Actor &by);
    domain::Result<QList<domain::Code>> codes() const; // by id
    domain::Result<domain::Code> code(qint64 id) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
