#include "dialect.h"

#include "connectionspec.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

#include <QSqlDriver>

namespace tenet::storage {

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    if (db.driverName() == PostgresDialect::instance().driverName())
        return PostgresDialect::instance();
    return SqliteDialect::instance();
}

const Dialect &Dialect::forSpec(const ConnectionSpec &spec)
{
    if (spec.isServer())
        return PostgresDialect::instance();
    return SqliteDialect::instance();
}

} // namespace tenet::storage
