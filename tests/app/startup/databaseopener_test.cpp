#include "startupfixture.h"

#include "app/startup/databaseopener.h"
#include "domain/codecontent.h"
#include "storage/auditlog.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace tenet;
using namespace tenet::domain;
using app::DatabaseOpener;

namespace {

// Runs statements on a file as another program would, without Tenet's checks.
void runRawSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void requireRefusedUntouched(const QString &path)
{
    const QByteArray before = test::fileBytes(path);
    const QStringList beside = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    auto opened = DatabaseOpener::openExisting(path);
    REQUIRE_FALSE(opened);
    INFO(opened.error().toString().toStdString());
    CHECK(opened.error().toString().contains(path));
    CHECK(opened.error().toString().contains(u"nothing was changed"_s));
    CHECK(test::fileBytes(path) == before);
    // No journal or log was left beside it either.
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) == beside);
}

} // namespace

TEST_CASE("on first start the default database is created with the demonstration organisation "
          "and the user is told so",
          "[startup][opener]")
{
    test::TempDir dir;
    // The per-user data folder does not exist yet on a first start.
    const QString path = dir.file(u"data/tenet/tenet.db"_s);
    const DatabaseOpener opener(path);

    auto first = opener.openAtStart();
    INFO((first ? std::string() : first.error().toString().toStdString()));
    REQUIRE(first);
    CHECK(first->created);
    REQUIRE(first->database);
    CHECK(first->database->path() == path);
    CHECK(first->welcome.startsWith(u"Welcome"_s));
    CHECK(first->welcome.contains(QDir::toNativeSeparators(path)));
    CHECK(first->welcome.contains(u"Marta Ruiz"_s));
    CHECK(first->welcome.contains(u"1234"_s));
    const int staff = int(storage::StaffStore(*first->database).list().value().size());
    const int entries = int(storage::AuditLog(*first->database).entries().value().size());
    CHECK(storage::VersionStore(*first->database).codes().value().size() == 1);
    first->database.reset();

    auto second = opener.openAtStart();
    REQUIRE(second);
    CHECK_FALSE(second->created);
    CHECK(second->welcome.isEmpty());
    CHECK(storage::StaffStore(*second->database).list().value().size() == staff);
    CHECK(storage::AuditLog(*second->database).entries().value().size() == entries);
    CHECK(storage::VersionStore(*second->database).codes().value().size() == 1);
}

TEST_CASE("a file named on the command line is opened as it is", "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"named.db"_s);
    test::openDemoCopy(path);
    const QByteArray before = test::fileBytes(path);

    // The default does not exist, and must not be created when a file is named.
    const DatabaseOpener opener(dir.file(u"default.db"_s));
    auto opened = opener.openAtStart(path);
    REQUIRE(opened);
    CHECK_FALSE(opened->created);
    CHECK(opened->welcome.isEmpty());
    CHECK(opened->database->path() == path);
    CHECK_FALSE(QFileInfo::exists(dir.file(u"default.db"_s)));
}

TEST_CASE("a file named on the command line that does not exist is not created",
          "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"typo.db"_s);
    auto opened = DatabaseOpener(dir.file(u"default.db"_s)).openAtStart(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().kind == ErrorKind::NotFound);
    CHECK(opened.error().toString().contains(path));
    CHECK(opened.error().message.contains(u"File > New"_s));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(dir.file(u"default.db"_s)));
}

TEST_CASE("a server address on the command line is connected to, never looked for as a file",
          "[startup][opener]")
{
    test::TempDir dir;
    // A folder with no server's socket in it: the connection is refused at once.
    const QString address = u"postgresql://nobody@/tenet?host=%1"_s.arg(dir.path());
    auto opened = DatabaseOpener(dir.file(u"default.db"_s)).openAtStart(address);
    REQUIRE_FALSE(opened);
    INFO(opened.error().toString().toStdString());
    CHECK(opened.error().where == address);
    CHECK(opened.error().message.contains(u"cannot connect to the server"_s));
    CHECK_FALSE(opened.error().message.contains(u"File > New"_s));
    CHECK_FALSE(QFileInfo::exists(dir.file(u"default.db"_s)));

    // An address with a password in it is refused before anything is tried.
    auto withPassword = DatabaseOpener::openExisting(u"postgresql://ana:secret@db/tenet"_s);
    REQUIRE_FALSE(withPassword);
    CHECK(withPassword.error().message.contains(u"never stores"_s));
    CHECK_FALSE(withPassword.error().toString().contains(u"secret"_s));
}

TEST_CASE("a file that is not Tenet's is refused and left byte-identical", "[startup][opener]")
{
    test::TempDir dir;
    SECTION("a text file")
    {
        const QString path = dir.file(u"notes.db"_s);
        test::writeFile(path, "Shopping list: milk, bread, coffee.\n");
        requireRefusedUntouched(path);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.file(u"other.db"_s);
        runRawSql(path,
                  {u"CREATE TABLE contact (name TEXT)"_s, u"INSERT INTO contact VALUES ('Ona')"_s});
        requireRefusedUntouched(path);
    }
}

TEST_CASE("a database from a newer Tenet is refused and left byte-identical", "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"newer.db"_s);
    test::openDemoCopy(path);
    runRawSql(path, {u"PRAGMA user_version = 999"_s});
    requireRefusedUntouched(path);
    auto opened = DatabaseOpener::openExisting(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(u"newer Tenet"_s));
}

TEST_CASE("a damaged database is refused and left byte-identical", "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"damaged.db"_s);
    test::openDemoCopy(path);
    QByteArray bytes = test::fileBytes(path);
    REQUIRE(bytes.size() > 8 * 4096);
    // Pages 3 to 6 become noise; the header and the first page stay, so it still looks
    // like a Tenet file until it is read.
    for (qsizetype i = 2 * 4096; i < 6 * 4096; ++i)
        bytes[i] = char((i * 7919) & 0xff);
    test::writeFile(path, bytes);
    requireRefusedUntouched(path);
}

TEST_CASE("a new database never replaces an existing file", "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"precious.db"_s);
    test::writeFile(path, "keep me");
    auto created = DatabaseOpener::createNew(path);
    REQUIRE_FALSE(created);
    CHECK(created.error().kind == ErrorKind::Refused);
    CHECK(created.error().toString().contains(QDir::toNativeSeparators(path)));
    CHECK(test::fileBytes(path) == "keep me");
}

TEST_CASE("a new database for one's own organisation has its first manager and a starter draft",
          "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"acme.db"_s);
    const app::NewOrganisation acme {u"Acme Help Desk"_s, u"E100"_s, u"Dalia Šimkutė"_s,
                                     u"s3cret"_s, true};
    auto created = DatabaseOpener::createNew(path, acme);
    INFO((created ? std::string() : created.error().toString().toStdString()));
    REQUIRE(created);
    CHECK(created->created);
    CHECK(created->welcome.contains(u"Dalia Šimkutė"_s));
    storage::Database &db = *created->database;

    const QList<StaffMember> staff = storage::StaffStore(db).list().value();
    REQUIRE(staff.size() == 1);
    CHECK(staff.first().employeeNo == u"E100"_s);
    CHECK(staff.first().role == Role::Manager);
    CHECK(storage::StaffStore(db).checkSecret(u"E100"_s, u"s3cret"_s).value());

    storage::VersionStore store(db);
    REQUIRE(store.codes().value().size() == 1);
    const Code code = store.codes().value().first();
    CHECK(code.title == u"Acme Help Desk Code of Practice"_s);
    CHECK(code.organisation == u"Acme Help Desk"_s);
    const auto draft = store.openVersion(code.id).value();
    REQUIRE(draft);
    CHECK(draft->state == VersionState::Draft);
    CHECK(draft->author == u"E100"_s);
    const auto version = store.load(draft->id);
    REQUIRE(version);
    CHECK(version->content.clauseCount() > 30);
    for (const Section &section : version->content.sections) {
        CHECK(section.owner == u"E100"_s);
        CHECK_FALSE(section.purpose.contains(u"Northwind"_s));
        for (const Clause &clause : section.clauses)
            CHECK_FALSE(clause.body.contains(u"Northwind"_s));
    }
    CHECK(version->content.clause(u"com-phone"_s)->body.contains(u"Acme Help Desk greeting"_s));
}

TEST_CASE("a new database for one's own organisation may start with empty sections",
          "[startup][opener]")
{
    test::TempDir dir;
    const app::NewOrganisation acme {u"Acme"_s, u"E1"_s, u"Pat Doe"_s, u"4321"_s, false};
    auto created = DatabaseOpener::createNew(dir.file(u"empty.db"_s), acme);
    REQUIRE(created);
    storage::VersionStore store(*created->database);
    const auto version
        = store.load(store.openVersion(store.codes().value().first().id).value()->id);
    REQUIRE(version);
    CHECK(version->content.sections.size() == 7);
    CHECK(version->content.clauseCount() == 0);
}

TEST_CASE("a new database that cannot be filled is removed again", "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"half.db"_s);
    // No employee number: the first manager cannot be added.
    const app::NewOrganisation nobody {u"Acme"_s, u""_s, u"Pat Doe"_s, u"4321"_s, true};
    auto created = DatabaseOpener::createNew(path, nobody);
    REQUIRE_FALSE(created);
    CHECK(created.error().message.contains(u"was removed again"_s));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("File > Open does not turn an empty file into a database", "[startup][opener]")
{
    test::TempDir dir;
    const QString path = dir.file(u"empty.db"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto opened = DatabaseOpener::openExisting(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.contains(u"empty"_s));
    CHECK(QFileInfo(path).size() == 0);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
}
