#pragma once

#include <QCoreApplication>
#include <QString>

namespace tenet::storage {
struct ConnectionSpec;
}

namespace tenet::app {

// How the desktop names the open database to the user, a file or a database on a PostgreSQL
// server alike: briefly in the window title and menus ("Code.db", "tenet on db.example.com"),
// and in full where the user may need to find it again (the file's path in the platform's
// spelling, or the server address, which never holds a password).
class DatabaseName
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseName)

public:
    // `where` is what Database::path() gives (and Database::open takes).
    static QString brief(const QString &where);
    static QString brief(const storage::ConnectionSpec &spec);
    static QString full(const QString &where);
    // A name for files made from the database (its seal, a backup): the file's base name, or
    // the database's (or service's) name on the server.
    static QString stem(const QString &where);
    // Whether `where` names a database on a server rather than a file.
    static bool isOnServer(const QString &where);
};

} // namespace tenet::app
