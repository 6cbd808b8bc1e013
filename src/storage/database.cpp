#include "database.h"

#include "connectionspec.h"
#include "migrator.h"
#include "sqlitedialect.h"
#include "sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

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

// Below this much free space SQLite cannot even create its shared-memory file, and then
// reports an I/O error that reads like damage.
constexpr qint64 nearlyFullBytes = 256 * 1024;

bool diskIsFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < nearlyFullBytes;
}

Error readOnlyMedium(const QString &path, const QString &what)
{
    return Error {ErrorKind::Refused, path,
                  QStringLiteral("%1 is read-only, so this command cannot write to the database; "
                                 "commands that only read it still work; nothing was changed")
                      .arg(what)};
}

// Asks the operating system to put the file (or a folder's entries) on the disk now.
Status syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::invalid(path, QStringLiteral("cannot be opened to sync it"));
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced)
        return Error::invalid(path, QStringLiteral("could not be synced to the disk"));
#else
    Q_UNUSED(path);
#endif
    return {};
}

// SQLite's file header: the magic string, then the application id, big-endian, at 68.
constexpr int sqliteHeaderLength = 100;
constexpr int applicationIdOffset = 68;

bool headerNamesTenet(const QByteArray &header)
{
    return header.size() >= applicationIdOffset + 4
        && qFromBigEndian<quint32>(header.constData() + applicationIdOffset)
        == SqliteDialect::applicationId;
}

// A writer killed while the file was in rollback mode (switching it into or out of WAL mode
// as it opens and closes) leaves a hot journal beside it. SQLite rolls it back, restoring
// the last committed state, at the next read-write open only; until then every read-only
// connection fails with "attempt to write a readonly database", so a read command after a
// crash would refuse a healthy file. A read command finishes that recovery first, where it
// may write; the committed content is not changed by it.
void rollBackHotJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const QFileInfo file(path);
    if (!journal.isFile() || journal.size() == 0 || !file.isWritable()
        || !QFileInfo(file.absolutePath()).isWritable())
        return;
    const QString name = uniqueConnectionName();
    const SqliteDialect &sqlite = SqliteDialect::instance();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite.driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(sqlite.connectOptions(false));
        // Any read takes the shared lock, and with it SQLite plays the journal back. A
        // failure here is reported by the read-only open that follows.
        if (db.open())
            (void)sqlite.readSchemaVersion(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The passwords typed for servers in this run, by address; memory only.
struct RememberedPasswords
{
    QMutex mutex;
    QHash<QString, QString> byAddress;
};

RememberedPasswords &rememberedPasswords()
{
    static RememberedPasswords passwords;
    return passwords;
}

QString rememberedPassword(const ConnectionSpec &spec)
{
    RememberedPasswords &passwords = rememberedPasswords();
    QMutexLocker lock(&passwords.mutex);
    return passwords.byAddress.value(spec.displayName());
}

const QString passwordMarker = QStringLiteral("the server asks for a password");

// What each open connection is called in messages, by connection name.
struct ConnectionNames
{
    QMutex mutex;
    QHash<QString, QString> describedAs;
};

ConnectionNames &connectionNames()
{
    static ConnectionNames names;
    return names;
}

} // namespace

Database::Database(const Dialect &dialect, const ConnectionSpec &spec, bool readOnly)
    : m_dialect(&dialect)
    , m_spec(spec)
    , m_path(spec.displayName())
    , m_readOnly(readOnly)
    , m_connectionName(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(dialect.driverName(), m_connectionName);
    dialect.address(m_db, spec, readOnly);
    if (spec.isServer()) {
        m_db.setPassword(rememberedPassword(spec));
        ConnectionNames &names = connectionNames();
        QMutexLocker lock(&names.mutex);
        names.describedAs.insert(m_connectionName, m_path);
    }
}

QString Database::describe(const QSqlDatabase &db)
{
    if (!Dialect::of(db).isServer())
        return db.databaseName(); // the file, as opened
    ConnectionNames &names = connectionNames();
    QMutexLocker lock(&names.mutex);
    return names.describedAs.value(db.connectionName(), db.databaseName());
}

void Database::rememberPassword(const ConnectionSpec &spec, const QString &password)
{
    RememberedPasswords &passwords = rememberedPasswords();
    QMutexLocker lock(&passwords.mutex);
    passwords.byAddress.insert(spec.displayName(), password);
}

bool Database::needsPassword(const Error &error)
{
    return error.kind == ErrorKind::Refused && error.message.startsWith(passwordMarker);
}

Database::~Database()
{
    // A file at rest in rollback mode can be read without SQLite creating -wal and -shm
    // files beside it; another connection still using the file keeps it in WAL mode.
    if (!m_readOnly && m_db.isOpen())
        m_dialect->beforeClose(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_spec.isServer()) {
        ConnectionNames &names = connectionNames();
        QMutexLocker lock(&names.mutex);
        names.describedAs.remove(m_connectionName);
    }
}

int Database::latestSchemaVersion()
{
    const auto migrator = Migrator::builtIn();
    return migrator ? migrator->latestVersion() : 0;
}

Result<std::unique_ptr<Database>> Database::open(const QString &where, OpenMode mode)
{
    // A path that only looks like an address ("service=x" as a file name) is still read as
    // one: --db and File > Open name a file by a path that does not.
    auto spec = ConnectionSpec::parse(where);
    if (!spec)
        return spec.error();
    return open(*spec, mode);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec &spec, OpenMode mode)
{
    return spec.isServer() ? openServer(spec, mode) : openFile(spec.path, mode);
}

Result<std::unique_ptr<Database>> Database::openServer(const ConnectionSpec &spec, OpenMode mode)
{
    const Dialect &dialect = Dialect::forSpec(spec);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return Error::invalid(spec.displayName(),
                              QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed; "
                                             "install the package libqt6sql6-psql"));
    std::unique_ptr<Database> db(new Database(dialect, spec, mode == OpenMode::ReadOnly));
    if (!db->m_db.open()) {
        const QString why = dialect.errorText(db->m_db.lastError());
        if (why.contains(QStringLiteral("no password supplied"))
            || why.contains(QStringLiteral("password authentication failed")))
            return Error {ErrorKind::Refused, spec.displayName(),
                          QStringLiteral("%1 (%2)").arg(passwordMarker, why)};
        return Error::invalid(spec.displayName(),
                              QStringLiteral("cannot connect to the server: %1").arg(why));
    }
    auto objects = dialect.countSchemaObjects(db->m_db);
    if (!objects)
        return objects.error();
    if (*objects == 0 && mode != OpenMode::CreateIfMissing)
        return Error {ErrorKind::NotFound, spec.displayName(),
                      QStringLiteral("the database on the server is empty; make Tenet's "
                                     "tables in it with `tenetctl init`")};
    if (Status status = db->initialise(*objects == 0, mode); !status)
        return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    bool fileIsEmpty = true;
    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return Error {ErrorKind::NotFound, path,
                          QStringLiteral("no such database; create it with `tenetctl init`")};
        if (!info.absoluteDir().exists())
            return Error::invalid(
                path, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
        // The file holds PIN hashes: readable by its owner only, whatever the umask says.
        QFile created(path);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error {ErrorKind::Refused, path,
                          QStringLiteral("cannot be created: %1").arg(created.errorString())};
        created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else if (info.isDir()) {
        return Error::invalid(path, QStringLiteral("is a folder, not a database file"));
    } else if (!info.isFile()) {
        return notTenet(path, QStringLiteral("it is not a regular file"));
    } else if (info.size() > 0) {
        fileIsEmpty = false;
        // Look at the bytes ourselves first: SQLite is never handed a file that is not its own.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(path,
                                  QStringLiteral("cannot be read: %1").arg(file.errorString()));
        const QByteArray header = file.read(sqliteHeaderLength);
        if (!SqliteDialect::hasFileSignature(header))
            return notTenet(path, QStringLiteral("it is not an SQLite file"));
        if (mode == OpenMode::ReadOnly && headerNamesTenet(header))
            rollBackHotJournal(path);
    } else if (mode != OpenMode::CreateIfMissing) {
        // Only `init` and File > New make a database; anything else leaves an empty file alone.
        return notTenet(path, QStringLiteral("the file is empty"));
    }

    if (mode != OpenMode::ReadOnly && info.exists()) {
        // Said before SQLite is asked: it would open the file read-only without a word and
        // fail at the first write, after creating its journal files where it could.
        if (!info.isWritable())
            return readOnlyMedium(path, QStringLiteral("the file"));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return readOnlyMedium(path, QStringLiteral("the folder %1").arg(info.absolutePath()));
    }

    ConnectionSpec spec;
    spec.path = path;
    std::unique_ptr<Database> db(
        new Database(SqliteDialect::instance(), spec, mode == OpenMode::ReadOnly));
    if (!db->m_db.open())
        return db->explainFailure(Error::invalid(
            path, QStringLiteral("cannot be opened: %1").arg(db->m_db.lastError().text())));
    if (Status status = db->initialise(fileIsEmpty, mode); !status)
        return db->explainFailure(status.error());
    return db;
}

Error Database::explainFailure(const Error &error) const
{
    // A full disk makes SQLite fail in ways (an I/O error, "cannot open") that would
    // otherwise be reported as a damaged file.
    if (error.kind != ErrorKind::Refused && !m_spec.isServer() && diskIsFull(m_path))
        return Error {ErrorKind::Refused, m_path,
                      QStringLiteral("the disk is full; free some space and try again; the "
                                     "database itself is not damaged (%1)")
                          .arg(error.message)};
    return error;
}

Status Database::initialise(bool fileIsEmpty, OpenMode mode)
{
    auto migrator = Migrator::builtIn(*m_dialect);
    if (!migrator)
        return migrator.error();
    const int latest = migrator->latestVersion();
    const bool server = m_dialect->isServer();

    // Reads only until the file is known to be ours: a refused file must stay byte-identical.
    bool isNew = fileIsEmpty;
    int version = 0;
    if (!fileIsEmpty) {
        auto appId = m_dialect->readApplicationId(m_db);
        if (!appId)
            return probeFailed(m_path, appId.error());
        auto userVersion = m_dialect->readSchemaVersion(m_db);
        if (!userVersion)
            return probeFailed(m_path, userVersion.error());
        version = *userVersion;
        if (*appId == 0) {
            auto objects = m_dialect->countSchemaObjects(m_db);
            if (!objects)
                return probeFailed(m_path, objects.error());
            if (*objects > 0 || version != 0)
                return notTenet(m_path,
                                server ? QStringLiteral("the database on the server holds "
                                                        "another program's tables")
                                       : QStringLiteral("it is the SQLite database of another "
                                                        "program"));
            if (mode != OpenMode::CreateIfMissing)
                return notTenet(m_path, QStringLiteral("it is an empty SQLite database"));
            isNew = true;
        } else if (*appId != SqliteDialect::applicationId) {
            return notTenet(m_path,
                            QStringLiteral("it is the database of another program, "
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
            auto problems = m_dialect->checkFile(m_db, false);
            if (!problems)
                return probeFailed(m_path, problems.error());
            if (!problems->isEmpty())
                return Error::integrity(m_path,
                                        QStringLiteral("the database is damaged (%1); restore it "
                                                       "from a backup")
                                            .arg(problems->first()));
        }
    }

    if (mode == OpenMode::ReadOnly) {
        // A command that reads must not write, not even a migration.
        if (version < latest)
            return Error {ErrorKind::Refused, m_path,
                          QStringLiteral("made by an earlier Tenet (schema %1; this one uses %2): "
                                         "run a command that writes, or open it in Tenet, to "
                                         "bring it up to date; nothing was changed")
                              .arg(version)
                              .arg(latest)};
        m_schemaVersion = latest;
        return {};
    }

    // Migrations run before foreign keys are enforced: a step that rebuilds a table needs
    // them off, and the pragma cannot change inside the step's transaction.
    if (Status status = migrator->migrate(m_db, version, isNew); !status)
        return status;
    if (Status status = m_dialect->configure(m_db); !status)
        return status;
    m_schemaVersion = latest;
    return {};
}

namespace {

// How long a backup's temporary file may go unwritten before it counts as left behind by a
// backup that was killed: SQLite writes a backup in progress continuously, so one that has
// not been touched for this long is no longer being written.
constexpr qint64 stalePartialSeconds = 10 * 60;

// Removes the temporary files (.NAME.XXXXXX.partial and their -journal) that backups to
// this very name left behind when they were killed part-way, so that they do not pile up.
// Only that exact pattern for the same name, and only once they are stale: a backup to the
// same name running now in another process keeps its file.
void removeStalePartials(const QFileInfo &target)
{
    const QRegularExpression pattern(QStringLiteral("^\\.")
                                     + QRegularExpression::escape(target.fileName())
                                     + QStringLiteral("\\.[A-Za-z0-9]{6}\\.partial(-journal)?$"));
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-stalePartialSeconds);
    const QFileInfoList candidates = target.absoluteDir().entryInfoList(
        {QStringLiteral(".*.partial"), QStringLiteral(".*.partial-journal")},
        QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &file : candidates) {
        if (pattern.match(file.fileName()).hasMatch() && !file.isSymLink()
            && file.lastModified().toUTC() < staleBefore)
            QFile::remove(file.absoluteFilePath());
    }
}

// A word as a POSIX shell reads it back unchanged: as it is when plain, else in single
// quotes (an address's "?" and "&" are not plain).
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QString Database::dumpCommand(const QString &target) const
{
    if (!m_spec.isServer())
        return {};
    // libpq reads the address itself, so the command reaches the very database, options
    // and all; each word quoted for a shell.
    return QStringLiteral("pg_dump --format=custom --file=%1 --dbname=%2")
        .arg(shellWord(target), shellWord(m_spec.displayName()));
}

Status Database::backupTo(const QString &target)
{
    if (m_spec.isServer()) {
        // The server's own tool copies a live database consistently, roles and all.
        return Error {ErrorKind::Refused, m_path,
                      QStringLiteral("a database on a PostgreSQL server is backed up with the "
                                     "server's own tool, pg_dump: %1 (or `tenetctl copy` to "
                                     "an archive file)")
                          .arg(dumpCommand(target))};
    }
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink())
        return Error {ErrorKind::Refused, target,
                      QStringLiteral("already exists; a backup never overwrites a file, so "
                                     "choose a new name")};
    const auto failed = [&](const QString &why) {
        return Error {ErrorKind::Refused, target,
                      QStringLiteral("the backup could not be written: %1; nothing was left at "
                                     "that name")
                          .arg(why)};
    };
    if (!targetInfo.absoluteDir().exists())
        return failed(
            QStringLiteral("the folder %1 does not exist").arg(targetInfo.absolutePath()));

    removeStalePartials(targetInfo);

    // Written under a temporary name in the same folder and renamed only once complete,
    // synced and checked: a backup killed part-way, or stopped by a full disk, leaves
    // nothing at the target. QTemporaryFile makes the file readable by its owner only, and
    // its absolute name can never be read by SQLite as a "file:" URI.
    QTemporaryFile partial(targetInfo.absoluteDir().filePath(
        QStringLiteral(".%1.XXXXXX.partial").arg(targetInfo.fileName())));
    if (!partial.open())
        return explainFailure(failed(partial.errorString()));
    partial.close();
    const QString partialPath = partial.fileName();
    const auto removeJournal = [&] {
        QFile::remove(partialPath + QStringLiteral("-journal"));
    };

    SqlQuery query(m_db, m_dialect->backupSql());
    query.bind(QStringLiteral(":target"), partialPath);
    if (Status status = query.exec(); !status) {
        removeJournal();
        return explainFailure(failed(status.error().message));
    }
    if (Status synced = syncFile(partialPath); !synced) {
        removeJournal();
        return explainFailure(failed(synced.error().message));
    }
    {
        auto copy = open(partialPath, OpenMode::ReadOnly);
        if (!copy) {
            removeJournal();
            return failed(
                QStringLiteral("the copy does not read back (%1)").arg(copy.error().message));
        }
    }
    if (!QFile::rename(partialPath, targetInfo.absoluteFilePath()))
        return failed(QStringLiteral("the finished copy could not be given that name"));
    partial.setAutoRemove(false);
    (void)syncFile(targetInfo.absolutePath());
    return {};
}

Status Database::checkpoint()
{
    return m_dialect->checkpoint(m_db);
}

} // namespace tenet::storage
