#pragma once

#include "connectionspec.h"
#include "domain/passwordhash.h"
#include "domain/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace tenet::storage {

class Dialect;

enum class OpenMode
{
    ExistingOnly, // a Tenet database that exists; brought up to date, then written
    CreateIfMissing, // create a new Tenet database when there is no file (or it is empty)
    ReadOnly, // a Tenet database that exists and is up to date; never written at all
};

// One open Tenet database, an SQLite file or a database on a PostgreSQL server: it checks
// that the database is Tenet's before writing a single byte, brings the schema up to date,
// and owns the connection the stores work through.
class Database
{
public:
    // Opens (or creates) what --db names: a file path, a postgresql:// address or
    // service=NAME (ConnectionSpec). A database that is not Tenet's (an empty file
    // included, unless the mode creates one), or comes from a newer Tenet, is refused and
    // left exactly as it was. On a server, CreateIfMissing makes Tenet's schema in an
    // empty database; the database itself is the server administrator's to create.
    static domain::Result<std::unique_ptr<Database>> open(const QString &where, OpenMode mode);
    static domain::Result<std::unique_ptr<Database>> open(const ConnectionSpec &spec,
                                                          OpenMode mode);

    // The password for a server that asks for one, kept in this process's memory only
    // (never written anywhere) so that each later connection to the same address, a
    // worker's included, uses it. Without one libpq looks in ~/.pgpass.
    static void rememberPassword(const ConnectionSpec &spec, const QString &password);
    // Whether an open failed only because the server wants a password it was not given
    // (or refused the one it was given).
    static bool needsPassword(const domain::Error &error);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file, or the server address (without any password), as open() takes it back.
    QString path() const { return m_path; }
    const ConnectionSpec &spec() const { return m_spec; }
    bool isOnServer() const { return m_spec.isServer(); }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    // How errors name the database behind a connection this class made: its path() (the
    // file, or the server address); the driver's database name for any other connection.
    static QString describe(const QSqlDatabase &db);

    // The connection, for the stores in this library. Do not keep copies beyond the
    // Database's life.
    QSqlDatabase connection() const { return m_db; }
    const Dialect &dialect() const { return *m_dialect; }

    // A complete, consistent copy of the database in a new file; never overwrites one. On
    // a server, refused with the pg_dump command that makes one.
    domain::Status backupTo(const QString &target);
    // On a server: the pg_dump command that writes a copy of this database to `target`, for
    // the user to run. Empty for a file.
    QString dumpCommand(const QString &target) const;

    // Folds the write-ahead log into the main file (for measuring, and before copying the
    // file by other means).
    domain::Status checkpoint();

    // The PBKDF2 iteration count new PINs are hashed with through this connection
    // (domain::secretHashIterations unless changed). Tests lower it; an existing PIN always
    // verifies with the count stored in its hash.
    int secretHashIterations() const { return m_secretHashIterations; }
    void setSecretHashIterations(int iterations) { m_secretHashIterations = iterations; }

    // The time (UTC) every store writes as "now": the system clock unless a clock is set.
    // The demonstration organisation sets one to lay down a history in the past through the
    // stores' ordinary paths (audit log and ledger included); tests may do the same.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    Database(const Dialect &dialect, const ConnectionSpec &spec, bool readOnly);
    static domain::Result<std::unique_ptr<Database>> openFile(const QString &path,
                                                              OpenMode mode);
    static domain::Result<std::unique_ptr<Database>> openServer(const ConnectionSpec &spec,
                                                                OpenMode mode);
    domain::Status initialise(bool fileIsEmpty, OpenMode mode);
    domain::Error explainFailure(const domain::Error &error) const;

    const Dialect *m_dialect;
    ConnectionSpec m_spec;
    QString m_path;
    bool m_readOnly = false;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    int m_secretHashIterations = domain::secretHashIterations;
    std::function<QDateTime()> m_clock;
};

} // namespace tenet::storage
