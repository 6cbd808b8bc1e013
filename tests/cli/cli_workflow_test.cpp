#include "ctlrunner.h"

using namespace tenet::test;

namespace {

// A database whose code has an open draft, version 1, written by supervisor S001.
QString databaseWithDraft(const TestDatabase &database)
{
    const QString db = database.where();
    createOrganisation(db);
    const CtlResult r = tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s,
                                      u"S001"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return db;
}

QJsonObject versionJson(const QString &db, int number)
{
    const CtlResult r = tenetctl(db, {u"versions"_s, u"--json"_s});
    REQUIRE(r.exitCode == 0);
    for (const QJsonValue &v : r.json()[u"versions"_s].toArray()) {
        if (v[u"number"_s].toInt() == number)
            return v.toObject();
    }
    FAIL("no version " << number);
    return {};
}

} // namespace

TEST_CASE("a draft is submitted, approved by another manager and published", "[cli][workflow]")
{
    TestDatabase database;
    const QString db = databaseWithDraft(database);
    CtlResult r = tenetctl(db, {u"submit"_s, u"--as"_s, u"S001"_s, u"--note"_s, u"Primera edición"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(versionJson(db, 1)[u"status"_s].toString() == u"in_review"_s);

    r = tenetctl(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    REQUIRE(r.exitCode == 0);
    r = tenetctl(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s,
                      u"Primera edición del código"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);

    const QJsonObject published = versionJson(db, 1);
    CHECK(published[u"status"_s].toString() == u"published"_s);
    CHECK(published[u"author"_s].toString() == u"S001"_s);
    CHECK(published[u"approved_by"_s].toString() == u"M001"_s);
    CHECK(published[u"published_by"_s].toString() == u"M002"_s);
    CHECK(published[u"material"_s].toBool());
    CHECK(published[u"summary"_s].toString() == u"Primera edición del código"_s);
    CHECK_FALSE(published[u"published_at"_s].toString().isEmpty());

    // The version in force is what export-code gives by default.
    const CtlResult exported = tenetctl(db, {u"export-code"_s});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json()[u"version"_s][u"status"_s].toString() == u"published"_s);
}

TEST_CASE("workflow commands need --as and check the role", "[cli][workflow]")
{
    TestDatabase database;
    const QString db = databaseWithDraft(database);
    CtlResult r = tenetctl(db, {u"submit"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--as EMPLOYEE_NO is required"_s));

    r = tenetctl(db, {u"submit"_s, u"--as"_s, u"A001"_s});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"A001"_s));

    r = tenetctl(db, {u"submit"_s, u"--as"_s, u"Z999"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"Z999"_s));

    REQUIRE(tenetctl(db, {u"submit"_s, u"--as"_s, u"S001"_s}).exitCode == 0);
    r = tenetctl(db, {u"approve"_s, u"--as"_s, u"S001"_s});
    CHECK(r.exitCode == 3);
    CHECK(versionJson(db, 1)[u"status"_s].toString() == u"in_review"_s);
}

TEST_CASE("the author of a draft cannot approve it", "[cli][workflow]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    REQUIRE(tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"M001"_s}).exitCode == 0);
    REQUIRE(tenetctl(db, {u"submit"_s, u"--as"_s, u"M001"_s}).exitCode == 0);
    const CtlResult own = tenetctl(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    CHECK(own.exitCode == 3);
    CHECK(own.err.contains(u"another manager"_s));
    CHECK(tenetctl(db, {u"approve"_s, u"--as"_s, u"M002"_s}).exitCode == 0);
}

TEST_CASE("publish needs material or editorial and a summary", "[cli][workflow]")
{
    TestDatabase database;
    const QString db = databaseWithDraft(database);
    REQUIRE(tenetctl(db, {u"submit"_s, u"--as"_s, u"S001"_s}).exitCode == 0);
    REQUIRE(tenetctl(db, {u"approve"_s, u"--as"_s, u"M001"_s}).exitCode == 0);
    CHECK(tenetctl(db, {u"publish"_s, u"--as"_s, u"M001"_s, u"--summary"_s, u"x"_s}).exitCode == 1);
    CHECK(tenetctl(db, {u"publish"_s, u"--as"_s, u"M001"_s, u"--material"_s}).exitCode == 1);
    const CtlResult editorial = tenetctl(db, {u"publish"_s, u"--as"_s, u"M001"_s, u"--editorial"_s,
                                              u"--summary"_s, u"Wording"_s});
    CHECK(editorial.exitCode == 3);
    CHECK(editorial.err.contains(u"material"_s));
    CHECK(versionJson(db, 1)[u"status"_s].toString() == u"approved"_s);
}

TEST_CASE("publishing a new version supersedes the one in force", "[cli][workflow]")
{
    TestDatabase database;
    const QString db = databaseWithDraft(database);
    const auto publish = [&](const QString &kind) {
        REQUIRE(tenetctl(db, {u"submit"_s, u"--as"_s, u"S001"_s}).exitCode == 0);
        REQUIRE(tenetctl(db, {u"approve"_s, u"--as"_s, u"M001"_s}).exitCode == 0);
        const CtlResult r = tenetctl(db, {u"publish"_s, u"--as"_s, u"M002"_s, kind,
                                          u"--summary"_s, u"Edition"_s});
        INFO(r);
        REQUIRE(r.exitCode == 0);
    };
    publish(u"--material"_s);
    REQUIRE(tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s}).exitCode == 0);
    publish(u"--editorial"_s);
    CHECK(versionJson(db, 1)[u"status"_s].toString() == u"superseded"_s);
    CHECK(versionJson(db, 2)[u"status"_s].toString() == u"published"_s);
    CHECK_FALSE(versionJson(db, 2)[u"material"_s].toBool());

    const CtlResult table = tenetctl(db, {u"versions"_s});
    CHECK(table.out.contains(u"superseded"_s));
    CHECK(table.out.contains(u"editorial"_s));
}

TEST_CASE("a withdrawn draft makes room for a new one", "[cli][workflow]")
{
    TestDatabase database;
    const QString db = databaseWithDraft(database);
    CHECK(tenetctl(db, {u"withdraw"_s, u"--as"_s, u"S001"_s, u"--reason"_s, u"Started over"_s}).exitCode == 0);
    CHECK(versionJson(db, 1)[u"status"_s].toString() == u"withdrawn"_s);
    CHECK(tenetctl(db, {u"submit"_s, u"--as"_s, u"S001"_s}).exitCode == 2); // nothing open
    CHECK(tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s)}).exitCode == 0);
    CHECK(versionJson(db, 2)[u"status"_s].toString() == u"draft"_s);
}

TEST_CASE("start-draft continues the open draft, starts empty with nothing in force, and later "
          "from the version in force",
          "[cli][workflow][draft]")
{
    TestDatabase database;
    const QString db = databaseWithDraft(database);
    CtlResult r = tenetctl(db, {u"start-draft"_s, u"--as"_s, u"S001"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"already open"_s));
    CHECK(tenetctl(db, {u"versions"_s, u"--json"_s}).json()[u"versions"_s].toArray().size() == 1);

    REQUIRE(tenetctl(db, {u"withdraw"_s, u"--as"_s, u"S001"_s}).exitCode == 0);
    CHECK(tenetctl(db, {u"start-draft"_s, u"--as"_s, u"A001"_s}).exitCode == 3); // an agent
    CHECK(tenetctl(db, {u"start-draft"_s}).exitCode == 1); // --as is required
    r = tenetctl(db, {u"start-draft"_s, u"--as"_s, u"S001"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"empty"_s));
    CHECK(versionJson(db, 2)[u"status"_s].toString() == u"draft"_s);
    const CtlResult empty = tenetctl(db, {u"export-code"_s, u"--draft"_s});
    REQUIRE(empty.exitCode == 0);
    const QJsonArray sections = empty.json()[u"sections"_s].toArray();
    CHECK(sections.size() == 7);
    for (const QJsonValue &section : sections)
        CHECK(section[u"clauses"_s].toArray().isEmpty());

    REQUIRE(tenetctl(db, {u"withdraw"_s, u"--as"_s, u"S001"_s}).exitCode == 0);
    REQUIRE(
        tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s}).exitCode
        == 0);
    REQUIRE(tenetctl(db, {u"submit"_s, u"--as"_s, u"S001"_s}).exitCode == 0);
    REQUIRE(tenetctl(db, {u"approve"_s, u"--as"_s, u"M001"_s}).exitCode == 0);
    REQUIRE(
        tenetctl(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v3"_s})
            .exitCode
        == 0);
    r = tenetctl(db, {u"start-draft"_s, u"--as"_s, u"S001"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"from version 3"_s));
    const CtlResult copy = tenetctl(db, {u"export-code"_s, u"--draft"_s});
    const CtlResult inForce = tenetctl(db, {u"export-code"_s});
    REQUIRE(copy.exitCode == 0);
    CHECK(copy.json()[u"sections"_s] == inForce.json()[u"sections"_s]);
}
