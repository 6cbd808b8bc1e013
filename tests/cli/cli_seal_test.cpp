#include "ctlrunner.h"
#include "forger.h"

#include "support/rawconnection.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tenet::test;

namespace {

void ok(const QString &db, const QStringList &arguments)
{
    const CtlResult r = tenetctl(db, arguments);
    INFO(r);
    REQUIRE(r.exitCode == 0);
}

QStringList paperSignature(const QString &employeeNo, const QString &name)
{
    return {u"ack"_s,     u"--as"_s,  u"M001"_s,      u"--paper-record"_s, u"Signed on paper"_s,
            u"--staff"_s, employeeNo, u"--version"_s, u"current"_s,        u"--name"_s,
            name};
}

// Version 1 of code-es.json in force, for an audience of agents A001-A003 who answer the
// phone, signed by A001 and A002 on paper.
QString signedDatabase(const TestDatabase &database)
{
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString roster = dir.file(u"roster.csv"_s);
    writeFile(roster,
              "employee_no,full_name,email,role,team,site,language,start_date,active\n"
              "A001,Lina Kazlauskienė,,agent,Atención telefónica,,lt,2024-01-08,true\n"
              "A002,José Núñez,,agent,Atención telefónica,,es,2024-01-08,true\n"
              "A003,Rūta Jonaitė,,agent,Atención telefónica,,lt,2024-01-08,true\n");
    ok(db, {u"staff"_s, u"import"_s, u"--as"_s, u"M001"_s, roster});
    ok(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v1"_s});
    ok(db, paperSignature(u"A001"_s, u"Lina Kazlauskienė"_s));
    ok(db, paperSignature(u"A002"_s, u"José Núñez"_s));
    return db;
}

// The code as exported, with the first clause of the first section reworded: a new draft
// made from it holds one section whose stored content differs from version 1's.
QString rewordedCode(const QString &db, const TempDir &dir)
{
    const QString file = dir.file(u"reworded.json"_s);
    ok(db, {u"export-code"_s, u"-o"_s, file});
    QJsonObject code = QJsonDocument::fromJson(readFile(file)).object();
    QJsonArray sections = code[u"sections"_s].toArray();
    QJsonObject first = sections[0].toObject();
    QJsonArray clauses = first[u"clauses"_s].toArray();
    QJsonObject clause = clauses[0].toObject();
    clause[u"body"_s] = clause[u"body"_s].toString() + u" Sin excepciones."_s;
    clauses[0] = clause;
    first[u"clauses"_s] = clauses;
    sections[0] = first;
    code[u"sections"_s] = sections;
    writeFile(file, QJsonDocument(code).toJson());
    return file;
}

QString sealTo(const QString &db, const QString &file, const QStringList &more = {})
{
    const CtlResult r = tenetctl(db, QStringList {u"seal"_s, u"-o"_s, file} + more);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return file;
}

// A seal's body followed by its SHA-256 line, as whoever can rewrite the file could write it.
QByteArray withHash(const QByteArray &body)
{
    return body + "sha256 " + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex()
        + '\n';
}

QByteArray bodyOf(const QByteArray &seal)
{
    return seal.left(seal.indexOf("\nsha256 ") + 1);
}

// The seal's text with one line replaced and its SHA-256 written anew; the signature line,
// if any, is kept.
QByteArray rewrittenSeal(const QByteArray &text, const QByteArray &from, const QByteArray &to)
{
    QByteArray body = bodyOf(text);
    const QByteArray rest = text.mid(text.indexOf("\n", text.indexOf("\nsha256 ") + 1) + 1);
    REQUIRE(body.contains(from));
    body.replace(from, to);
    return withHash(body) + rest;
}

// verify --json, to show that the forger's chains verify on their own.
QJsonObject verifyJson(const QString &db)
{
    return tenetctl(db, {u"verify"_s, u"--json"_s}).json().object();
}

bool chainsVerify(const QJsonObject &verify)
{
    return verify[u"audit_log"_s][u"first_bad_row"_s].isNull()
        && verify[u"acknowledgements"_s][u"first_bad_row"_s].isNull();
}

} // namespace

TEST_CASE("a seal written to a file proves the database it was made from", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    const QString text = QString::fromUtf8(readFile(seal));
    CHECK(text.startsWith(u"tenet-seal 1\n"_s));
    CHECK(text.contains(u"\nchain acknowledgement 2 "_s));
    CHECK(text.contains(u"\ncount signatures 2\n"_s));
    CHECK(text.contains(u"\nversion 1 1 content "_s));

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"OK: the database continues the seal of "_s));
    CHECK(r.out.contains(u"which is not signed"_s));

    const QJsonObject json
        = tenetctl(db, {u"verify"_s, u"--seal"_s, seal, u"--json"_s}).json().object();
    CHECK(json[u"ok"_s].toBool());
    CHECK(json[u"seal"_s][u"ok"_s].toBool());
    CHECK_FALSE(json[u"seal"_s][u"signed"_s].toBool());
}

TEST_CASE("a seal on standard output is the same statement", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const CtlResult r = tenetctl(db, {u"seal"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"tenet-seal 1\n"_s));
    writeFile(dir.file(u"copied.txt"_s), r.out.toUtf8());
    CHECK(tenetctl(db, {u"verify"_s, u"--seal"_s, dir.file(u"copied.txt"_s)}).exitCode == 0);
}

TEST_CASE("a database that carried on after its seal still continues it", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    ok(db, paperSignature(u"A003"_s, u"Rūta Jonaitė"_s));
    ok(db, {u"import-code"_s, rewordedCode(db, dir), u"--as"_s, u"S001"_s});
    ok(db, {u"submit"_s, u"--as"_s, u"S001"_s});
    ok(db, {u"approve"_s, u"--as"_s, u"M001"_s});
    ok(db, {u"publish"_s, u"--as"_s, u"M002"_s, u"--material"_s, u"--summary"_s, u"v2"_s});
    ok(db, paperSignature(u"A001"_s, u"Lina Kazlauskienė"_s));
    ok(db,
       {u"review"_s, u"--section"_s, u"ethics"_s, u"--as"_s, u"S001"_s, u"--outcome"_s,
        u"unchanged"_s});

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"continues the seal"_s));
}

TEST_CASE("a sealed signature rewritten and re-chained is caught by the seal", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    forge(db, {u"UPDATE acknowledgement SET typed_name = 'L. K.' WHERE seq = 1"_s});
    rechain(db, u"acknowledgement"_s);
    // The audit log records each row's hash, so the forger rewrites those too and re-chains
    // the log: now nothing in the file disagrees, and only the seal can tell.
    forge(db,
          {TestDatabase::onServer()
               ? u"UPDATE audit_log SET detail = jsonb_set(detail::jsonb, '{ledger_hash}', "
                 "to_jsonb((SELECT encode(hash, 'hex') FROM acknowledgement WHERE seq = "
                 "(audit_log.detail::jsonb ->> 'seq')::bigint)))::text "
                 "WHERE action = 'acknowledgement.sign'"_s
               : u"UPDATE audit_log SET detail = json_set(detail, '$.ledger_hash', (SELECT "
                 "lower(hex(hash)) FROM acknowledgement WHERE seq = json_extract(audit_log.detail, "
                 "'$.seq'))) WHERE action = 'acknowledgement.sign'"_s});
    rechain(db, u"audit_log"_s);
    REQUIRE(chainsVerify(verifyJson(db)));
    REQUIRE(tenetctl(db, {u"verify"_s}).exitCode == 0);

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"acknowledgement row 2 is not the row sealed on "_s));
    CHECK(r.out.contains(u"FAILED"_s));
}

TEST_CASE("the last sealed signature deleted, re-chained and signed over is caught by the seal",
          "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    // The signature, its audit entry and its summary row go; the audit log is renumbered
    // and re-chained; then someone signs after it, reusing its seq.
    forge(db,
          {u"DELETE FROM acknowledgement WHERE seq = 2"_s,
           u"DELETE FROM acknowledgement_latest WHERE employee_no = 'A002'"_s,
           u"DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"_s});
    rechain(db, u"audit_log"_s);
    ok(db, paperSignature(u"A003"_s, u"Rūta Jonaitė"_s));
    REQUIRE(chainsVerify(verifyJson(db)));

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal, u"--json"_s});
    INFO(r);
    CHECK(r.exitCode == 4);
    const QJsonArray problems = r.json()[u"seal"_s][u"problems"_s].toArray();
    CHECK(problems.size() == 2);
    CHECK(r.err.contains(u"acknowledgement row 2 is not the row sealed on "_s));
    CHECK(r.err.contains(u"audit_log row "_s));
}

TEST_CASE("a sealed row cut off the end of a chain is caught by the seal", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    forge(db,
          {u"DELETE FROM acknowledgement WHERE seq = 2"_s,
           u"DELETE FROM acknowledgement_latest WHERE employee_no = 'A002'"_s,
           u"DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"_s});
    REQUIRE(chainsVerify(verifyJson(db)));

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"acknowledgement row 2, the last row when the seal of "_s));
    CHECK(r.err.contains(u"is gone: rows were removed"_s));
    CHECK(r.err.contains(u"the number of signatures went down from 2"_s));
}

TEST_CASE("a sealed version's sections repointed to other stored content are caught by the seal",
          "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    // Version 2 is a draft holding a reworded first section; its stored content matches its
    // own hash, so pointing version 1 at it breaks no hash in the file.
    ok(db, {u"import-code"_s, rewordedCode(db, dir), u"--as"_s, u"S001"_s});
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    forge(db,
          {u"UPDATE version_section SET section_blob_id = (SELECT s.section_blob_id FROM "
           "version_section s JOIN version v ON v.id = s.version_id WHERE v.number = 2 AND "
           "s.section_key = 'ethics') WHERE section_key = 'ethics' AND version_id = (SELECT "
           "id FROM version WHERE number = 1)"_s});
    REQUIRE(chainsVerify(verifyJson(db)));

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"version 1 of code 1 no longer holds the content sealed on "_s));
}

TEST_CASE("a published handbook replaced with its hash recomputed is caught by the seal",
          "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    const QByteArray forged = "%PDF-1.4 a different handbook";
    forge(db,
          {u"UPDATE published_handbook SET pdf = %1, sha256 = %2"_s.arg(
              blobLiteral(QString::fromLatin1(forged.toHex())),
              blobLiteral(QString::fromLatin1(
                  QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex())))});
    REQUIRE(chainsVerify(verifyJson(db)));

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"the handbook stored at the publication of version 1 of code 1 is not "
                         "the one sealed on "_s));
}

TEST_CASE("sealed section reviews deleted are caught by the seal's counts", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    forge(db, {u"DELETE FROM section_review WHERE id = (SELECT MAX(id) FROM section_review)"_s});

    const CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"the number of section reviews went down from 7"_s));
}

TEST_CASE("a damaged seal is refused before the database is compared with it", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal = sealTo(db, dir.file(u"seal.txt"_s));
    QByteArray text = readFile(seal);
    text.replace("count signatures 2", "count signatures 1");
    writeFile(seal, text);
    CtlResult r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"the seal is damaged: its SHA-256 does not match its text"_s));
    CHECK(r.out.isEmpty());
    CHECK(r.err.count(u'\n') == 1);

    writeFile(seal, "not a seal\n");
    r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"is not a Tenet seal"_s));

    r = tenetctl(db, {u"verify"_s, u"--seal"_s, dir.file(u"missing.txt"_s)});
    CHECK(r.exitCode == 2);
}

TEST_CASE("a signed seal verifies with its public key and with no other", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal
        = sealTo(db, dir.file(u"seal.txt"_s), {u"--sign"_s, fixture(u"seal/test-key.pem"_s)});
    const QString text = QString::fromUtf8(readFile(seal));
    CHECK(text.contains(u"\nsigned-by ed25519 "_s));
    CHECK(text.contains(u"\nsignature ed25519 "_s));

    CtlResult r = tenetctl(
        db, {u"verify"_s, u"--seal"_s, seal, u"--key"_s, fixture(u"seal/test-key.pub.pem"_s)});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"whose signature verifies with"_s));

    r = tenetctl(db, {u"verify"_s, u"--seal"_s, seal});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"its signature was not checked"_s));

    r = tenetctl(
        db, {u"verify"_s, u"--seal"_s, seal, u"--key"_s, fixture(u"seal/other-key.pub.pem"_s)});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"the seal was signed by another key"_s));
}

TEST_CASE("a signed seal with one byte changed is refused, even with its hash recomputed",
          "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString seal
        = sealTo(db, dir.file(u"seal.txt"_s), {u"--sign"_s, fixture(u"seal/test-key.pem"_s)});
    const QByteArray original = readFile(seal);
    const QStringList withKey
        = {u"verify"_s, u"--seal"_s, seal, u"--key"_s, fixture(u"seal/test-key.pub.pem"_s)};

    // One byte of the body: the seal's own hash no longer matches.
    QByteArray changed = original;
    changed.replace("count signatures 2", "count signatures 3");
    writeFile(seal, changed);
    CtlResult r = tenetctl(db, withKey);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"damaged"_s));

    // The same byte with the hash recomputed: only the signature tells.
    writeFile(seal, rewrittenSeal(original, "count signatures 2", "count signatures 1"));
    r = tenetctl(db, withKey);
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"signature does not verify"_s));

    // One byte of the signature itself.
    changed = original;
    const qsizetype at = changed.indexOf("signature ed25519 ") + 20;
    changed[at] = changed[at] == 'A' ? 'B' : 'A';
    writeFile(seal, changed);
    r = tenetctl(db, withKey);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"signature does not verify"_s));
}

TEST_CASE("a key asks for a signed seal: an unsigned one is refused", "[cli][seal]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = signedDatabase(database);
    const QString signedSeal
        = sealTo(db, dir.file(u"signed.txt"_s), {u"--sign"_s, fixture(u"seal/test-key.pem"_s)});
    // Whoever rewrites the seal can strip its signature and recompute its hash.
    QByteArray body = bodyOf(readFile(signedSeal));
    const qsizetype signer = body.indexOf("signed-by ");
    REQUIRE(signer > 0);
    body.remove(signer, body.indexOf('\n', signer) + 1 - signer);
    writeFile(dir.file(u"stripped.txt"_s), withHash(body));
    CHECK(tenetctl(db, {u"verify"_s, u"--seal"_s, dir.file(u"stripped.txt"_s)}).exitCode == 0);

    const CtlResult r = tenetctl(db,
                                 {u"verify"_s, u"--seal"_s, dir.file(u"stripped.txt"_s), u"--key"_s,
                                  fixture(u"seal/test-key.pub.pem"_s)});
    INFO(r);
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"the seal is not signed"_s));
}

TEST_CASE("seal and verify refuse keys and options that cannot work", "[cli][seal]")
{
    TestDatabase database;
    const QString db = signedDatabase(database);
    CtlResult r = tenetctl(db, {u"seal"_s, u"--sign"_s, fixture(u"seal/test-key.pub.pem"_s)});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"is a public key"_s));

    r = tenetctl(db, {u"seal"_s, u"--sign"_s, fixture(u"code-es.json"_s)});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"is not a PEM key"_s));

    r = tenetctl(db, {u"verify"_s, u"--key"_s, fixture(u"seal/test-key.pub.pem"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"--seal"_s));
}
