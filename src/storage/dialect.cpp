#include "dialect.h"

#include "chainrows.h"
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

std::unique_ptr<ChainRows> Dialect::chainRows(const QSqlDatabase &db, const QString &sql) const
{
    return std::make_unique<QtSqlChainRows>(db, sql);
}

const Dialect &Dialect::forSpec(const ConnectionSpec &spec)
{
    if (spec.isServer())
        return PostgresDialect::instance();
    return SqliteDialect::instance();
}

} // namespace tenet::storage
