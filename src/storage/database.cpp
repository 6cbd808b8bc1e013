#include "database.h"

#include "migrator.h"
#include "sqlitedialect.h"
#include "sqlquery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>

namespace tenet::storage {

using domain::Error;
using domain::ErrorKind;
using domain::Result;
using domain::Status;

namespace {

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter {0};
    return QStringLiteral("tenet-storage-%1").arg(++counter);
}

Error notTenet(const QString &path, const QString &why)
{
    return Error::invalid(
        path, QStringLiteral("not a Tenet database (%1); nothing was changed").arg(why));
}

// A probe that failed on a file whose header looked like SQLite's: the file is damaged,
// unless the engine says it is not a database at all.
Error probeFailed(const QString &path, const Error &error)
{
    if (error.kind == ErrorKind::Refused) // busy: someone else holds the file
        return error;
    return Error::integrity(path,
                            QStringLiteral("the database cannot be read (%1); "
                                           "restore it from a backup")
                                .arg(error.message));
}

} // namespace

Database::Database(const QString &path) : m_path(path), m_connectionName(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(SqliteDialect::driverName(), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(SqliteDialect::connectOptions());
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const auto migrator = Migrator::builtIn();
    return migrator ? migrator->latestVersion() : 0;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    bool fileIsEmpty = true;
    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return Error {ErrorKind::NotFound, path,
                          QStringLiteral("no such database; create it with `tenetctl init`")};
        if (!info.absoluteDir().exists())
            return Error::invalid(
                path, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    } else if (info.isDir()) {
        return Error::invalid(path, QStringLiteral("is a folder, not a database file"));
    } else if (info.size() > 0) {
        fileIsEmpty = false;
        // Look at the bytes ourselves first: SQLite is never handed a file that is not its own.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(path,
                                  QStringLiteral("cannot be read: %1").arg(file.errorString()));
        if (!SqliteDialect::hasFileSignature(file.read(SqliteDialect::signatureLength())))
            return notTenet(path, QStringLiteral("it is not an SQLite file"));
    }

    std::unique_ptr<Database> db(new Database(path));
    if (!db->m_db.open())
        return Error::invalid(
            path, QStringLiteral("cannot be opened: %1").arg(db->m_db.lastError().text()));
    if (Status status = db->initialise(fileIsEmpty); !status)
        return status.error();
    return db;
}

Status Database::initialise(bool fileIsEmpty)
{
    auto migrator = Migrator::builtIn();
    if (!migrator)
        return migrator.error();
    const int latest = migrator->latestVersion();

    // Reads only until the file is known to be ours: a refused file must stay byte-identical.
    bool isNew = fileIsEmpty;
    int version = 0;
    if (!fileIsEmpty) {
        auto appId = SqliteDialect::readApplicationId(m_db);
        if (!appId)
            return probeFailed(m_path, appId.error());
        auto userVersion = SqliteDialect::readSchemaVersion(m_db);
        if (!userVersion)
            return probeFailed(m_path, userVersion.error());
        version = *userVersion;
        if (*appId == 0) {
            auto objects = SqliteDialect::countSchemaObjects(m_db);
            if (!objects)
                return probeFailed(m_path, objects.error());
            if (*objects > 0 || version != 0)
                return notTenet(m_path,
                                QStringLiteral("it is the SQLite database of another "
                                               "program"));
            isNew = true;
        } else if (*appId != SqliteDialect::applicationId) {
            return notTenet(m_path,
                            QStringLiteral("it is the SQLite database of another program, "
                                           "application id 0x%1")
                                .arg(QString::number(*appId, 16).toUpper()));
        }
        if (version > latest)
            return Error {ErrorKind::Refused, m_path,
                          QStringLiteral("made by a newer Tenet (schema %1; this one knows up to "
                                         "%2); nothing was changed")
                              .arg(version)
                              .arg(latest)};
        if (!isNew) {
            auto problems = SqliteDialect::checkFile(m_db, false);
            if (!problems)
                return probeFailed(m_path, problems.error());
            if (!problems->isEmpty())
                return Error::integrity(m_path,
                                        QStringLiteral("the database is damaged (%1); restore it "
                                                       "from a backup")
                                            .arg(problems->first()));
        }
    }

    // Migrations run before foreign keys are enforced: a step that rebuilds a table needs
    // them off, and the pragma cannot change inside the step's transaction.
    if (Status status = migrator->migrate(m_db, version, isNew); !status)
        return status;
    if (Status status = SqliteDialect::configure(m_db); !status)
        return status;
    m_schemaVersion = latest;
    return {};
}

Status Database::backupTo(const QString &target)
{
    if (QFileInfo::exists(target))
        return Error {ErrorKind::Refused, target,
                      QStringLiteral("already exists; a backup never overwrites a file, so "
                                     "choose a new name")};
    SqlQuery query(m_db, SqliteDialect::backupSql());
    query.bind(QStringLiteral(":target"), target);
    if (Status status = query.exec(); !status) {
        Error error = status.error();
        error.where = target;
        error.message = QStringLiteral("the backup could not be written: %1").arg(error.message);
        return error;
    }
    return {};
}

Status Database::checkpoint()
{
    return SqliteDialect::checkpoint(m_db);
}

} // namespace tenet::storage
