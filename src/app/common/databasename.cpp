#include "databasename.h"

#include "platform/paths.h"
#include "storage/connectionspec.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tenet::app {

QString DatabaseName::brief(const QString &where)
{
    const auto spec = storage::ConnectionSpec::parse(where);
    if (!spec || !spec->isServer())
        return QFileInfo(where).fileName();
    return brief(*spec);
}

QString DatabaseName::brief(const storage::ConnectionSpec &spec)
{
    if (!spec.isServer())
        return QFileInfo(spec.path).fileName();
    // libpq's defaults stand in for what the address leaves out: the database named after
    // the user, and a server on this computer.
    if (spec.database.isEmpty() && spec.host.isEmpty() && !spec.service.isEmpty())
        //: A database on a PostgreSQL server known by a name in pg_service.conf.
        return tr("service %1").arg(spec.service);
    QString database = spec.database.isEmpty() ? spec.user : spec.database;
    if (database.isEmpty())
        database = platform::operatingSystemUser();
    if (spec.host.isEmpty()) {
        if (!spec.service.isEmpty())
            //: %1 is a database, %2 the name of a PostgreSQL service (from pg_service.conf).
            return tr("%1 (service %2)").arg(database, spec.service);
        //: %1 is a database on a PostgreSQL server running on the user's own computer.
        return tr("%1 on this computer").arg(database);
    }
    QString host = spec.host.contains(u':') ? u'[' + spec.host + u']' : spec.host;
    if (spec.port != 0 && !spec.host.startsWith(u'/'))
        host += u':' + QString::number(spec.port);
    //: %1 is a database, %2 the PostgreSQL server holding it (a name, an address or a folder).
    return tr("%1 on %2").arg(database, host);
}

QString DatabaseName::full(const QString &where)
{
    return isOnServer(where) ? where : QDir::toNativeSeparators(where);
}

QString DatabaseName::stem(const QString &where)
{
    const auto spec = storage::ConnectionSpec::parse(where);
    if (!spec || !spec->isServer())
        return QFileInfo(where).completeBaseName();
    if (!spec->database.isEmpty())
        return spec->database;
    return spec->service.isEmpty() ? spec->user : spec->service;
}

bool DatabaseName::isOnServer(const QString &where)
{
    const auto spec = storage::ConnectionSpec::parse(where);
    return spec && spec->isServer();
}

} // namespace tenet::app
