#include "ctlrunner.h"
#include "forger.h"

using namespace tenet::test;

namespace {

QString publishedDatabase(const TestDatabase &database)
{
    const QString db = database.where();
    createOrganisation(db);
    for (const QStringList &step :
         {QStringList{u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s},
          QStringList{u"submit"_s, u"--as"_s, u"S001"_s},
          QStringList{u"approve"_s, u"--as"_s, u"M001"_s},
          QStringList{u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v1"_s}}) {
        const CtlResult r = tenetctl(db, step);
        INFO(r);
        REQUIRE(r.exitCode == 0);
    }
    return db;
}

} // namespace

TEST_CASE("verify passes on an untouched database", "[cli][integrity]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    const CtlResult r = tenetctl(db, {u"verify"_s});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"OK"_s));
    const CtlResult json = tenetctl(db, {u"verify"_s, u"--json"_s});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json()[u"ok"_s].toBool());
    CHECK(json.json()[u"audit_log"_s][u"rows"_s].toInt() >= 8);
    CHECK(json.json()[u"audit_log"_s][u"last_hash"_s].toString().size() == 64);
    CHECK(json.json()[u"notes"_s].toArray().isEmpty());
    CHECK(r.out.contains(u"agree with the audit log"_s));
    CHECK_FALSE(r.out.contains(u"Note:"_s));
}

TEST_CASE("verify compares the tables with the audit log and names what disagrees",
          "[cli][integrity][tamper]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    // The version in force turned back into a draft, its summary rewritten: no chain covers
    // the version table, but the audit log recorded both.
    forge(db,
          {u"UPDATE version SET state = 'draft', summary = 'forged' "
           "WHERE number = 1"_s});
    const CtlResult r = tenetctl(db, {u"verify"_s});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.out.contains(u"FAILED"_s));
    CHECK(r.out.contains(u"  - version 1 of \""_s));
    CHECK(r.out.contains(u"its state is draft, but the audit log (row"_s));
    CHECK(r.err.contains(u"its summary is \"forged\", but the audit log (row"_s));
    CHECK(r.err.count(u'\n') == 1); // one line

    const CtlResult json = tenetctl(db, {u"verify"_s, u"--json"_s});
    CHECK(json.exitCode == 4);
    CHECK_FALSE(json.json()[u"ok"_s].toBool());
    CHECK(json.json()[u"problems"_s].toArray().size() == 2);
}

TEST_CASE("a published version cannot be changed even with raw SQL", "[cli][integrity]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    CHECK_FALSE(rawSql(db, {u"UPDATE version SET summary = 'forged' WHERE number = 1"_s}).isEmpty());
    CHECK_FALSE(rawSql(db, {u"DELETE FROM version_section"_s}).isEmpty());
    CHECK_FALSE(rawSql(db, {u"UPDATE clause_blob SET body = 'forged'"_s}).isEmpty());
    CHECK_FALSE(rawSql(db, {u"DELETE FROM audit_log"_s}).isEmpty());
    CHECK(tenetctl(db, {u"verify"_s}).exitCode == 0);
}

TEST_CASE("verify names the audit row that was edited", "[cli][integrity]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    forge(db, {u"UPDATE audit_log SET actor = 'M002' WHERE seq = 3"_s});
    const CtlResult r = tenetctl(db, {u"verify"_s});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"audit_log row 3"_s));
    CHECK(r.err.contains(u"changed after it was written"_s));
    CHECK(r.out.contains(u"FAILED"_s));
}

TEST_CASE("verify notices a deleted audit row", "[cli][integrity]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    forge(db, {u"DELETE FROM audit_log WHERE seq = 4"_s});
    const CtlResult r = tenetctl(db, {u"verify"_s});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"audit_log row"_s));
}

TEST_CASE("a database file from a newer Tenet is refused and left untouched",
          "[cli][integrity][sqlite]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    REQUIRE(rawSql(db, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"PRAGMA user_version = 999"_s}).isEmpty());
    const QByteArray before = readFile(db);
    const CtlResult r = tenetctl(db, {u"staff"_s, u"list"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"newer"_s));
    CHECK(readFile(db) == before);
}

TEST_CASE("backup writes a copy that opens, and will not overwrite a file",
          "[cli][integrity][sqlite]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = publishedDatabase(database);
    const QString copy = dir.file(u"copy.db"_s);
    CtlResult r = tenetctl(db, {u"backup"_s, copy});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(tenetctl(copy, {u"verify"_s}).exitCode == 0);
    CHECK(tenetctl(copy, {u"versions"_s}).out.contains(u"published"_s));
    r = tenetctl(db, {u"backup"_s, copy});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(copy));
}

TEST_CASE("search finds clauses without their accents and jumps to the numbers", "[cli][search]")
{
    TestDatabase database;
    const QString db = publishedDatabase(database);
    const CtlResult json = tenetctl(db, {u"search"_s, u"reclamacion"_s, u"--json"_s});
    INFO(json);
    REQUIRE(json.exitCode == 0);
    const QJsonArray results = json.json()[u"results"_s].toArray();
    REQUIRE_FALSE(results.isEmpty());
    CHECK(results.at(0)[u"clause_id"_s].toString() == u"cmp-log"_s);
    CHECK(results.at(0)[u"number"_s].toString() == u"5.1"_s);
    CHECK(results.at(0)[u"snippet"_s].toString().contains(u"[reclamación]"_s));
    CHECK(results.at(0)[u"version"_s].toInt() == 1);

    // Characters that mean something to the search engine are searched as text.
    const CtlResult odd = tenetctl(db, {u"search"_s, u"\"quoted AND (odd* NEAR"_s});
    CHECK(odd.exitCode == 0);
}
