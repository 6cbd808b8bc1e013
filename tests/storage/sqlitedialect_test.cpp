#include "storage/database.h"
#include "storage/sqlitedialect.h"
#include "storage/sqlquery.h"

#include "support/tempdir.h"

#include <QSqlError>

using tenet::storage::SqliteDialect;

TEST_CASE("a schema script is split into statements with trigger bodies kept whole",
          "[storage][sqlite]")
{
    const QString script
        = QStringLiteral("-- a comment; with a semicolon\n"
                         "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" INTEGER);\n"
                         "/* block; comment */\n"
                         "CREATE TRIGGER t_guard BEFORE UPDATE ON t\n"
                         "WHEN CASE WHEN NEW.a = 'end;' THEN 1 ELSE 0 END\n"
                         "BEGIN\n"
                         "    SELECT RAISE(ABORT, 'no; never');\n"
                         "    SELECT CASE WHEN 1 THEN 2 END;\n"
                         "END;\n"
                         "create temp trigger lower_case after insert on t begin select 1; end;\n"
                         "INSERT INTO t (a) VALUES ('it''s; fine');");
    const QStringList statements = SqliteDialect::splitScript(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements[0] == u"CREATE TABLE t (a TEXT DEFAULT 'x;y', \"b;c\" INTEGER)");
    CHECK(statements[1].startsWith(QStringLiteral("CREATE TRIGGER t_guard")));
    CHECK(statements[1].endsWith(QStringLiteral("END")));
    CHECK(statements[1].contains(QStringLiteral("SELECT CASE WHEN 1 THEN 2 END;")));
    CHECK(statements[2] == u"create temp trigger lower_case after insert on t begin select 1; end");
    CHECK(statements[3] == u"INSERT INTO t (a) VALUES ('it''s; fine')");
}

TEST_CASE("search words become a quoted full-text query that cannot be a syntax error",
          "[storage][sqlite]")
{
    CHECK(SqliteDialect::matchExpression(QStringLiteral("código")) == u"\"código\" *");
    CHECK(SqliteDialect::matchExpression(QStringLiteral("  trato   justo "))
          == u"\"trato\" \"justo\" *");
    CHECK(SqliteDialect::matchExpression(QStringLiteral("say \"hi\""))
          == u"\"say\" \"\"\"hi\"\"\" *");
    CHECK(SqliteDialect::matchExpression(QStringLiteral("AND OR NOT"))
          == u"\"AND\" \"OR\" \"NOT\" *");
    CHECK(SqliteDialect::matchExpression(QStringLiteral("a - * ( )")) == u"\"a\" *");
    CHECK(SqliteDialect::matchExpression(QStringLiteral("\" * ^ ")).isEmpty());
    CHECK(SqliteDialect::matchExpression(QString()).isEmpty());
}

TEST_CASE("only files that start with the SQLite signature are handed to SQLite",
          "[storage][sqlite]")
{
    CHECK(SqliteDialect::hasFileSignature(QByteArray("SQLite format 3\0rest", 20)));
    CHECK_FALSE(SqliteDialect::hasFileSignature(QByteArrayLiteral("SQLite format 3")));
    CHECK_FALSE(SqliteDialect::hasFileSignature(QByteArrayLiteral("PK\x03\x04")));
}

TEST_CASE("a reader on SQLite's own interface reads rows and names a statement that failed",
          "[storage][sqlite]")
{
    tenet::test::TempDir dir;
    auto db = tenet::storage::Database::open(dir.file(QStringLiteral("tenet.db")),
                                             tenet::storage::OpenMode::CreateIfMissing);
    REQUIRE(db);
    const QSqlDatabase connection = (*db)->connection();
    REQUIRE(tenet::storage::SqlQuery::run(
        connection, QStringLiteral("CREATE TEMP TABLE t (n INTEGER, s TEXT)")));
    REQUIRE(tenet::storage::SqlQuery::run(
        connection, QStringLiteral("INSERT INTO t VALUES (1, 'Žemaitė'), (2, NULL), (3, '')")));

    SqliteDialect::Reader reader(connection,
                                 QStringLiteral("SELECT n, s FROM t WHERE n >= ?1 ORDER BY n"));
    reader.bind(1, 1);
    REQUIRE(reader.next());
    CHECK(reader.integer(0) == 1);
    CHECK(reader.text(1) == QStringLiteral("Žemaitė"));
    REQUIRE(reader.next());
    CHECK(reader.isNull(1));
    CHECK(reader.text(1).isEmpty());
    REQUIRE(reader.next());
    CHECK_FALSE(reader.isNull(1));
    CHECK(reader.utf8(1).isEmpty());
    CHECK_FALSE(reader.next());
    CHECK(reader.status());

    SqliteDialect::Reader bad(connection, QStringLiteral("SELECT missing FROM t"));
    CHECK_FALSE(bad.next());
    REQUIRE_FALSE(bad.status());
    CHECK(bad.status().error().where == connection.databaseName());
    CHECK(bad.status().error().message.contains(QStringLiteral("no such column: missing")));
}

TEST_CASE("a full disk is reported as a full disk, not as a damaged database", "[storage]")
{
    // SQLITE_FULL, as SQLite reports it through QtSql.
    const QSqlError full(QStringLiteral("database or disk is full"),
                         QStringLiteral("database or disk is full"), QSqlError::StatementError,
                         QStringLiteral("13"));
    CHECK(SqliteDialect::classify(full) == SqliteDialect::Failure::DiskFull);
    const tenet::domain::Error error
        = tenet::storage::errorFromSql(full, QStringLiteral("t.db"), SqliteDialect::instance());
    CHECK(error.kind == tenet::domain::ErrorKind::Refused);
    CHECK(error.message.contains(QStringLiteral("the disk is full")));
}

TEST_CASE("a read-only database is reported as one that cannot be written", "[storage]")
{
    // SQLITE_READONLY_DBMOVED's family: the primary code 8 in the low byte.
    const QSqlError readOnly(QStringLiteral("attempt to write a readonly database"),
                             QStringLiteral("attempt to write a readonly database"),
                             QSqlError::StatementError, QStringLiteral("8"));
    const tenet::domain::Error error
        = tenet::storage::errorFromSql(readOnly, QStringLiteral("t.db"), SqliteDialect::instance());
    CHECK(error.kind == tenet::domain::ErrorKind::Refused);
    CHECK(error.message.contains(QStringLiteral("cannot be written")));
}
