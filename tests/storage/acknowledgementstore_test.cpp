#include "storagefixture.h"

#include "domain/organisationdate.h"
#include "storage/acknowledgementstore.h"
#include "storage/auditlog.h"
#include "storage/hashchain.h"
#include "storage/integrity.h"
#include "storage/readingprogressstore.h"

using namespace tenet;
using namespace tenet::storage;
using domain::ErrorKind;

namespace {

SignRequest request(const QString &no, qint64 versionId, const QString &name)
{
    SignRequest r;
    r.employeeNo = no;
    r.versionId = versionId;
    r.typedName = name;
    // Most tests are about the ledger, not about how a signature is vouched for: a manager
    // enters them from paper. The person's own path is tested on its own below.
    r.paperRecord = u"Signed on paper"_s;
    return r;
}

// A published code whose four people have each signed version 1 in turn: A001, M001,
// M002, S001.
struct SignedFixture : test::StorageFixture
{
    domain::VersionInfo first;
    qint64 codeId = publishedCode(&first);

    void signAll()
    {
        AcknowledgementStore store(*db);
        for (const QString &no : {u"A001"_s, u"M001"_s, u"M002"_s, u"S001"_s}) {
            auto ack = store.sign(request(no, first.id, u"Persona "_s + no), manager);
            INFO((ack ? std::string() : ack.error().toString().toStdString()));
            REQUIRE(ack);
        }
    }
};

// Drops a guard, runs the statements, and puts the guard back as it was, as a careful
// attacker with the sqlite3 program would.
void behindTheGuards(const QSqlDatabase &db, const QStringList &statements)
{
    if (test::onServer(db)) {
        test::switchServerGuards(db, false);
        for (const QString &statement : statements)
            REQUIRE(test::runSql(db, statement).isEmpty());
        test::switchServerGuards(db, true);
        return;
    }
    QSqlQuery triggers(db);
    REQUIRE(triggers.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                          "AND name IN ('acknowledgement_no_update', "
                          "'acknowledgement_no_delete')"_s));
    QStringList names, definitions;
    while (triggers.next()) {
        names << triggers.value(0).toString();
        definitions << triggers.value(1).toString();
    }
    REQUIRE(names.size() == 2);
    for (const QString &name : names)
        REQUIRE(test::runSql(db, u"DROP TRIGGER "_s + name).isEmpty());
    for (const QString &statement : statements)
        REQUIRE(test::runSql(db, statement).isEmpty());
    for (const QString &definition : definitions)
        REQUIRE(test::runSql(db, definition).isEmpty());
}

ChainReport ledgerChain(test::StorageFixture &fixture)
{
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK(report->missingTriggers.isEmpty());
    return report->acknowledgementChain;
}

} // namespace

TEST_CASE("a signature records the printed name, the typed name, the time and its meaning",
          "[storage][acknowledgement]")
{
    SignedFixture fixture;
    AcknowledgementStore store(*fixture.db);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto ack
        = store.sign(request(u"A001"_s, fixture.first.id, u"  persona a001 "_s), fixture.manager);
    REQUIRE(ack);
    CHECK(ack->seq == 1);
    CHECK(ack->codeId == fixture.codeId);
    CHECK(ack->versionId == fixture.first.id);
    CHECK(ack->versionNumber == 1);
    CHECK(ack->employeeNo == u"A001"_s);
    CHECK(ack->printedName == u"Persona A001"_s);
    CHECK(ack->typedName == u"persona a001"_s);
    CHECK(ack->signedAt >= before);
    CHECK(ack->signedAt <= QDateTime::currentDateTimeUtc());
    CHECK(ack->meaning == u"read and understood version 1 of Código de conducta"_s);
    CHECK_FALSE(ack->quizScore);

    const QList<domain::Acknowledgement> all = store.list(fixture.codeId).value();
    REQUIRE(all.size() == 1);
    CHECK(all.first() == *ack);
    CHECK(store.latest(fixture.codeId, u"A001"_s).value() == *ack);
    CHECK_FALSE(store.latest(fixture.codeId, u"M001"_s).value());
    const AuditEntry entry = AuditLog(*fixture.db).entries().value().last();
    CHECK(entry.action == u"acknowledgement.sign"_s);
    CHECK(entry.subject == u"staff:A001"_s);
    CHECK(entry.actor == u"M001"_s);
    auto chain = store.verify();
    REQUIRE(chain);
    CHECK(chain->ok());
    CHECK(chain->rows == 1);
}

TEST_CASE("a typed name matches the roster whatever its case and accents",
          "[storage][acknowledgement]")
{
    test::StorageFixture fixture;
    domain::StaffMember lina;
    lina.employeeNo = u"A002"_s;
    lina.fullName = u"Lina Kazlauskienė"_s;
    REQUIRE(storage::StaffStore(*fixture.db).add(lina, QString(), fixture.manager));
    domain::VersionInfo first;
    fixture.publishedCode(&first);
    AcknowledgementStore store(*fixture.db);

    auto wrong = store.sign(request(u"A002"_s, first.id, u"Lina Kazlauskaitė"_s), fixture.manager);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().kind == ErrorKind::Refused);
    CHECK(wrong.error().message.contains(u"is not the name on the roster for A002"_s));
    CHECK(store.list(first.codeId).value().isEmpty());

    auto ack = store.sign(request(u"A002"_s, first.id, u"LINA KAZLAUSKIENE"_s), fixture.manager);
    REQUIRE(ack);
    CHECK(ack->printedName == u"Lina Kazlauskienė"_s);
}

TEST_CASE("only the version in force can be signed", "[storage][acknowledgement]")
{
    SignedFixture fixture;
    VersionStore versions = fixture.versions();
    auto draft = versions.startDraftFromInForce(fixture.codeId, fixture.author);
    REQUIRE(draft);
    AcknowledgementStore store(*fixture.db);
    auto ofDraft = store.sign(request(u"A001"_s, draft->id, u"Persona A001"_s), fixture.manager);
    REQUIRE_FALSE(ofDraft);
    CHECK(ofDraft.error().kind == ErrorKind::Refused);
    CHECK(ofDraft.error().message
          == u"version 2 of \"Código de conducta\" is draft, not in force; sign version 1"_s);

    const domain::VersionInfo second = fixture.publish(draft->id, true, u"Segunda"_s);
    auto ofOld
        = store.sign(request(u"A001"_s, fixture.first.id, u"Persona A001"_s), fixture.manager);
    REQUIRE_FALSE(ofOld);
    CHECK(ofOld.error().message.contains(u"is superseded, not in force; sign version 2"_s));
    CHECK(store.sign(request(u"A001"_s, second.id, u"Persona A001"_s), fixture.manager));

    auto missing = store.sign(request(u"A001"_s, 999, u"Persona A001"_s), fixture.manager);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("signing the same version twice is refused", "[storage][acknowledgement]")
{
    SignedFixture fixture;
    AcknowledgementStore store(*fixture.db);
    REQUIRE(store.sign(request(u"A001"_s, fixture.first.id, u"Persona A001"_s), fixture.manager));
    auto again
        = store.sign(request(u"A001"_s, fixture.first.id, u"Persona A001"_s), fixture.manager);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == ErrorKind::Refused);
    CHECK(again.error().message.contains(u"A001 already signed version 1"_s));
    CHECK(again.error().message.contains(u"one signature of a version is enough"_s));
    CHECK(store.list(fixture.codeId).value().size() == 1);
}

TEST_CASE("a signature whose attestation period ran out can be given again",
          "[storage][acknowledgement]")
{
    test::StorageFixture fixture;
    domain::Code code;
    code.title = u"Kodeksas"_s;
    code.attestationMonths = 12;
    auto created = fixture.versions().createCode(code, fixture.manager);
    REQUIRE(created);
    auto draft = fixture.versions().createDraft(created->id, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    const domain::VersionInfo first = fixture.publish(draft->id);

    // A signature from two years ago, as a migration from paper records would hold it.
    const HashChain chain(fixture.db->connection(), AcknowledgementStore::table(),
                          AcknowledgementStore::contentColumns());
    const QDateTime old = QDateTime::currentDateTimeUtc().addYears(-2);
    REQUIRE(chain.append({created->id, first.id, 1, u"A001"_s, u"Persona A001"_s, u"Persona A001"_s,
                          old.toString(Qt::ISODateWithMs), u"paper"_s,
                          QVariant(QMetaType::fromType<double>())}));
    AcknowledgementStore store(*fixture.db);
    auto counted = store.hasSignedInForce(created->id, u"A001"_s, domain::organisationToday());
    REQUIRE(counted);
    CHECK_FALSE(*counted);

    auto renewed = store.sign(request(u"A001"_s, first.id, u"Persona A001"_s), fixture.manager);
    REQUIRE(renewed);
    CHECK(renewed->seq == 2);
    CHECK(*store.hasSignedInForce(created->id, u"A001"_s, domain::organisationToday()));
    CHECK_FALSE(
        *store.hasSignedInForce(created->id, u"A001"_s, domain::organisationToday().addYears(1)));
    auto twice = store.sign(request(u"A001"_s, first.id, u"Persona A001"_s), fixture.manager);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(u"that signature expires on"_s));
}

TEST_CASE("an inactive person or one outside the audience cannot sign",
          "[storage][acknowledgement]")
{
    test::StorageFixture fixture;
    domain::Code code;
    code.title = u"Phones code"_s;
    code.audienceTeams = {u"Phones"_s};
    auto created = fixture.versions().createCode(code, fixture.manager);
    REQUIRE(created);
    auto draft = fixture.versions().createDraft(created->id, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    const domain::VersionInfo first = fixture.publish(draft->id);
    domain::StaffMember left;
    left.employeeNo = u"A009"_s;
    left.fullName = u"Gone Away"_s;
    left.team = u"Phones"_s;
    left.active = false;
    REQUIRE(StaffStore(*fixture.db).add(left, QString(), fixture.manager));

    AcknowledgementStore store(*fixture.db);
    auto outside = store.sign(request(u"A001"_s, first.id, u"Persona A001"_s), fixture.manager);
    REQUIRE_FALSE(outside);
    CHECK(outside.error().kind == ErrorKind::Refused);
    CHECK(outside.error().message
          == u"A001 (Persona A001) is not in the audience of \"Phones code\", which is for the "
             "teams Phones"_s);
    auto inactive = store.sign(request(u"A009"_s, first.id, u"Gone Away"_s), fixture.manager);
    REQUIRE_FALSE(inactive);
    CHECK(inactive.error().kind == ErrorKind::Refused);
    CHECK(inactive.error().message.contains(u"no longer active"_s));
    auto unknown = store.sign(request(u"X999"_s, first.id, u"Nobody"_s), fixture.manager);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().kind == ErrorKind::NotFound);
    CHECK(*store.audienceSize(created->id) == 0);
}

TEST_CASE("a PIN given with a signature must be the person's", "[storage][acknowledgement]")
{
    SignedFixture fixture;
    REQUIRE(StaffStore(*fixture.db).setSecret(u"A001"_s, u"2468"_s, fixture.manager));
    AcknowledgementStore store(*fixture.db);
    SignRequest wrong = request(u"A001"_s, fixture.first.id, u"Persona A001"_s);
    wrong.paperRecord.reset();
    wrong.pin = u"1357"_s;
    auto refused = store.sign(wrong, fixture.agent);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Refused);
    CHECK(refused.error().message == u"the PIN is not A001's; nothing was signed"_s);

    SignRequest noPin = request(u"M001"_s, fixture.first.id, u"Persona M001"_s);
    noPin.paperRecord.reset();
    noPin.pin = u"1234"_s;
    auto none = store.sign(noPin, fixture.manager);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(u"has no PIN yet"_s));
    CHECK(store.list(fixture.codeId).value().isEmpty());
}

TEST_CASE("a person signs with their PIN only after opening every section",
          "[storage][acknowledgement][paper]")
{
    SignedFixture fixture;
    REQUIRE(StaffStore(*fixture.db).setSecret(u"A001"_s, u"2468"_s, fixture.manager));
    AcknowledgementStore store(*fixture.db);
    SignRequest own = request(u"A001"_s, fixture.first.id, u"Persona A001"_s);
    own.paperRecord.reset();

    auto withoutPin = store.sign(own, fixture.agent);
    REQUIRE_FALSE(withoutPin);
    CHECK(withoutPin.error().kind == ErrorKind::Refused);
    CHECK(withoutPin.error().message.contains(u"A001 must give their PIN"_s));

    own.pin = u"2468"_s;
    ReadingProgressStore reading(*fixture.db);
    auto loaded = fixture.versions().load(fixture.first.id);
    REQUIRE(loaded);
    const QList<domain::Section> sections = loaded->content.sections;
    for (qsizetype i = 0; i + 1 < sections.size(); ++i)
        REQUIRE(reading.markOpened(fixture.first.id, u"A001"_s, sections.at(i).key));
    auto unread = store.sign(own, fixture.agent);
    REQUIRE_FALSE(unread);
    CHECK(unread.error().kind == ErrorKind::Refused);
    CHECK(unread.error().message.contains(u"A001 has opened 6 of the 7 sections of version 1"_s));
    // Someone else's reading does not count.
    REQUIRE(reading.markOpened(fixture.first.id, u"M001"_s, sections.last().key));
    CHECK_FALSE(store.sign(own, fixture.agent));

    own.quizScore = 100; // a score from paper needs a paper record
    REQUIRE(reading.markOpened(fixture.first.id, u"A001"_s, sections.last().key));
    CHECK(store.sign(own, fixture.agent).error().message.contains(u"--paper-record"_s));
    own.quizScore.reset();

    auto ack = store.sign(own, fixture.agent);
    INFO((ack ? std::string() : ack.error().toString().toStdString()));
    REQUIRE(ack);
    CHECK_FALSE(ack->paperRecord);
    CHECK(store.list(fixture.codeId).value().first().paperRecord == std::nullopt);
    CHECK(store.verify()->ok());
}

TEST_CASE("a signature made on paper is entered by a manager with a reason, kept in the ledger",
          "[storage][acknowledgement][paper]")
{
    SignedFixture fixture;
    AcknowledgementStore store(*fixture.db);
    SignRequest paper = request(u"A001"_s, fixture.first.id, u"Persona A001"_s);
    paper.paperRecord = u"  Signed the printed handbook on 2 May  "_s;
    for (const domain::Actor &notManager : {fixture.agent, fixture.author, fixture.script}) {
        auto refused = store.sign(paper, notManager);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::Refused);
    }
    SignRequest empty = paper;
    empty.paperRecord = u" "_s;
    CHECK(store.sign(empty, fixture.manager).error().kind == ErrorKind::Invalid);

    paper.quizScore = 87.5;
    auto ack = store.sign(paper, fixture.manager);
    INFO((ack ? std::string() : ack.error().toString().toStdString()));
    REQUIRE(ack);
    CHECK(ack->paperRecord == u"Signed the printed handbook on 2 May"_s);
    CHECK(ack->quizScore == 87.5);
    CHECK(store.list(fixture.codeId).value().first() == *ack);
    const AuditEntry entry = AuditLog(*fixture.db).entries().value().last();
    CHECK(entry.actor == u"M001"_s);
    CHECK(entry.detail.contains(u"Signed the printed handbook on 2 May"_s));
    auto chain = store.verify();
    REQUIRE(chain);
    CHECK(chain->ok());

    // The reason is in the row's hash: changing it breaks the chain.
    behindTheGuards(fixture.db->connection(),
                    {u"UPDATE acknowledgement SET paper_record = 'Signed in person'"_s});
    CHECK_FALSE(store.verify()->ok());
}

TEST_CASE("a quiz score must be a percentage and a name must be typed",
          "[storage][acknowledgement]")
{
    SignedFixture fixture;
    AcknowledgementStore store(*fixture.db);
    SignRequest r = request(u"A001"_s, fixture.first.id, u"Persona A001"_s);
    r.quizScore = 120;
    CHECK(store.sign(r, fixture.manager).error().kind == ErrorKind::Invalid);
    CHECK(store.sign(request(u"A001"_s, fixture.first.id, u"  "_s), fixture.manager).error().kind
          == ErrorKind::Invalid);
}

TEST_CASE("an editorial version keeps the signatures of the material one, a material one does not",
          "[storage][acknowledgement]")
{
    SignedFixture fixture;
    fixture.signAll();
    AcknowledgementStore store(*fixture.db);
    const QDate today = domain::organisationToday();
    CHECK(*store.hasSignedInForce(fixture.codeId, u"A001"_s, today));

    VersionStore versions = fixture.versions();
    auto draft = versions.startDraftFromInForce(fixture.codeId, fixture.author);
    REQUIRE(draft);
    const domain::VersionInfo editorial = fixture.publish(draft->id, false, u"Erratas"_s);
    CHECK(*store.hasSignedInForce(fixture.codeId, u"A001"_s, today));
    // Signing the editorial version too is allowed, and is not a second signature of it.
    CHECK(store.sign(request(u"M001"_s, editorial.id, u"Persona M001"_s), fixture.manager));

    draft = versions.startDraftFromInForce(fixture.codeId, fixture.author);
    REQUIRE(draft);
    fixture.publish(draft->id, true, u"Cambio de fondo"_s);
    CHECK_FALSE(*store.hasSignedInForce(fixture.codeId, u"A001"_s, today));
    CHECK_FALSE(*store.hasSignedInForce(fixture.codeId, u"M001"_s, today));
    CHECK(*store.audienceSize(fixture.codeId) == 4);
}

TEST_CASE("the ledger refuses to change or lose a signature", "[storage][acknowledgement][frozen]")
{
    SignedFixture fixture;
    fixture.signAll();
    const QSqlDatabase db = fixture.db->connection();
    CHECK(test::runSql(db, u"UPDATE acknowledgement SET typed_name = 'x' WHERE seq = 1"_s)
              .contains(u"append-only"_s));
    CHECK(test::runSql(db, u"DELETE FROM acknowledgement WHERE seq = 4"_s)
              .contains(u"append-only"_s));
    CHECK(test::countRows(db, u"acknowledgement"_s) == 4);
}

TEST_CASE("an acknowledgement edited behind the guards is reported at that row",
          "[storage][acknowledgement][integrity]")
{
    SignedFixture fixture;
    fixture.signAll();
    behindTheGuards(fixture.db->connection(),
                    {u"UPDATE acknowledgement SET signed_at = '2020-01-01T00:00:00.000Z' "
                     "WHERE seq = 3"_s});
    const ChainReport chain = ledgerChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 3);
    CHECK(chain.problem
          == u"acknowledgement row 3: was changed after it was written (its hash "
             "does not match its content)"_s);
}

TEST_CASE("a deleted acknowledgement is reported where the chain breaks",
          "[storage][acknowledgement][integrity]")
{
    SignedFixture fixture;
    fixture.signAll();
    behindTheGuards(fixture.db->connection(), {u"DELETE FROM acknowledgement WHERE seq = 2"_s});
    const ChainReport chain = ledgerChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 2);
    CHECK(chain.problem.contains(u"rows were deleted"_s));
    CHECK(chain.rows == 3);
}

TEST_CASE("a signature cut off the end of the ledger is missed by no one",
          "[storage][acknowledgement][integrity]")
{
    SignedFixture fixture;
    fixture.signAll();
    // The chain of the rows left is sound; the audit log remembers the fourth signature.
    behindTheGuards(fixture.db->connection(), {u"DELETE FROM acknowledgement WHERE seq = 4"_s});
    const ChainReport chain = ledgerChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 4);
    CHECK(chain.problem.startsWith(u"acknowledgement row 4: is missing: audit log row "_s));
    CHECK(chain.problem.contains(u"records signature 4"_s));
}

TEST_CASE("reordered acknowledgements are reported at the first row out of place",
          "[storage][acknowledgement][integrity]")
{
    SignedFixture fixture;
    fixture.signAll();
    behindTheGuards(fixture.db->connection(),
                    {u"UPDATE acknowledgement SET seq = -2 WHERE seq = 2"_s,
                     u"UPDATE acknowledgement SET seq = 2 WHERE seq = 3"_s,
                     u"UPDATE acknowledgement SET seq = 3 WHERE seq = -2"_s});
    const ChainReport chain = ledgerChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 2);
    CHECK(chain.problem.contains(u"reordered"_s));
}

TEST_CASE("verify reports a guard of the ledger that was removed", "[storage][acknowledgement]")
{
    SignedFixture fixture;
    test::dropTrigger(fixture.db->connection(), u"acknowledgement_no_delete"_s);
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->missingTriggers == QStringList {u"acknowledgement_no_delete"_s});
}

TEST_CASE("the summary of latest signatures follows the ledger, and verify checks it",
          "[storage][acknowledgement][integrity]")
{
    SignedFixture fixture;
    fixture.signAll();
    const QSqlDatabase db = fixture.db->connection();
    CHECK(test::countRows(db, u"acknowledgement_latest"_s) == 4);
    CHECK(test::scalar(db, u"SELECT seq FROM acknowledgement_latest WHERE employee_no = 'M002'"_s)
          == 3);
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK(report->ok());

    REQUIRE(test::runSql(db,
                         u"UPDATE acknowledgement_latest SET version_number = 7 "
                         "WHERE employee_no = 'M001'"_s)
                .isEmpty());
    REQUIRE(test::runSql(db, u"DELETE FROM acknowledgement_latest WHERE employee_no = 'S001'"_s)
                .isEmpty());
    report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->contentProblems
          == QStringList {u"the summary of latest signatures disagrees with the acknowledgement "
                          "ledger for 2 people (M001, S001); it is derived data and was changed "
                          "by hand"_s});
}
