#include "storagefixture.h"

#include "storage/dialect.h"
#include "storage/migrator.h"
#include "storage/organisationstore.h"
#include "storage/scopedtransaction.h"
#include "storage/sqlitedialect.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace tenet;
using namespace tenet::storage;
using tenet::test::TempDir;

namespace {

// A database made by Tenet, closed again, with its write-ahead log folded in so that the
// file alone holds everything.
QString closedTenetDatabase(const TempDir &dir, const QString &name = QStringLiteral("t.db"))
{
    const QString path = dir.file(name);
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    REQUIRE(db);
    return path;
}

} // namespace

TEST_CASE("a new database file gets the Tenet application id and the latest schema", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("new.db"));
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    REQUIRE(db);
    CHECK((*db)->path() == path);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);

    const QSqlDatabase connection = (*db)->connection();
    CHECK(test::scalar(connection, QStringLiteral("PRAGMA application_id")) == 0x54454E54);
    CHECK(test::scalar(connection, QStringLiteral("PRAGMA user_version"))
          == Database::latestSchemaVersion());
    CHECK(test::scalar(connection, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(test::scalar(connection, QStringLiteral("PRAGMA busy_timeout")) == 5000);
    QSqlQuery journal(connection);
    REQUIRE(journal.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(journal.next());
    CHECK(journal.value(0).toString() == u"wal");
    // Every table of the first schema step is there.
    for (const char *table :
         {"staff", "code", "version", "clause_blob", "section_blob", "section_clause",
          "version_section", "clause_fts", "audit_log", "setting"}) {
        INFO(table);
        CHECK(test::countRows(connection, QString::fromUtf8(table)) == 0);
    }
}

TEST_CASE("opening a missing database without creating it names the file and tenetctl init",
          "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("missing.db"));
    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == domain::ErrorKind::NotFound);
    CHECK(db.error().toString()
          == path + QStringLiteral(": no such database; create it with `tenetctl init`"));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("a database in a folder that does not exist is refused as invalid", "[storage]")
{
    TempDir dir;
    auto db = Database::open(dir.file(QStringLiteral("no/such/folder/t.db")),
                             OpenMode::CreateIfMissing);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == domain::ErrorKind::Invalid);
    CHECK(db.error().message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("an empty file becomes a new database only when asked to create one", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.db"));
    test::writeFile(path, QByteArray());
    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::ReadOnly}) {
        auto refused = Database::open(path, mode);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == domain::ErrorKind::Invalid);
        CHECK(QFileInfo(path).size() == 0);
    }
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    REQUIRE(db);
    CHECK(test::scalar((*db)->connection(), QStringLiteral("PRAGMA application_id")) == 0x54454E54);
}

TEST_CASE("a database opened read-only cannot be written", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("ro.db"));
    REQUIRE(Database::open(path, OpenMode::CreateIfMissing));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto db = Database::open(path, OpenMode::ReadOnly);
    REQUIRE(db);
    CHECK((*db)->isReadOnly());
    const domain::Status written
        = SqlQuery::run((*db)->connection(), QStringLiteral("PRAGMA user_version = 7"));
    REQUIRE_FALSE(written);
    CHECK(written.error().kind == domain::ErrorKind::Refused);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("reopening a database keeps its data", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("keep.db"));
    const domain::Actor admin {QStringLiteral("os:admin"), std::nullopt};
    {
        auto db = Database::open(path, OpenMode::CreateIfMissing);
        REQUIRE(db);
        domain::StaffMember member;
        member.employeeNo = QStringLiteral("M001");
        member.fullName = QStringLiteral("Jūratė Žemaitytė");
        member.role = domain::Role::Manager;
        REQUIRE(StaffStore(**db).add(member, QString(), admin));
        REQUIRE(
            OrganisationStore(**db).setOrganisationName(QStringLiteral("Atención S.L."), admin));
    }
    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE(db);
    auto member = StaffStore(**db).find(QStringLiteral("M001"));
    REQUIRE(member);
    CHECK(member->fullName == u"Jūratė Žemaitytė");
    CHECK(OrganisationStore(**db).organisationName().value() == u"Atención S.L.");
}

TEST_CASE("a file that is not an SQLite database is refused and left byte-identical", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.db"));
    const QByteArray bytes
        = QByteArrayLiteral("These are my notes, not a database.\n").repeated(200);
    test::writeFile(path, bytes);

    for (OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing}) {
        auto db = Database::open(path, mode);
        REQUIRE_FALSE(db);
        CHECK(db.error().kind == domain::ErrorKind::Invalid);
        CHECK(db.error().toString().startsWith(path + QStringLiteral(": not a Tenet database")));
        CHECK(test::fileBytes(path) == bytes);
    }
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("the SQLite database of another program is refused and left byte-identical", "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("other.sqlite"));
    {
        test::RawConnection raw(path);
        REQUIRE(test::runSql(raw.db(),
                             QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, "
                                            "text TEXT)"))
                    .isEmpty());
        REQUIRE(test::runSql(raw.db(), QStringLiteral("INSERT INTO notes (text) VALUES ('hola')"))
                    .isEmpty());
    }
    const QByteArray before = test::fileBytes(path);

    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == domain::ErrorKind::Invalid);
    CHECK(db.error().toString().startsWith(path + QStringLiteral(": not a Tenet database")));
    CHECK(db.error().message.contains(QStringLiteral("another program")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("an SQLite file with another application id is refused and left byte-identical",
          "[storage]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("foreign.db"));
    {
        test::RawConnection raw(path);
        REQUIRE(test::runSql(raw.db(), QStringLiteral("PRAGMA application_id = 1234")).isEmpty());
    }
    const QByteArray before = test::fileBytes(path);
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == domain::ErrorKind::Invalid);
    CHECK(db.error().message.contains(QStringLiteral("application id 0x4D2")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("a database from a newer Tenet is refused and left untouched", "[storage]")
{
    TempDir dir;
    const QString path = closedTenetDatabase(dir);
    const int newer = Database::latestSchemaVersion() + 1;
    {
        test::RawConnection raw(path);
        REQUIRE(test::runSql(raw.db(), QStringLiteral("PRAGMA user_version = %1").arg(newer))
                    .isEmpty());
    }
    const QByteArray before = test::fileBytes(path);
    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == domain::ErrorKind::Refused);
    CHECK(db.error().toString()
          == QStringLiteral("%1: made by a newer Tenet (schema %2; this one knows up to %3); "
                            "nothing was changed")
                 .arg(path)
                 .arg(newer)
                 .arg(Database::latestSchemaVersion()));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("a damaged database file is reported as an integrity failure", "[storage][sqlite]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("damaged.db"));
    {
        test::StorageFixture fixture; // a database with some content, copied below
        const qint64 codeId = fixture.publishedCode();
        (void)codeId;
        REQUIRE(fixture.db->backupTo(path));
    }
    QByteArray bytes = test::fileBytes(path);
    REQUIRE(bytes.size() > 8 * 4096);
    // Scribble over every page but the first, as a failing disk might.
    for (qsizetype i = 4096; i < bytes.size(); i += 97)
        bytes[i] = char(0xA5);
    test::writeFile(path, bytes);

    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE_FALSE(db);
    CHECK(db.error().kind == domain::ErrorKind::Integrity);
    CHECK(db.error().toString().startsWith(path + QStringLiteral(": ")));
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("a backup is a complete database that opens on its own", "[storage][sqlite]")
{
    test::StorageFixture fixture;
    VersionStore store = fixture.versions();
    domain::VersionInfo published;
    const qint64 codeId = fixture.publishedCode(&published);
    const QString target = fixture.dir.file(QStringLiteral("backup.db"));

    REQUIRE(fixture.db->backupTo(target));
    auto copy = Database::open(target, OpenMode::ExistingOnly);
    REQUIRE(copy);
    VersionStore copied(**copy);
    auto original = store.load(published.id);
    auto restored = copied.load(published.id);
    REQUIRE(original);
    REQUIRE(restored);
    CHECK(*restored == *original);
    CHECK(copied.inForce(codeId).value() == store.inForce(codeId).value());
    CHECK(StaffStore(**copy).list().value() == StaffStore(*fixture.db).list().value());
}

TEST_CASE("a backup never overwrites an existing file", "[storage][sqlite]")
{
    test::StorageFixture fixture;
    const QString target = fixture.dir.file(QStringLiteral("precious.txt"));
    test::writeFile(target, QByteArrayLiteral("keep me"));
    const domain::Status status = fixture.db->backupTo(target);
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == domain::ErrorKind::Refused);
    CHECK(status.error().toString().startsWith(target + QStringLiteral(": already exists")));
    CHECK(test::fileBytes(target) == QByteArrayLiteral("keep me"));
}

TEST_CASE("a backup clears what killed backups to the same name left behind, and nothing else",
          "[storage][sqlite]")
{
    test::StorageFixture fixture;
    const QString target = fixture.dir.file(QStringLiteral("bk.db"));
    const auto leftover = [&](const QString &name, int minutesOld) {
        const QString path = fixture.dir.file(name);
        test::writeFile(path, QByteArrayLiteral("partial"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60 * minutesOld),
                                 QFileDevice::FileModificationTime));
        return path;
    };
    // Killed backups to bk.db an hour ago: a partial copy and its journal.
    const QString stale = leftover(QStringLiteral(".bk.db.aB3dE9.partial"), 60);
    const QString staleJournal = leftover(QStringLiteral(".bk.db.aB3dE9.partial-journal"), 60);
    // A backup to bk.db another process is writing now, a killed backup to another name,
    // and a file that only looks alike.
    const QString running = leftover(QStringLiteral(".bk.db.Zz9Yy8.partial"), 0);
    const QString otherName = leftover(QStringLiteral(".other.db.aB3dE9.partial"), 60);
    const QString alike = leftover(QStringLiteral(".bk.db.notes.partial"), 60);

    REQUIRE(fixture.db->backupTo(target));
    CHECK(QFileInfo::exists(target));
    CHECK_FALSE(QFileInfo::exists(stale));
    CHECK_FALSE(QFileInfo::exists(staleJournal));
    CHECK(QFileInfo::exists(running));
    CHECK(QFileInfo::exists(otherName));
    CHECK(QFileInfo::exists(alike));
}

TEST_CASE("two databases open at once keep separate connections", "[storage]")
{
    TempDir dir;
    auto first = Database::open(dir.file(QStringLiteral("a.db")), OpenMode::CreateIfMissing);
    auto second = Database::open(dir.file(QStringLiteral("b.db")), OpenMode::CreateIfMissing);
    REQUIRE(first);
    REQUIRE(second);
    CHECK((*first)->connection().connectionName() != (*second)->connection().connectionName());
    REQUIRE(OrganisationStore(**first).setOrganisationName(QStringLiteral("A"),
                                                           {QStringLiteral("os:x"), {}}));
    CHECK(OrganisationStore(**second).organisationName().value().isEmpty());
}

TEST_CASE("a read begun inside a read joins its snapshot and leaves ending it to the outer one",
          "[storage]")
{
    // The compliance report reads through several stores, each beginning its own read, and
    // prints the seal of exactly the data it printed.
    test::StorageFixture fixture;
    const auto people = [&] {
        return test::scalar(fixture.db->connection(), QStringLiteral("SELECT count(*) FROM staff"));
    };
    ScopedTransaction outer(fixture.db->connection(), ScopedTransaction::Mode::Read);
    REQUIRE(outer.status());
    const qint64 before = people();
    {
        ScopedTransaction inner(fixture.db->connection(), ScopedTransaction::Mode::Read);
        REQUIRE(inner.status());
        REQUIRE(inner.commit());
    }
    CHECK(fixture.db->dialect().inTransaction(fixture.db->connection()));

    // Someone else adds a person meanwhile: the outer read does not see them until it ends.
    auto other = Database::open(fixture.path, OpenMode::ExistingOnly);
    REQUIRE(other);
    domain::StaffMember member;
    member.employeeNo = QStringLiteral("A777");
    member.fullName = QStringLiteral("Persona A777");
    member.role = domain::Role::Agent;
    REQUIRE(StaffStore(**other).add(member, QString(), fixture.manager));
    CHECK(people() == before);
    REQUIRE(outer.commit());
    CHECK(people() == before + 1);
}

TEST_CASE("the built-in schema steps are numbered from 1 without gaps", "[storage][migration]")
{
    auto migrator = Migrator::builtIn();
    REQUIRE(migrator);
    REQUIRE_FALSE(migrator->steps().isEmpty());
    for (qsizetype i = 0; i < migrator->steps().size(); ++i)
        CHECK(migrator->steps()[i].version == i + 1);
    CHECK(migrator->latestVersion() == Database::latestSchemaVersion());
}

TEST_CASE("schema steps are applied in order from the schema the file has", "[storage][migration]")
{
    TempDir dir;
    test::RawConnection raw(dir.file(QStringLiteral("steps.db")));
    const Migrator migrator(
        {{2, QStringLiteral("0002_more.sql"), QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT;")},
         {1, QStringLiteral("0001_first.sql"),
          QStringLiteral("CREATE TABLE t (a TEXT); -- the first table\n"
                         "INSERT INTO t (a) VALUES ('x;y');")}});
    REQUIRE(migrator.migrate(raw.db(), 0, true));
    CHECK(test::scalar(raw.db(), QStringLiteral("PRAGMA user_version")) == 2);
    CHECK(test::scalar(raw.db(), QStringLiteral("PRAGMA application_id")) == 0x54454E54);
    CHECK(test::scalar(raw.db(),
                       QStringLiteral("SELECT count(*) FROM t WHERE a = 'x;y' "
                                      "AND b IS NULL"))
          == 1);
    // Run again from version 2, nothing is left to do.
    REQUIRE(migrator.migrate(raw.db(), 2, false));
    CHECK(test::scalar(raw.db(), QStringLiteral("SELECT count(*) FROM t")) == 1);
}

TEST_CASE("a failing schema step is rolled back and leaves the schema version where it was",
          "[storage][migration]")
{
    TempDir dir;
    test::RawConnection raw(dir.file(QStringLiteral("fail.db")));
    const Migrator migrator(
        {{1, QStringLiteral("0001_first.sql"), QStringLiteral("CREATE TABLE t (a TEXT);")},
         {2, QStringLiteral("0002_broken.sql"),
          QStringLiteral("CREATE TABLE u (a TEXT); INSERT INTO nowhere VALUES (1);")}});
    const domain::Status status = migrator.migrate(raw.db(), 0, true);
    REQUIRE_FALSE(status);
    CHECK(status.error().message.contains(QStringLiteral("0002_broken.sql")));
    CHECK(test::scalar(raw.db(), QStringLiteral("PRAGMA user_version")) == 1);
    CHECK(test::scalar(raw.db(),
                       QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                      "WHERE name = 'u'"))
          == 0);
}

TEST_CASE("a database made by the first schema step opens with every later step applied",
          "[storage][migration]")
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.db"));
    auto builtIn = Migrator::builtIn();
    REQUIRE(builtIn);
    {
        test::RawConnection raw(path);
        const Migrator firstOnly({builtIn->steps().first()});
        REQUIRE(firstOnly.migrate(raw.db(), 0, true));
    }
    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK(test::scalar((*db)->connection(), QStringLiteral("PRAGMA user_version"))
          == Database::latestSchemaVersion());
}

TEST_CASE("a read inside a transaction already open joins it, on either engine", "[storage]")
{
    test::TestDatabase database;
    auto db = Database::open(database.where(), OpenMode::CreateIfMissing);
    REQUIRE(db);
    const QSqlDatabase connection = (*db)->connection();
    CHECK_FALSE((*db)->dialect().inTransaction(connection));
    ScopedTransaction writing(connection);
    REQUIRE(writing.status());
    CHECK((*db)->dialect().inTransaction(connection));
    // Beginning again would fail on a server: a transaction's isolation is set before its
    // first query.
    ScopedTransaction reading(connection, ScopedTransaction::Mode::Read);
    CHECK(reading.status());
    CHECK(OrganisationStore(**db).organisationName());
    CHECK(writing.commit());
}
