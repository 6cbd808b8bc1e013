#include "dialect.h"

#include "connectionspec.h"
#include "sqlitedialect.h"

namespace tenet::storage {

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    Q_UNUSED(db);
    return SqliteDialect::instance();
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
