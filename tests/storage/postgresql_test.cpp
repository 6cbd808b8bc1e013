// What only a PostgreSQL server can show: the same ledger hashed alike by both backends,
// guards switched off rather than dropped, TRUNCATE, and search through tsvector. Each test
// needs TENET_TEST_POSTGRES (the ctest entry "tenet_storage_tests on PostgreSQL" sets it)
// and says so when it is missing.

#include "storagefixture.h"

#include "storage/acknowledgementstore.h"
#include "storage/auditlog.h"
#include "storage/dashboardstore.h"
#include "storage/integrity.h"
#include "storage/migrator.h"
#include "storage/postgresdialect.h"

using namespace tenet;
using namespace tenet::storage;

namespace {

bool serverMissing()
{
    if (test::TestDatabase::onServer())
        return false;
    WARN("no PostgreSQL server: set TENET_TEST_POSTGRES (scripts/with-postgres does)");
    return true;
}

// The same history on any backend: one published code, then every person signs, one of
// them with a quiz score whose text has every digit a double can hold, one on paper.
void writeHistory(test::StorageFixture &fixture)
{
    QDateTime clock(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    fixture.db->setClock([&clock] {
        clock = clock.addSecs(61);
        return clock;
    });
    domain::VersionInfo first;
    fixture.publishedCode(&first);
    AcknowledgementStore store(*fixture.db);
    const QString people[] = {u"A001"_s, u"M001"_s, u"M002"_s, u"S001"_s};
    for (const QString &no : people) {
        SignRequest request;
        request.employeeNo = no;
        request.versionId = first.id;
        request.typedName = u"Persona "_s + no;
        if (no == u"M001")
            request.paperRecord = u"Firmado en papel: \"original\" \\ archivado\n"_s;
        else
            request.paperRecord = u"Signed on paper"_s;
        if (no == u"A001")
            request.quizScore = 200.0 / 3.0;
        auto signature = store.sign(request, fixture.manager);
        INFO((signature ? std::string() : signature.error().toString().toStdString()));
        REQUIRE(signature);
    }
    fixture.db->setClock({});
}

QList<QByteArray> column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    QList<QByteArray> values;
    while (query.next())
        values.append(query.value(0).toByteArray());
    return values;
}

} // namespace

TEST_CASE("a ledger written on a server hashes exactly as the same ledger written to a file",
          "[storage][postgresql]")
{
    if (serverMissing())
        return;
    test::TempDir dir;
    test::StorageFixture file(dir.file(u"same.db"_s));
    test::StorageFixture server;
    REQUIRE(server.db->isOnServer());
    writeHistory(file);
    writeHistory(server);

    // The ledger only: the audit logs began before the clock was set (the fixture's staff).
    const QString sql = u"SELECT hash FROM acknowledgement ORDER BY seq"_s;
    const QList<QByteArray> onFile = column(file.db->connection(), sql);
    REQUIRE(onFile.size() == 4);
    CHECK(column(server.db->connection(), sql) == onFile);
    // The rows the server hashed in SQL verify by the rule the program checks in C++.
    auto report = verifyDatabase(*server.db);
    REQUIRE(report);
    INFO(report->problems().join(u"\n"_s).toStdString());
    CHECK(report->ok());
}

TEST_CASE("a guard switched off on the server is reported, not only a dropped one",
          "[storage][postgresql]")
{
    if (serverMissing())
        return;
    test::StorageFixture fixture;
    fixture.publishedCode();
    REQUIRE(test::runSql(fixture.db->connection(),
                         u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"_s)
                .isEmpty());
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->disabledTriggers == QStringList {u"audit_log_no_update"_s});
    CHECK(report->missingTriggers.isEmpty());
    CHECK(report->problems().contains(
        u"the guard audit_log_no_update was switched off on the server"_s));
}

TEST_CASE("TRUNCATE cannot empty a record on the server", "[storage][postgresql]")
{
    if (serverMissing())
        return;
    test::StorageFixture fixture;
    fixture.publishedCode();
    test::RawConnection raw(fixture.path);
    CHECK(test::runSql(raw.db(), u"TRUNCATE audit_log"_s).contains(u"cannot be emptied"_s));
    // Cascading reaches the guarded tables, whose guards refuse.
    CHECK_FALSE(test::runSql(raw.db(), u"TRUNCATE code CASCADE"_s).isEmpty());
    CHECK(test::countRows(fixture.db->connection(), u"audit_log"_s) > 0);
}

TEST_CASE("search on the server never fails on quotes, operators or odd input",
          "[storage][postgresql][search]")
{
    if (serverMissing())
        return;
    test::StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    VersionStore store = fixture.versions();
    const QString inputs[] = {
        u"\"código"_s, u"código'"_s, u"a & b | !c"_s, u"<-> :* ()"_s, u"\\"_s, u"'"_s,
        u"''"_s,       u"x:*"_s,     u"𠀋𝐀"_s,        u"NOT OR AND"_s, u"-informacion"_s,
    };
    for (const QString &input : inputs) {
        INFO(input.toStdString());
        CHECK(store.search(codeId, input));
    }
    const QList<SearchHit> hits = store.search(codeId, u"código'"_s).value();
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().snippet.contains(u"[Código]"_s));
}

TEST_CASE("search words become a to_tsquery text that quotes every word",
          "[storage][postgresql]")
{
    CHECK(PostgresDialect::tsQuery(u"  "_s).isEmpty());
    CHECK(PostgresDialect::tsQuery(u"!! --"_s).isEmpty());
    CHECK(PostgresDialect::tsQuery(u"codigo"_s) == u"'codigo':*"_s);
    CHECK(PostgresDialect::tsQuery(u"l'agent conf"_s) == u"'l''agent' & 'conf':*"_s);
    CHECK(PostgresDialect::tsQuery(u"a\\b c"_s) == u"'a\\\\b' & 'c':*"_s);
}

TEST_CASE("the dashboard pairs each person with their signature in any employee-number order",
          "[storage][postgresql]")
{
    if (serverMissing())
        return;
    test::StorageFixture fixture;
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);
    // Upper case sorts before lower case, and accented letters after both, by bytes; a
    // server's default collation would order these differently.
    StaffStore staff(*fixture.db);
    const QString numbers[] = {u"b10"_s, u"B2"_s, u"Á1"_s, u"a3"_s, u"Z9"_s};
    for (const QString &no : numbers) {
        domain::StaffMember member;
        member.employeeNo = no;
        member.fullName = u"Persona "_s + no;
        member.role = domain::Role::Agent;
        REQUIRE(staff.add(member, QString(), fixture.manager));
    }
    AcknowledgementStore signatures(*fixture.db);
    for (const QString &no : numbers) {
        SignRequest request;
        request.employeeNo = no;
        request.versionId = first.id;
        request.typedName = u"Persona "_s + no;
        request.paperRecord = u"Signed on paper"_s;
        REQUIRE(signatures.sign(request, fixture.manager));
    }
    auto input = DashboardStore(*fixture.db).load(codeId);
    REQUIRE(input);
    QStringList signedBy;
    for (const domain::Signature &signature : input->signatures)
        signedBy.append(signature.employeeNo);
    signedBy.sort();
    QStringList expected(std::begin(numbers), std::end(numbers));
    expected.sort();
    CHECK(signedBy == expected);
}

TEST_CASE("a server database of every earlier schema migrates and its chains still verify",
          "[storage][postgresql][migration]")
{
    if (serverMissing())
        return;
    auto migrator = Migrator::builtIn(PostgresDialect::instance());
    REQUIRE(migrator);
    const int latest = migrator->latestVersion();
    for (int version = 1; version < latest; ++version) {
        INFO("from schema " << version);
        test::TestDatabase database;
        {
            test::RawConnection raw(database.where());
            const QSqlDatabase db = raw.db();
            REQUIRE(Migrator(migrator->steps().mid(0, version)).migrate(db, 0, true));
            // What that schema held: audit entries, and from schema 2 a signature, each
            // appended by the server function as the Tenet of the time did.
            REQUIRE(test::runSql(db, u"SELECT tenet_chain_append('audit_log', '{\"at\": "
                                     "\"2026-01-02T10:00:00.000Z\", \"actor\": \"os:old\", "
                                     "\"action\": \"staff.add\", \"subject\": \"A001\", "
                                     "\"detail\": \"{}\"}')"_s)
                        .isEmpty());
            if (version >= 2) {
                const QString rows[] = {
                    u"INSERT INTO staff (employee_no, full_name, role) "
                    "VALUES ('A001', 'Ana', 'agent')"_s,
                    u"INSERT INTO code (title, language, created_at) "
                    "VALUES ('Código', 'es', '2026-01-01T00:00:00.000Z')"_s,
                    u"INSERT INTO version (code_id, number, language, state, author, "
                    "created_at, saved_by, saved_at) VALUES (1, 1, 'es', 'draft', 'S001', "
                    "'2026-01-01T00:00:00.000Z', 'S001', '2026-01-01T00:00:00.000Z')"_s,
                    u"SELECT tenet_chain_append('acknowledgement', '{\"code_id\": \"1\", "
                    "\"version_id\": \"1\", \"version_number\": \"1\", \"employee_no\": "
                    "\"A001\", \"printed_name\": \"Ana\", \"typed_name\": \"Ana\", "
                    "\"signed_at\": \"2026-01-03T10:00:00.000Z\", \"meaning\": \"read\", "
                    "\"quiz_score\": \"87.5\"}')"_s,
                };
                for (const QString &sql : rows) {
                    INFO(sql.toStdString());
                    REQUIRE(test::runSql(db, sql).isEmpty());
                }
            }
        }
        auto opened = Database::open(database.where(), OpenMode::ExistingOnly);
        INFO((opened ? std::string() : opened.error().toString().toStdString()));
        REQUIRE(opened);
        Database &db = **opened;
        CHECK(db.schemaVersion() == latest);
        auto triggers = PostgresDialect::instance().triggerNames(db.connection());
        REQUIRE(triggers);
        for (const QString &guard : PostgresDialect::instance().expectedTriggers())
            CHECK(triggers->contains(guard));
        auto audit = AuditLog(db).verify();
        REQUIRE(audit);
        CHECK(audit->ok());
        CHECK(audit->rows == 1);
        auto ledger = AcknowledgementStore(db).verify();
        REQUIRE(ledger);
        CHECK(ledger->ok());
        CHECK(ledger->rows == (version >= 2 ? 1 : 0));
    }
}
