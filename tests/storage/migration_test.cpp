#include "tampersupport.h"

#include "storage/acknowledgementstore.h"
#include "storage/integrity.h"
#include "storage/migrator.h"
#include "storage/readingprogressstore.h"
#include "storage/sectionreviewstore.h"

#include <QSqlRecord>

using namespace tenet;
using namespace tenet::storage;

namespace {

// Every row of a table, as text, in rowid order; for comparing a table before and after.
// Columns a later step added are left out with `skip`.
QString dump(const QSqlDatabase &db, const QString &table, const QStringList &skip = {})
{
    QSqlQuery query(db);
    REQUIRE(query.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s));
    QString text;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i) {
            if (skip.contains(query.record().fieldName(i)))
                continue;
            const QVariant value = query.value(i);
            text += value.isNull() ? u"NULL"_s
                : value.typeId() == QMetaType::QByteArray
                ? QString::fromLatin1(value.toByteArray().toHex())
                : value.toString();
            text += u'|';
        }
        text += u'\n';
    }
    return text;
}

const QStringList schemaOneTables = {u"setting"_s,        u"staff"_s,           u"code"_s,
                                     u"version"_s,        u"clause_blob"_s,     u"section_blob"_s,
                                     u"section_clause"_s, u"version_section"_s, u"audit_log"_s};

// Turns a database back into what schema 1 made: the tables and triggers of later steps go,
// user_version says 1. Everything schema 1 knows stays exactly as Tenet wrote it.
void backToSchemaOne(const QString &path)
{
    test::RawConnection raw(path);
    for (const QString &statement :
         {u"DROP TABLE version_check"_s, u"DROP TABLE check_attempt"_s,
          u"DROP TABLE section_opened"_s, u"DROP TABLE published_handbook"_s,
          u"DROP TABLE acknowledgement"_s, u"DROP TABLE acknowledgement_latest"_s,
          u"DROP TABLE section_review"_s, u"DROP TABLE kpi_observation"_s,
          u"PRAGMA user_version = 1"_s}) {
        INFO(statement.toStdString());
        REQUIRE(test::runSql(raw.db(), statement).isEmpty());
    }
}

// Schema 5's column, as a file from before it lacks it.
const QString dropPaperRecord = u"ALTER TABLE acknowledgement DROP COLUMN paper_record"_s;

// A001 signs the version themselves, as the desktop has them: PIN, every section opened.
// The ledger row holds no paper record, as every row written before schema 5.
void signWithPin(test::StorageFixture &fixture, qint64 versionId)
{
    REQUIRE(StaffStore(*fixture.db).setSecret(u"A001"_s, u"2468"_s, fixture.manager));
    auto loaded = fixture.versions().load(versionId);
    REQUIRE(loaded);
    for (const domain::Section &section : loaded->content.sections)
        REQUIRE(ReadingProgressStore(*fixture.db).markOpened(versionId, u"A001"_s, section.key));
    SignRequest request;
    request.employeeNo = u"A001"_s;
    request.versionId = versionId;
    request.typedName = u"Persona A001"_s;
    request.pin = u"2468"_s;
    REQUIRE(AcknowledgementStore(*fixture.db).sign(request, fixture.agent));
}

} // namespace

TEST_CASE("a schema-1 database with published versions and staff migrates and keeps everything",
          "[storage][migration][sqlite]")
{
    QMap<QString, QString> before;
    QString path;
    test::TempDir keep;
    {
        test::StorageFixture fixture;
        path = keep.file(u"schema1.db"_s);
        // Version 1 published, version 2 published with one section changed, a draft open.
        const qint64 codeId = fixture.publishedCode();
        VersionStore versions = fixture.versions();
        auto draft = versions.startDraftFromInForce(codeId, fixture.author);
        REQUIRE(draft);
        domain::CodeContent content = versions.load(draft->id)->content;
        content.section(domain::SectionKey::Behaviour)->purpose = u"Otro propósito."_s;
        REQUIRE(versions.saveDraft(draft->id, content, 0, fixture.author));
        fixture.publish(draft->id, false, u"Redacción"_s);
        REQUIRE(versions.startDraftFromInForce(codeId, fixture.author));
        REQUIRE(fixture.db->backupTo(path));
    }
    backToSchemaOne(path);
    {
        test::RawConnection raw(path);
        CHECK(test::scalar(raw.db(), u"PRAGMA user_version"_s) == 1);
        for (const QString &table : schemaOneTables)
            before.insert(table, dump(raw.db(), table));
        CHECK(test::countRows(raw.db(), u"version"_s) == 3);
        CHECK(test::countRows(raw.db(), u"staff"_s) == 4);
    }

    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    const QSqlDatabase connection = (*db)->connection();
    for (const QString &table : schemaOneTables) {
        INFO(table.toStdString());
        CHECK(dump(connection, table) == before.value(table));
    }
    CHECK(test::countRows(connection, u"acknowledgement"_s) == 0);
    CHECK(test::countRows(connection, u"kpi_observation"_s) == 0);

    // Each earlier publication stands for a review of the sections it changed.
    const QList<domain::SectionReview> reviews = SectionReviewStore(**db).list(1).value();
    REQUIRE(reviews.size() == 8);
    CHECK(reviews[0].versionNumber == 1);
    CHECK(reviews[0].reviewer == u"M002"_s);
    CHECK(reviews[7].versionNumber == 2);
    CHECK(reviews[7].section == domain::SectionKey::Behaviour);
    CHECK(reviews[7].note == u"published in version 2"_s);
    auto v2 = VersionStore(**db).versionByNumber(1, 2);
    REQUIRE(v2);
    CHECK(reviews[7].reviewedAt == v2->publishedAt);

    auto report = verifyDatabase(**db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());

    // The migrated file works: someone signs the version in force.
    SignRequest request;
    request.employeeNo = u"A001"_s;
    request.versionId = v2->id;
    request.typedName = u"Persona A001"_s;
    request.paperRecord = u"Signed on paper"_s;
    CHECK(AcknowledgementStore(**db).sign(request, {u"M001"_s, domain::Role::Manager}));
}

TEST_CASE("an empty file gets the ledger, review and KPI tables from the start",
          "[storage][migration]")
{
    test::TempDir dir;
    auto db = Database::open(dir.file(u"new.db"_s), OpenMode::CreateIfMissing);
    REQUIRE(db);
    const QSqlDatabase connection = (*db)->connection();
    for (const QString &table : {u"acknowledgement"_s, u"section_review"_s, u"kpi_observation"_s})
        CHECK(test::countRows(connection, table) == 0);
    auto report = verifyDatabase(**db);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->acknowledgementChain.rows == 0);
}

TEST_CASE("schema step 2 applies to a file made by step 1 alone", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(u"steps.db"_s);
    auto builtIn = Migrator::builtIn();
    REQUIRE(builtIn);
    REQUIRE(builtIn->latestVersion() >= 2);
    {
        test::RawConnection raw(path);
        REQUIRE(Migrator({builtIn->steps()[0]}).migrate(raw.db(), 0, true));
        CHECK(test::scalar(raw.db(), u"PRAGMA user_version"_s) == 1);
        REQUIRE(Migrator({builtIn->steps()[0], builtIn->steps()[1]}).migrate(raw.db(), 1, false));
        CHECK(test::scalar(raw.db(), u"PRAGMA user_version"_s) == 2);
        CHECK(test::countRows(raw.db(), u"section_review"_s) == 0);
    }
}

TEST_CASE("a schema-2 database with published versions gains the handbook table and keeps "
          "everything",
          "[storage][migration][sqlite]")
{
    test::TempDir keep;
    const QString path = keep.file(u"schema2.db"_s);
    QMap<QString, QString> before;
    const QStringList tables = schemaOneTables
        + QStringList {u"acknowledgement"_s, u"section_review"_s, u"kpi_observation"_s};
    {
        test::StorageFixture fixture;
        fixture.publishedCode();
        REQUIRE(fixture.db->backupTo(path));
    }
    {
        test::RawConnection raw(path);
        for (const QString &statement :
             {u"DROP TABLE version_check"_s, u"DROP TABLE check_attempt"_s,
              u"DROP TABLE section_opened"_s, u"DROP TABLE published_handbook"_s, dropPaperRecord,
              u"PRAGMA user_version = 2"_s})
            REQUIRE(test::runSql(raw.db(), statement).isEmpty());
        for (const QString &table : tables)
            before.insert(table, dump(raw.db(), table));
    }

    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    for (const QString &table : tables) {
        INFO(table.toStdString());
        CHECK(dump((*db)->connection(), table, {u"paper_record"_s}) == before.value(table));
    }
    // Published before handbooks were kept: there is none to give back.
    CHECK(test::countRows((*db)->connection(), u"published_handbook"_s) == 0);
    auto handbook = VersionStore(**db).publishedHandbook(1);
    REQUIRE_FALSE(handbook);
    CHECK(handbook.error().kind == domain::ErrorKind::NotFound);
    auto report = verifyDatabase(**db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());
}

TEST_CASE("schema step 3 applies to a file made by steps 1 and 2", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(u"steps.db"_s);
    auto builtIn = Migrator::builtIn();
    REQUIRE(builtIn);
    REQUIRE(builtIn->latestVersion() >= 3);
    test::RawConnection raw(path);
    REQUIRE(Migrator({builtIn->steps()[0], builtIn->steps()[1]}).migrate(raw.db(), 0, true));
    CHECK(test::scalar(raw.db(), u"PRAGMA user_version"_s) == 2);
    REQUIRE(Migrator({builtIn->steps()[0], builtIn->steps()[1], builtIn->steps()[2]})
                .migrate(raw.db(), 2, false));
    CHECK(test::scalar(raw.db(), u"PRAGMA user_version"_s) == 3);
    CHECK(test::countRows(raw.db(), u"published_handbook"_s) == 0);
}

TEST_CASE("a schema-3 database with signatures gains the comprehension tables and keeps "
          "everything",
          "[storage][migration][sqlite]")
{
    test::TempDir keep;
    const QString path = keep.file(u"schema3.db"_s);
    QMap<QString, QString> before;
    const QStringList tables = schemaOneTables
        + QStringList {u"acknowledgement"_s, u"acknowledgement_latest"_s, u"section_review"_s,
                       u"kpi_observation"_s, u"published_handbook"_s};
    qint64 versionId = 0;
    {
        test::StorageFixture fixture;
        domain::VersionInfo first;
        fixture.publishedCode(&first);
        versionId = first.id;
        signWithPin(fixture, first.id); // a paper record was unknown to schema 3
        REQUIRE(fixture.db->backupTo(path));
    }
    {
        test::RawConnection raw(path);
        for (const QString &statement :
             {u"DROP TABLE version_check"_s, u"DROP TABLE check_attempt"_s,
              u"DROP TABLE section_opened"_s, dropPaperRecord, u"PRAGMA user_version = 3"_s})
            REQUIRE(test::runSql(raw.db(), statement).isEmpty());
        for (const QString &table : tables)
            before.insert(table, dump(raw.db(), table));
    }

    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    for (const QString &table : tables) {
        INFO(table.toStdString());
        CHECK(dump((*db)->connection(), table, {u"paper_record"_s}) == before.value(table));
    }
    // Versions from before asked no questions, and nobody has opened anything yet.
    auto loaded = VersionStore(**db).load(versionId);
    REQUIRE(loaded);
    CHECK(loaded->content.check.isEmpty());
    CHECK(test::countRows((*db)->connection(), u"check_attempt"_s) == 0);
    CHECK(test::countRows((*db)->connection(), u"section_opened"_s) == 0);
    auto report = verifyDatabase(**db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());
}

TEST_CASE("schema step 5 applies to a file made by steps 1 to 4", "[storage][migration]")
{
    test::TempDir dir;
    const QString path = dir.file(u"steps.db"_s);
    auto builtIn = Migrator::builtIn();
    REQUIRE(builtIn);
    REQUIRE(builtIn->latestVersion() >= 5);
    test::RawConnection raw(path);
    const QList<MigrationStep> steps = builtIn->steps();
    REQUIRE(Migrator(steps.mid(0, 4)).migrate(raw.db(), 0, true));
    CHECK(test::scalar(raw.db(), u"PRAGMA user_version"_s) == 4);
    CHECK_FALSE(test::runSql(raw.db(), u"SELECT paper_record FROM acknowledgement"_s).isEmpty());
    REQUIRE(Migrator(steps.mid(0, 5)).migrate(raw.db(), 4, false));
    CHECK(test::scalar(raw.db(), u"PRAGMA user_version"_s) == 5);
    CHECK(test::runSql(raw.db(), u"SELECT paper_record FROM acknowledgement"_s).isEmpty());
}

TEST_CASE("a schema-4 ledger gains the paper record column and every old row keeps its hash",
          "[storage][migration][paper][sqlite]")
{
    test::TempDir keep;
    const QString path = keep.file(u"schema4.db"_s);
    const QStringList tables = schemaOneTables
        + QStringList {u"acknowledgement"_s, u"acknowledgement_latest"_s, u"section_review"_s,
                       u"kpi_observation"_s, u"published_handbook"_s,     u"version_check"_s,
                       u"check_attempt"_s,   u"section_opened"_s};
    QMap<QString, QString> before;
    qint64 versionId = 0;
    {
        test::StorageFixture fixture;
        domain::VersionInfo first;
        fixture.publishedCode(&first);
        versionId = first.id;
        signWithPin(fixture, first.id);
        REQUIRE(fixture.db->backupTo(path));
    }
    {
        test::RawConnection raw(path);
        for (const QString &statement : {dropPaperRecord, u"PRAGMA user_version = 4"_s})
            REQUIRE(test::runSql(raw.db(), statement).isEmpty());
        for (const QString &table : tables)
            before.insert(table, dump(raw.db(), table));
    }

    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == 5);
    for (const QString &table : tables) {
        INFO(table.toStdString());
        CHECK(dump((*db)->connection(), table, {u"paper_record"_s}) == before.value(table));
    }
    CHECK(test::scalar((*db)->connection(),
                       u"SELECT count(*) FROM acknowledgement WHERE paper_record IS NULL"_s)
          == 1);
    auto report = verifyDatabase(**db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());

    // A signature entered from paper after the step chains on to the old row.
    SignRequest paper;
    paper.employeeNo = u"S001"_s;
    paper.versionId = versionId;
    paper.typedName = u"Persona S001"_s;
    paper.paperRecord = u"Signed the printed copy"_s;
    REQUIRE(AcknowledgementStore(**db).sign(paper, {u"M001"_s, domain::Role::Manager}));
    report = verifyDatabase(**db);
    REQUIRE(report);
    CHECK(report->ok());
}

namespace {

// Takes a database back to an earlier schema: what each later step added goes, newest first.
void backToSchema(const QString &path, int schema)
{
    const QList<QStringList> undo = {
        {u"DROP TABLE acknowledgement"_s, u"DROP TABLE acknowledgement_latest"_s,
         u"DROP TABLE section_review"_s, u"DROP TABLE kpi_observation"_s}, // step 2
        {u"DROP TABLE published_handbook"_s}, // step 3
        {u"DROP TABLE version_check"_s, u"DROP TABLE check_attempt"_s,
         u"DROP TABLE section_opened"_s}, // step 4
        {dropPaperRecord}, // step 5
    };
    test::RawConnection raw(path);
    for (int step = int(undo.size()) + 1; step > schema; --step) {
        for (const QString &statement : undo[step - 2]) {
            INFO(statement.toStdString());
            REQUIRE(test::runSql(raw.db(), statement).isEmpty());
        }
    }
    REQUIRE(test::runSql(raw.db(), u"PRAGMA user_version = %1"_s.arg(schema)).isEmpty());
}

} // namespace

TEST_CASE("a database of every earlier schema whose audit log an older Tenet wrote migrates "
          "and verifies, with notes instead of failures",
          "[storage][migration][oldlog][sqlite]")
{
    const int schema = GENERATE(1, 2, 3, 4, 5);
    INFO("schema " << schema);
    test::TempDir keep;
    const QString path = keep.file(u"old.db"_s);
    {
        test::StorageFixture fixture;
        domain::VersionInfo first;
        const qint64 codeId = fixture.publishedCode(&first);
        VersionStore versions = fixture.versions();
        auto draft = versions.startDraftFromInForce(codeId, fixture.author);
        REQUIRE(draft);
        domain::CodeContent content = versions.load(draft->id)->content;
        content.section(domain::SectionKey::Behaviour)->purpose = u"Otro propósito."_s;
        REQUIRE(versions.saveDraft(draft->id, content, 0, fixture.author));
        const domain::VersionInfo second = fixture.publish(draft->id, false, u"Redacción"_s);
        REQUIRE(StaffStore(*fixture.db).setSecret(u"M001"_s, u"1357"_s, fixture.manager));
        if (schema >= 2) { // schema 1 had no ledger and no reviews
            signWithPin(fixture, second.id);
            REQUIRE(SectionReviewStore(*fixture.db)
                        .record(codeId, domain::SectionKey::Ethics,
                                domain::ReviewOutcome::Unchanged, {}, fixture.manager));
        }
        test::asWrittenByOlderTenet(fixture.db->connection());
        REQUIRE(fixture.db->backupTo(path));
    }
    backToSchema(path, schema);

    auto db = Database::open(path, OpenMode::ExistingOnly);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::latestSchemaVersion());
    auto report = verifyDatabase(**db);
    REQUIRE(report);
    INFO(report->problems().join(u"; "_s).toStdString());
    CHECK(report->ok());
    const QString notes = report->notes.join(u'\n');
    INFO(notes.toStdString());
    CHECK(notes.contains(u"the content of 2 versions could not be compared with the audit log"_s));
    CHECK(notes.contains(u"the PIN hash of"_s));
    CHECK(notes.contains(u"only by signer"_s) == (schema >= 2));

    // A change made after the migration is compared in full: a PIN hash changed behind
    // Tenet's back is caught even though the old entries could not have caught it.
    REQUIRE(StaffStore(**db).setSecret(u"A001"_s, u"8642"_s, {u"M001"_s, domain::Role::Manager}));
    const test::Attacker attacker((*db)->connection());
    attacker.run({u"UPDATE staff SET secret_hash = 'pbkdf2$forged' WHERE employee_no = 'A001'"_s});
    attacker.done();
    report = verifyDatabase(**db);
    REQUIRE(report);
    CHECK(report->problems().join(u'\n').contains(
        u"staff member A001: their PIN hash is not the one the audit log"_s));
}
