#include "dialect.h"

#include "chainrows.h"
#include "connectionspec.h"
#include "sqlitedialect.h"

namespace tenet::storage {

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    Q_UNUSED(db);
    return SqliteDialect::instance();
}

std::unique_ptr<ChainRows> Dialect::chainRows(const QSqlDatabase &db, const QString &sql) const
{
    return std::make_unique<QtSqlChainRows>(db, sql);
}

domain::Result<const Dialect *> Dialect::forSpec(const ConnectionSpec &spec)
{
    if (spec.isServer())
        return domain::Error::invalid(spec.displayName(),
                                      QStringLiteral("this Tenet cannot yet keep an organisation "
                                                     "on a PostgreSQL server; name a database "
                                                     "file"));
    return &SqliteDialect::instance();
}

} // namespace tenet::storage
