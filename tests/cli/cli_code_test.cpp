#include "ctlrunner.h"

#include <QProcess>

using namespace tenet::test;

namespace {

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// The fixture with a sentence added to the body of its first clause, as a new file.
QString editedCopy(const TempDir &dir, const QString &fixtureName, const QString &addedText)
{
    QJsonObject code = readJson(fixture(fixtureName));
    QJsonArray sections = code[u"sections"_s].toArray();
    QJsonObject first = sections.at(0).toObject();
    QJsonArray clauses = first[u"clauses"_s].toArray();
    QJsonObject clause = clauses.at(0).toObject();
    clause[u"body"_s] = clause[u"body"_s].toString() + addedText;
    clauses[0] = clause;
    first[u"clauses"_s] = clauses;
    sections[0] = first;
    code[u"sections"_s] = sections;
    const QString path = dir.file(u"edited.json"_s);
    writeFile(path, QJsonDocument(code).toJson());
    return path;
}

} // namespace

TEST_CASE("a Spanish code imported and exported again comes back exactly", "[cli][exchange]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const CtlResult imported = tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s),
                                             u"--as"_s, u"S001"_s});
    INFO(imported);
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(u"draft version 1"_s));

    const QString exported = dir.file(u"out.json"_s);
    const CtlResult r = tenetctl(db, {u"export-code"_s, u"--draft"_s, u"-o"_s, exported});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject original = readJson(fixture(u"code-es.json"_s));
    const QJsonObject roundTrip = readJson(exported);
    CHECK(roundTrip[u"sections"_s] == original[u"sections"_s]);
    CHECK(roundTrip[u"code"_s][u"title"_s] == original[u"code"_s][u"title"_s]);
    CHECK(roundTrip[u"version"_s][u"status"_s].toString() == u"draft"_s);
    CHECK(roundTrip[u"format"_s].toString() == u"tenet.code/1"_s);

    // Without -o the same document goes to standard output.
    const CtlResult toStdout = tenetctl(db, {u"export-code"_s, u"--draft"_s});
    REQUIRE(toStdout.exitCode == 0);
    CHECK(toStdout.json().object()[u"sections"_s] == original[u"sections"_s]);
}

TEST_CASE("a Lithuanian code keeps its letters through import and export", "[cli][exchange]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    REQUIRE(tenetctl(db, {u"import-code"_s, fixture(u"code-lt.json"_s)}).exitCode == 0);
    const CtlResult r = tenetctl(db, {u"export-code"_s, u"--draft"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"sections"_s] == readJson(fixture(u"code-lt.json"_s))[u"sections"_s]);
    for (const QString &letter : {u"ą"_s, u"č"_s, u"ę"_s, u"ė"_s, u"į"_s, u"š"_s, u"ų"_s, u"ū"_s, u"ž"_s})
        CHECK(r.out.contains(letter));
}

TEST_CASE("an invalid code file is refused with its pointer and nothing is written", "[cli][exchange]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    QJsonObject code = readJson(fixture(u"code-es.json"_s));
    QJsonArray sections = code[u"sections"_s].toArray();
    QJsonObject communication = sections.at(1).toObject();
    QJsonArray clauses = communication[u"clauses"_s].toArray();
    QJsonObject clause = clauses.at(0).toObject();
    clause[u"strength"_s] = u"may"_s;
    clauses[0] = clause;
    communication[u"clauses"_s] = clauses;
    sections[1] = communication;
    code[u"sections"_s] = sections;
    const QString bad = dir.file(u"bad.json"_s);
    writeFile(bad, QJsonDocument(code).toJson());

    const CtlResult r = tenetctl(db, {u"import-code"_s, bad, u"--as"_s, u"S001"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(bad + u": /sections/1/clauses/0/strength: must be one of must, should"_s));
    CHECK(r.err.count(u'\n') == 1);

    const CtlResult versions = tenetctl(db, {u"versions"_s, u"--json"_s});
    CHECK(versions.exitCode == 2); // no code was created
}

TEST_CASE("a code file with a JSON syntax error is reported by line and column", "[cli][exchange]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    const QString bad = dir.file(u"broken.json"_s);
    writeFile(bad, "{\n  \"format\": \"tenet.code/1\",\n  \"code\": {,\n}\n");
    const CtlResult r = tenetctl(db, {u"import-code"_s, bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(bad + u":3:"_s));
}

TEST_CASE("a second import while a draft is open is refused", "[cli][workflow]")
{
    TestDatabase database;
    const QString db = database.where();
    createOrganisation(db);
    REQUIRE(tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s)}).exitCode == 0);
    const CtlResult r = tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s)});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(u"already open"_s));
}

TEST_CASE("diff shows a changed clause word by word, as text and as JSON", "[cli][compare]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    REQUIRE(tenetctl(db, {u"import-code"_s, fixture(u"code-es.json"_s), u"--as"_s, u"S001"_s}).exitCode == 0);
    REQUIRE(tenetctl(db, {u"withdraw"_s, u"--as"_s, u"S001"_s}).exitCode == 0);
    const QString edited = editedCopy(dir, u"code-es.json"_s, u" Sin excepción alguna."_s);
    REQUIRE(tenetctl(db, {u"import-code"_s, edited, u"--as"_s, u"S001"_s}).exitCode == 0);

    const CtlResult json = tenetctl(db, {u"diff"_s, u"1"_s, u"2"_s, u"--json"_s});
    INFO(json);
    REQUIRE(json.exitCode == 0);
    const QJsonObject diff = json.json().object();
    CHECK(diff[u"summary"_s][u"changed"_s].toInt() == 1);
    CHECK(diff[u"summary"_s][u"added"_s].toInt() == 0);
    const QJsonArray changed = diff[u"sections"_s][0][u"clauses"_s].toArray();
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0)[u"change"_s].toString() == u"changed"_s);
    CHECK(changed.at(0)[u"number_after"_s].toString() == u"1.1"_s);
    QString inserted;
    for (const QJsonValue &segment : changed.at(0)[u"body_diff"_s].toArray()) {
        if (segment[u"op"_s].toString() == u"insert"_s)
            inserted += segment[u"text"_s].toString();
    }
    CHECK(inserted.contains(u"excepción alguna"_s));

    const CtlResult text = tenetctl(db, {u"diff"_s, u"1"_s, u"2"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"~ 1.1"_s));
    CHECK(text.out.contains(u"{+"_s));
}

TEST_CASE("diff says what a reader sees: no Markdown markers and no field keys", "[cli][compare]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    QJsonObject code = readJson(fixture(u"code-es.json"_s));
    const auto setFirstBody = [&](const QString &body) {
        QJsonArray sections = code[u"sections"_s].toArray();
        QJsonObject first = sections.at(0).toObject();
        QJsonArray clauses = first[u"clauses"_s].toArray();
        QJsonObject clause = clauses.at(0).toObject();
        clause[u"body"_s] = body;
        clauses[0] = clause;
        first[u"clauses"_s] = clauses;
        sections[0] = first;
        code[u"sections"_s] = sections;
    };
    setFirstBody(u"Be **polite**."_s);
    const QString before = dir.file(u"before.json"_s);
    writeFile(before, QJsonDocument(code).toJson());
    REQUIRE(tenetctl(db, {u"import-code"_s, before, u"--as"_s, u"S001"_s}).exitCode == 0);
    REQUIRE(tenetctl(db, {u"withdraw"_s, u"--as"_s, u"S001"_s}).exitCode == 0);

    setFirstBody(u"Be **courteous**."_s);
    QJsonArray sections = code[u"sections"_s].toArray();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        QJsonObject section = sections.at(s).toObject();
        if (!section.contains(u"kpis"_s))
            continue;
        QJsonArray kpis = section[u"kpis"_s].toArray();
        QJsonObject kpi = kpis.at(0).toObject();
        REQUIRE(kpi[u"direction"_s].toString() == u"at_most"_s);
        kpi[u"direction"_s] = u"at_least"_s;
        kpi[u"alert"_s] = kpi[u"target"_s].toDouble() - 5;
        kpis[0] = kpi;
        section[u"kpis"_s] = kpis;
        sections[s] = section;
    }
    code[u"sections"_s] = sections;
    const QString after = dir.file(u"after.json"_s);
    writeFile(after, QJsonDocument(code).toJson());
    REQUIRE(tenetctl(db, {u"import-code"_s, after, u"--as"_s, u"S001"_s}).exitCode == 0);

    const CtlResult text = tenetctl(db, {u"diff"_s, u"1"_s, u"2"_s});
    INFO(text);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Be [-polite-]{+courteous+}."_s));
    CHECK(text.out.contains(u"(changed: the text)"_s));
    CHECK(text.out.contains(u"the direction: at most -> at least"_s));
    CHECK_FALSE(text.out.contains(u"**"_s));
    CHECK_FALSE(text.out.contains(u"at_most"_s));
    CHECK_FALSE(text.out.contains(u"at_least"_s));
    CHECK_FALSE(text.out.contains(u"body"_s));
}

TEST_CASE("what export-code writes is valid by python-jsonschema, an independent judge",
          "[cli][exchange]")
{
    TestDatabase database;
    const TempDir &dir = database.dir();
    const QString db = database.where();
    createOrganisation(db);
    REQUIRE(tenetctl(db, {u"import-code"_s, fixture(u"code-lt.json"_s)}).exitCode == 0);
    const QString exported = dir.file(u"export.json"_s);
    REQUIRE(tenetctl(db, {u"export-code"_s, u"--draft"_s, u"-o"_s, exported}).exitCode == 0);

    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s,
                  u"import json, sys, jsonschema\n"
                  "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                  "jsonschema.Draft7Validator(schema).validate(json.load(open(sys.argv[2], encoding='utf-8')))\n"
                  "print('valid')"_s,
                  QStringLiteral(TENET_SOURCE_DIR) + u"/schemas/code.schema.json"_s, exported});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    CHECK(python.exitCode() == 0);
    CHECK(python.readAllStandardOutput().trimmed() == "valid");
}
