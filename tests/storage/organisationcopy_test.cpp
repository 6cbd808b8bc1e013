#include "storagefixture.h"
#include "tampersupport.h"

#include "storage/acknowledgementstore.h"
#include "storage/checkattemptstore.h"
#include "storage/integrity.h"
#include "storage/kpistore.h"
#include "storage/organisationcopy.h"
#include "storage/organisationstore.h"
#include "storage/readingprogressstore.h"
#include "storage/schematables.h"
#include "storage/sectionreviewstore.h"

#include <QDir>
#include <QSet>
#include <QSqlField>
#include <QSqlRecord>

using namespace tenet;
using namespace tenet::storage;
using domain::ErrorKind;
using domain::Result;

namespace {

domain::ComprehensionCheck threeQuestions()
{
    using domain::CheckChoice;
    return {60,
            {{u"q-privacy"_s,
              u"¿Puede dar datos de un cliente sin verificar su identidad?"_s,
              {CheckChoice {u"Sí"_s, false}, CheckChoice {u"No"_s, true}}},
             {u"q-escalate"_s,
              u"Kada perduodate skundą vadovui?"_s,
              {CheckChoice {u"Po 24 valandų"_s, true}, CheckChoice {u"Niekada"_s, false}}},
             {u"q-record"_s,
              u"Where is a complaint logged?"_s,
              {CheckChoice {u"In the CRM"_s, true}, CheckChoice {u"Nowhere"_s, false}}}}};
}

// Two right answers out of three: a score of 66.66666666666667%, a double that must read
// back identically on both engines for the ledger's hashes to verify.
const QHash<QString, int> twoOfThree {
    {u"q-privacy"_s, 1}, {u"q-escalate"_s, 0}, {u"q-record"_s, 1}};
const QHash<QString, int> oneOfThree {
    {u"q-privacy"_s, 0}, {u"q-escalate"_s, 0}, {u"q-record"_s, 1}};

// An organisation with something in every table: a version superseded, one in force with a
// comprehension check, one withdrawn and an open draft; handbooks; signatures with a PIN,
// from paper and with a score; attempts passed and failed; sections opened; reviews; KPI
// values; a setting; PIN hashes.
struct Organisation : test::StorageFixture
{
    qint64 codeId = 0;
    domain::VersionInfo inForce;

    Organisation()
    {
        REQUIRE(OrganisationStore(*db).setOrganisationName(u"Atención Ejemplo S.L."_s, manager));
        REQUIRE(StaffStore(*db).setSecret(u"A001"_s, u"2468"_s, manager));
        codeId = createCode();

        const domain::VersionInfo first
            = publishDraft(test::sampleContent(), QByteArray("%PDF-1 first handbook"));
        AcknowledgementStore acks(*db);
        REQUIRE(acks.sign(paperSignature(u"S001"_s, first.id), manager));

        domain::CodeContent second = test::sampleContent(3);
        second.check = threeQuestions();
        inForce = publishDraft(second, QByteArray("%PDF-1 second") + '\0' + "with a zero byte");

        auto withdrawn = versions().startDraftFromInForce(codeId, author);
        REQUIRE(withdrawn);
        REQUIRE(versions().withdraw(withdrawn->id, author, u"not needed"_s));
        REQUIRE(versions().startDraftFromInForce(codeId, author));

        CheckAttemptStore attempts(*db);
        REQUIRE(attempts.record(u"A001"_s, inForce.id, oneOfThree, agent));
        REQUIRE(attempts.record(u"A001"_s, inForce.id, twoOfThree, agent));
        ReadingProgressStore reading(*db);
        for (domain::SectionKey key : domain::allSectionKeys)
            REQUIRE(reading.markOpened(inForce.id, u"A001"_s, key));
        SignRequest withPin;
        withPin.employeeNo = u"A001"_s;
        withPin.versionId = inForce.id;
        withPin.typedName = u"Persona A001"_s;
        withPin.pin = u"2468"_s;
        auto signedWithPin = acks.sign(withPin, agent);
        INFO((signedWithPin ? std::string() : signedWithPin.error().toString().toStdString()));
        REQUIRE(signedWithPin);
        SignRequest scored = paperSignature(u"S001"_s, inForce.id);
        scored.quizScore = 200.0 / 3;
        REQUIRE(acks.sign(scored, manager));

        REQUIRE(SectionReviewStore(*db).record(codeId, domain::SectionKey::Ethics,
                                               domain::ReviewOutcome::Unchanged, u"Sigue vigente"_s,
                                               manager));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        REQUIRE(KpiStore(*db).importObservations(
            codeId,
            {{u"asa"_s, u""_s, QDate(2025, 1, 1), QDate(2025, 1, 31), 0.1 + 0.2, now},
             {u"asa"_s, u"Ventas"_s, QDate(2025, 1, 1), QDate(2025, 1, 31), 18.5, now}},
            manager));
    }

    domain::VersionInfo publishDraft(const domain::CodeContent &content, const QByteArray &handbook)
    {
        auto draft = versions().createDraft(codeId, content, author);
        INFO((draft ? std::string() : draft.error().toString().toStdString()));
        REQUIRE(draft);
        REQUIRE(versions().submit(draft->id, author));
        REQUIRE(versions().approve(draft->id, otherManager));
        auto published
            = versions().publish(draft->id, otherManager, true, u"Publicada"_s, handbook);
        REQUIRE(published);
        return *published;
    }

    static SignRequest paperSignature(const QString &employeeNo, qint64 versionId)
    {
        SignRequest request;
        request.employeeNo = employeeNo;
        request.versionId = versionId;
        request.typedName = u"Persona "_s + employeeNo;
        request.paperRecord = u"Firmado en papel en la formación"_s;
        return request;
    }
};

// Every row of every table, each value with its type's class and NULL told apart from an
// empty text, so that two databases compare equal only when their rows are the same.
QStringList everyRow(const QString &where)
{
    auto db = Database::open(where, OpenMode::ReadOnly);
    INFO((db ? std::string() : db.error().toString().toStdString()));
    REQUIRE(db);
    QStringList rows;
    for (const SchemaTable &table : schemaTables()) {
        QSqlQuery query((*db)->connection());
        REQUIRE(query.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(table.columns.join(u", "_s),
                                                                  table.name, table.key)));
        while (query.next()) {
            QStringList values {table.name};
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant value = query.value(i);
                if (query.isNull(i))
                    values << u"NULL"_s;
                else if (value.typeId() == QMetaType::QByteArray)
                    values << u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u"'"_s;
                else if (value.typeId() == QMetaType::Double)
                    values << u"%1 (real)"_s.arg(value.toString());
                else
                    values << u"'"_s + value.toString() + u"'"_s;
            }
            rows << values.join(u" | "_s);
        }
    }
    return rows;
}

void requireVerifies(const QString &where)
{
    auto db = Database::open(where, OpenMode::ReadOnly);
    REQUIRE(db);
    auto report = verifyDatabase(**db);
    REQUIRE(report);
    INFO(report->problems().join(u"\n"_s).toStdString());
    CHECK(report->ok());
    CHECK(report->notes.isEmpty());
}

Result<CopyReport> copy(const QString &from, const QString &to)
{
    return copyOrganisation(from, to);
}

QStringList filesIn(const test::TempDir &dir)
{
    return QDir(dir.path())
        .entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("a copy carries every row of an organisation over as it stands, from a server to a "
          "file and from a file to a server, and verifies",
          "[storage][copy]")
{
    Organisation organisation;
    const QString original = organisation.path;
    organisation.db.reset();
    const QStringList rows = everyRow(original);
    requireVerifies(original);
    const auto table = [](const CopyReport &report, const QString &name) {
        for (const auto &[tableName, count] : report.tables) {
            if (tableName == name)
                return count;
        }
        return qint64(-1);
    };

    // On a server run, a server to a file and back to another server; on SQLite, file to file.
    const QString archive = organisation.dir.file(u"archive.db"_s);
    QStringList progressed;
    auto toFile = copyOrganisation(original, archive,
                                   [&](const QString &name, qint64 written, qint64 total) {
                                       CHECK(written == total);
                                       progressed << name;
                                   });
    INFO((toFile ? std::string() : toFile.error().toString().toStdString()));
    REQUIRE(toFile);
    CHECK(toFile->from == original);
    CHECK(toFile->to == archive);
    CHECK(toFile->schemaVersion == Database::latestSchemaVersion());
    CHECK(toFile->rows() == rows.size());
    CHECK(table(*toFile, u"version"_s) == 4);
    CHECK(table(*toFile, u"acknowledgement"_s) == 3);
    CHECK(table(*toFile, u"check_attempt"_s) == 2);
    CHECK(table(*toFile, u"published_handbook"_s) == 2);
    CHECK(progressed.size() == schemaTables().size());
    CHECK(everyRow(archive) == rows);
    requireVerifies(archive);

    const QString again = organisation.database.another(u"again.db"_s);
    auto fromFile = copy(archive, again);
    INFO((fromFile ? std::string() : fromFile.error().toString().toStdString()));
    REQUIRE(fromFile);
    CHECK(everyRow(again) == rows);
    requireVerifies(again);
    // Nothing temporary is left beside the copies.
    const QStringList files = filesIn(organisation.dir);
    for (const QString &file : files)
        CHECK_FALSE(file.contains(u"partial"_s));
}

TEST_CASE("a copy is a working organisation: its guards hold, its ids continue and search "
          "finds its clauses",
          "[storage][copy]")
{
    Organisation organisation;
    const QString original = organisation.path;
    const qint64 codeId = organisation.codeId;
    auto originalHits = organisation.versions().search(codeId, u"honestidad"_s);
    REQUIRE(originalHits);
    REQUIRE_FALSE(originalHits->isEmpty());
    organisation.db.reset();
    const QString target = organisation.database.another(u"copy.db"_s);
    REQUIRE(copy(original, target));

    auto opened = Database::open(target, OpenMode::ExistingOnly);
    REQUIRE(opened);
    Database &db = **opened;
    const QSqlDatabase connection = db.connection();
    CHECK(test::runSql(connection, u"UPDATE version SET summary = 'x' WHERE state = 'published'"_s)
              .contains(u"frozen"_s));
    CHECK(test::runSql(connection, u"DELETE FROM acknowledgement"_s).contains(u"append-only"_s));

    const qint64 lastStaffId = test::scalar(connection, u"SELECT max(id) FROM staff"_s);
    domain::StaffMember newcomer;
    newcomer.employeeNo = u"A002"_s;
    newcomer.fullName = u"Persona A002"_s;
    newcomer.role = domain::Role::Agent;
    REQUIRE(StaffStore(db).add(newcomer, QString(), organisation.manager));
    CHECK(test::scalar(connection, u"SELECT id FROM staff WHERE employee_no = 'A002'"_s)
          == lastStaffId + 1);
    REQUIRE(SectionReviewStore(db).record(codeId, domain::SectionKey::Metrics,
                                          domain::ReviewOutcome::Revised, u"Nuevo objetivo"_s,
                                          organisation.manager));

    auto hits = VersionStore(db).search(codeId, u"honestidad"_s);
    REQUIRE(hits);
    CHECK(hits->size() == originalHits->size());
    auto report = verifyDatabase(db);
    REQUIRE(report);
    INFO(report->problems().join(u"\n"_s).toStdString());
    CHECK(report->ok());
}

TEST_CASE("a copy goes only into a new file or an empty database, and a refused one changes "
          "nothing",
          "[storage][copy]")
{
    Organisation organisation;
    const QString original = organisation.path;
    organisation.db.reset();
    const QStringList rows = everyRow(original);

    // Into itself, or any database that holds an organisation.
    auto intoItself = copy(original, original);
    REQUIRE_FALSE(intoItself);
    CHECK(intoItself.error().kind == ErrorKind::Refused);
    CHECK(everyRow(original) == rows);

    const QString file = organisation.dir.file(u"exists.db"_s);
    test::writeFile(file, "not a database");
    auto overFile = copy(original, file);
    REQUIRE_FALSE(overFile);
    CHECK(overFile.error().kind == ErrorKind::Refused);
    CHECK(overFile.error().where == file);
    CHECK(overFile.error().message.contains(u"already exists"_s));
    CHECK(test::fileBytes(file) == "not a database");

    auto noFolder = copy(original, organisation.dir.file(u"missing/copy.db"_s));
    REQUIRE_FALSE(noFolder);
    CHECK(noFolder.error().message.contains(u"does not exist"_s));

    auto noOriginal = copy(organisation.dir.file(u"none.db"_s), organisation.dir.file(u"c.db"_s));
    REQUIRE_FALSE(noOriginal);
    CHECK(noOriginal.error().kind == ErrorKind::NotFound);
    CHECK_FALSE(QFileInfo::exists(organisation.dir.file(u"c.db"_s)));
    CHECK(everyRow(original) == rows);
}

TEST_CASE("a copy of an organisation that does not verify is undone and leaves nothing behind",
          "[storage][copy]")
{
    Organisation organisation;
    const QString original = organisation.path;
    {
        const test::Attacker attacker(organisation.db->connection());
        attacker.run({u"UPDATE acknowledgement SET typed_name = 'Otra persona' WHERE seq = 2"_s});
        attacker.done();
    }
    organisation.db.reset();
    const QStringList before = filesIn(organisation.dir);

    const QString file = organisation.dir.file(u"copy.db"_s);
    auto toFile = copy(original, file);
    REQUIRE_FALSE(toFile);
    CHECK(toFile.error().kind == ErrorKind::Integrity);
    CHECK(toFile.error().where == file);
    CHECK(toFile.error().message.contains(u"does not pass verify"_s));
    CHECK(toFile.error().message.contains(u"nothing was copied"_s));
    CHECK(filesIn(organisation.dir) == before);

    if (!test::TestDatabase::onServer())
        return;
    // A server's database keeps Tenet's tables without a row, and takes a sound copy later.
    const QString server = organisation.database.another(u"server"_s);
    auto toServer = copy(original, server);
    REQUIRE_FALSE(toServer);
    CHECK(toServer.error().kind == ErrorKind::Integrity);
    const test::RawConnection raw(server);
    for (const SchemaTable &table : schemaTables())
        CHECK(test::countRows(raw.db(), table.name) == 0);
    Organisation sound;
    sound.db.reset();
    auto retried = copy(sound.path, server);
    INFO((retried ? std::string() : retried.error().toString().toStdString()));
    CHECK(retried);
    requireVerifies(server);
}

TEST_CASE("a copy into a server's database that holds an organisation is refused, and it is "
          "left as it was",
          "[storage][copy][postgresql]")
{
    if (!test::TestDatabase::onServer()) {
        WARN("no PostgreSQL server: TENET_TEST_POSTGRES is not set");
        return;
    }
    Organisation organisation;
    organisation.db.reset();
    test::StorageFixture other;
    other.db.reset();
    const QStringList rows = everyRow(other.path);
    auto refused = copy(organisation.path, other.path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(refused.error().message.contains(u"already holds a Tenet organisation"_s));
    CHECK(everyRow(other.path) == rows);
}

TEST_CASE("the copy knows every table and column of Tenet's schema", "[storage][copy]")
{
    test::StorageFixture fixture;
    const QSqlDatabase db = fixture.db->connection();
    // What each engine keeps for itself: SQLite's search index, a server's marks and search
    // vector.
    const auto enginesOwn = [](const QString &name) {
        return name.startsWith(u"clause_fts"_s) || name == u"tenet_meta"_s
            || name == u"clause_blob.search"_s;
    };
    QSet<QString> inSchema;
    for (const QString &table : db.tables()) {
        if (enginesOwn(table))
            continue;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i) {
            const QString column = table + u'.' + record.fieldName(i);
            if (!enginesOwn(column))
                inSchema.insert(column);
        }
    }
    QSet<QString> copied;
    for (const SchemaTable &table : schemaTables()) {
        for (const QString &column : table.columns)
            copied.insert(table.name + u'.' + column);
    }
    CHECK(copied == inSchema);
}
