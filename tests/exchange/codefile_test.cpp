#include "exchange/codefile.h"
#include "exchange/jsonschema.h"

#include "domain/sectionkey.h"
#include "support/tempdir.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tenet;
using namespace tenet::exchange;
using nlohmann::json;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(TENET_FIXTURES_DIR) + u'/' + name;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CodeDocument readFixture(const QString &name)
{
    auto document = readCodeFile(fixture(name));
    if (!document)
        FAIL(document.error().toString().toStdString());
    return document.value();
}

// The error a file gives when it is read as "code.json".
QString firstError(const QByteArray &bytes)
{
    const auto document = parseCodeJson(bytes, QStringLiteral("code.json"));
    REQUIRE_FALSE(document.ok());
    CHECK(document.error().kind == domain::ErrorKind::Invalid);
    return document.error().toString();
}

QString invalidFixtureError(const QString &name)
{
    return firstError(readBytes(fixture(QStringLiteral("invalid/") + name)));
}

void requireSameDocument(const CodeDocument &a, const CodeDocument &b)
{
    CHECK(a.code == b.code);
    CHECK(a.version == b.version);
    CHECK(a.content.language == b.content.language);
    REQUIRE(a.content.sections.size() == b.content.sections.size());
    for (qsizetype i = 0; i < a.content.sections.size(); ++i) {
        INFO("section " << i);
        CHECK(a.content.sections.at(i) == b.content.sections.at(i));
    }
    CHECK(a.content == b.content);
}

QString allText(const CodeDocument &document)
{
    QString text = document.code.title + document.code.organisation;
    for (const domain::Section &section : document.content.sections) {
        text += section.title + section.purpose;
        for (const domain::Clause &clause : section.clauses)
            text += clause.title + clause.body;
        for (const domain::ComplaintStage &stage : section.stages)
            text += stage.name;
        for (const domain::TrainingProgramme &programme : section.programmes)
            text += programme.title + programme.objectives.join(u' ');
        for (const domain::Kpi &kpi : section.kpis)
            text += kpi.name + kpi.definition + kpi.action;
        for (const domain::EscalationTier &tier : section.escalation)
            text += tier.action;
        text += section.followUp.join(u' ');
    }
    return text;
}

} // namespace

TEST_CASE("the Spanish fixture is read whole, accents and all", "[exchange][codefile]")
{
    const CodeDocument document = readFixture(QStringLiteral("code-es.json"));
    CHECK(document.code.title
          == QStringLiteral("Código de buenas prácticas de atención al cliente"));
    CHECK(document.code.organisation == QStringLiteral("Servicios Águila, S.A."));
    CHECK(document.code.language == QStringLiteral("es"));
    CHECK(document.code.audienceTeams
          == QStringList {QStringLiteral("Atención telefónica"),
                          QStringLiteral("Chat y redes sociales")});
    CHECK(document.code.attestationMonths == 12);
    CHECK(document.content.language == QStringLiteral("es"));

    REQUIRE(document.version.has_value());
    CHECK(document.version->number == 3);
    CHECK(document.version->state == domain::VersionState::Published);
    CHECK(document.version->publishedAt
          == QDateTime(QDate(2026, 5, 1), QTime(9, 0), QTimeZone::utc()));
    CHECK(document.version->material == true);
    CHECK(document.version->approvedBy == QStringLiteral("M001"));

    const auto &sections = document.content.sections;
    REQUIRE(sections.size() == 7);
    for (qsizetype i = 0; i < sections.size(); ++i)
        CHECK(sections.at(i).key == domain::allSectionKeys.at(std::size_t(i)));
    CHECK(sections.at(0).purpose.startsWith(QStringLiteral("¿Por qué actuamos así?")));
    CHECK(sections.at(0).reviewIntervalDays == 365);
    CHECK(sections.at(1).clauses.at(0).body.contains(QStringLiteral("«¿qué significa esto?»")));
    CHECK(sections.at(1).clauses.at(0).strength == domain::Strength::Should);
    CHECK(sections.at(2).clauses.at(0).references
          == QStringList {QStringLiteral("Reglamento (UE) 2016/679, artículo 5")});
    CHECK(sections.at(3).escalation.size() == 3);
    CHECK(sections.at(3).escalation.at(2).withinHours == 24.5);
    CHECK(sections.at(4).stages.size() == 4);
    CHECK(sections.at(5).programmes.at(0).passMark == 80);
    CHECK(sections.at(5).programmes.at(1).hours == 12.5);
    CHECK_FALSE(sections.at(5).programmes.at(1).passMark.has_value());
    CHECK(sections.at(6).kpis.at(1).direction == domain::KpiDirection::AtLeast);
    CHECK(allText(document).contains(QStringLiteral("ñ")));
}

TEST_CASE("the Lithuanian fixture keeps every Lithuanian letter", "[exchange][codefile]")
{
    const CodeDocument document = readFixture(QStringLiteral("code-lt.json"));
    CHECK(document.code.organisation == QStringLiteral("UAB „Šviesa“"));
    CHECK_FALSE(document.version.has_value()); // optional on import
    CHECK(document.code.graceDays == 21);
    const QString text = allText(document);
    for (const QChar letter : QStringLiteral("ąčęėįšųūžĮŠŽ")) {
        INFO(QString(letter).toStdString());
        CHECK(text.contains(letter));
    }
}

TEST_CASE("a fixture written back is byte for byte the file that was read", "[exchange][codefile]")
{
    for (const QString &name : {QStringLiteral("code-es.json"), QStringLiteral("code-lt.json")}) {
        INFO(name.toStdString());
        const QByteArray original = readBytes(fixture(name));
        const QByteArray written = serializeCodeDocument(readFixture(name));
        CHECK(written.toStdString() == original.toStdString());
    }
}

TEST_CASE("a document read back from its own serialisation is the same document",
          "[exchange][codefile]")
{
    for (const QString &name : {QStringLiteral("code-es.json"), QStringLiteral("code-lt.json")}) {
        INFO(name.toStdString());
        const CodeDocument original = readFixture(name);
        const auto again
            = parseCodeJson(serializeCodeDocument(original), QStringLiteral("again.json"));
        REQUIRE(again.ok());
        requireSameDocument(*again, original);
    }
}

TEST_CASE("the serialised text is indented UTF-8 that ends with a newline", "[exchange][codefile]")
{
    const QByteArray text = serializeCodeDocument(readFixture(QStringLiteral("code-lt.json")));
    CHECK(text.startsWith("{\n  \"format\": \"tenet.code/1\",\n  \"code\": {\n    \"title\": "));
    CHECK(text.endsWith("}\n"));
    CHECK(text.contains("\"UAB \xE2\x80\x9E\xC5\xA0viesa\xE2\x80\x9C\"")); // not \u escapes
}

TEST_CASE("a written file reads back as the same document", "[exchange][codefile]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("código.json"));
    const CodeDocument original = readFixture(QStringLiteral("code-es.json"));
    REQUIRE(writeCodeFile(path, original).ok());
    const auto again = readCodeFile(path);
    REQUIRE(again.ok());
    requireSameDocument(*again, original);
    CHECK(readBytes(path).toStdString()
          == readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
}

TEST_CASE("times are written in UTC with a Z, as in the format's example", "[exchange][codefile]")
{
    CodeDocument document = readFixture(QStringLiteral("code-lt.json"));
    domain::VersionInfo version;
    version.number = 2;
    version.state = domain::VersionState::Published;
    // 11:30 in Vilnius in summer is 08:30 UTC.
    version.publishedAt = QDateTime(QDate(2026, 7, 1), QTime(11, 30),
                                    QTimeZone(QByteArrayLiteral("Europe/Vilnius")));
    version.material = false;
    document.version = version;
    CHECK(serializeCodeDocument(document).contains("\"published_at\": \"2026-07-01T08:30:00Z\""));
}

TEST_CASE("a file that cannot be written is reported and leaves the old one untouched",
          "[exchange][codefile]")
{
    test::TempDir dir;
    const CodeDocument document = readFixture(QStringLiteral("code-lt.json"));
    const QString missingFolder = dir.file(QStringLiteral("no/such/folder/code.json"));
    const auto status = writeCodeFile(missingFolder, document);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().where == missingFolder);
    CHECK(status.error().message.startsWith(QStringLiteral("cannot be written")));

    // QSaveFile writes beside the target and renames: no partial file is ever visible.
    const QString path = dir.file(QStringLiteral("code.json"));
    REQUIRE(writeCodeFile(path, document).ok());
    const QByteArray before = readBytes(path);
    REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const bool refused = !writeCodeFile(path, readFixture(QStringLiteral("code-es.json"))).ok();
    REQUIRE(QFile::setPermissions(
        dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    // Root may write anywhere; then at least the file must be whole.
    if (refused)
        CHECK(readBytes(path) == before);
    else
        CHECK(readBytes(path)
              == serializeCodeDocument(readFixture(QStringLiteral("code-es.json"))));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {QStringLiteral("code.json")});
}

TEST_CASE("sections may come in any order and are kept in the fixed order", "[exchange][codefile]")
{
    json shuffled = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    auto &sections = shuffled.at("sections");
    std::reverse(sections.begin(), sections.end());
    std::rotate(sections.begin(), sections.begin() + 2, sections.end());
    const std::string text = shuffled.dump(2);
    const auto document
        = parseCodeJson(QByteArray::fromStdString(text), QStringLiteral("shuffled.json"));
    REQUIRE(document.ok());
    requireSameDocument(*document, readFixture(QStringLiteral("code-es.json")));
}

TEST_CASE("a wrong strength is reported with its pointer and the allowed values",
          "[exchange][codefile]")
{
    CHECK(invalidFixtureError(QStringLiteral("wrong-strength.json"))
          == QStringLiteral(
              "code.json: /sections/3/clauses/0/strength: must be one of must, should"));
}

TEST_CASE("a code without a title is reported at /code", "[exchange][codefile]")
{
    CHECK(invalidFixtureError(QStringLiteral("missing-title.json"))
          == QStringLiteral("code.json: /code: missing required property \"title\""));
}

TEST_CASE("a misspelt property is reported as unexpected, not ignored", "[exchange][codefile]")
{
    CHECK(invalidFixtureError(QStringLiteral("unknown-property.json"))
          == QStringLiteral("code.json: /sections/0/clauses/2: unexpected property \"strenght\""));
}

TEST_CASE("a clause id used twice is reported where it is used again", "[exchange][codefile]")
{
    CHECK(invalidFixtureError(QStringLiteral("duplicate-clause-id.json"))
          == QStringLiteral("code.json: /sections/1/clauses/1/id: clause id \"eth-honesty\" is "
                            "already used at /sections/0/clauses/0"));
}

TEST_CASE("a missing section is named", "[exchange][codefile]")
{
    CHECK(invalidFixtureError(QStringLiteral("missing-section.json"))
          == QStringLiteral("code.json: /sections: section \"metrics\" is missing; every code has "
                            "all seven sections"));
}

TEST_CASE("a section given twice is named where it repeats", "[exchange][codefile]")
{
    CHECK(invalidFixtureError(QStringLiteral("section-twice.json"))
          == QStringLiteral("code.json: /sections/2/key: section \"communication\" appears more "
                            "than once"));

    // Seven sections with one twice and one missing pass the schema's count; the content
    // rules still catch both.
    json document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["sections"][6] = document["sections"][0];
    for (json &clause : document["sections"][6]["clauses"])
        clause["id"] = clause["id"].get<std::string>() + "-bis";
    QList<domain::Error> all;
    const auto parsed = parseCodeJson(QByteArray::fromStdString(document.dump()),
                                      QStringLiteral("code.json"), &all);
    REQUIRE_FALSE(parsed.ok());
    QStringList messages;
    for (const domain::Error &error : all)
        messages.append(error.toString());
    CHECK(
        messages
        == QStringList {
            QStringLiteral("code.json: /sections/6/key: section \"ethics\" appears more than once"),
            QStringLiteral("code.json: /sections: section \"metrics\" is missing; every "
                           "code has all seven sections")});
}

TEST_CASE("a KPI whose alert lies on the good side of its target is refused",
          "[exchange][codefile]")
{
    CHECK(
        invalidFixtureError(QStringLiteral("kpi-alert-below-target.json"))
        == QStringLiteral("code.json: /sections/6/kpis/0/alert: KPI \"asa\" is at most 20, so its "
                          "alert threshold 10 may not be below its target"));
}

TEST_CASE("a JSON syntax error names the line and column", "[exchange][codefile]")
{
    CHECK(
        invalidFixtureError(QStringLiteral("bad-syntax.json"))
        == QStringLiteral("code.json:5:5: invalid JSON: unexpected string literal; expected '}'"));
    // Columns count characters: "ñ" and "€" are one each, though two and three bytes.
    CHECK(firstError("{\"año\": \"5 €\" ]")
          == QStringLiteral("code.json:1:15: invalid JSON: unexpected ']'; expected '}'"));
    CHECK(firstError("{\n  \"a\": tru\n}")
              .startsWith(QStringLiteral("code.json:2:8: invalid JSON: invalid literal")));
    CHECK(firstError("{\"format\": \"tenet.code/1\"")
              .startsWith(QStringLiteral("code.json:1:26: invalid JSON: unexpected end of input")));
}

TEST_CASE("text that is not UTF-8 is refused with its position", "[exchange][codefile]")
{
    CHECK(invalidFixtureError(QStringLiteral("invalid-utf8.json"))
          == QStringLiteral("code.json:4:16: the file is not valid UTF-8 text (byte 0xf3); save it "
                            "with the UTF-8 encoding"));
    // Encoded surrogates and overlong forms are not UTF-8 either.
    CHECK(firstError("{\"a\": \"\xED\xA0\x80\"}")
              .startsWith(QStringLiteral("code.json:1:8: the file is not valid UTF-8")));
    CHECK(firstError("{\"a\": \"\xC0\xAF\"}")
              .startsWith(QStringLiteral("code.json:1:8: the file is not valid UTF-8")));
}

TEST_CASE("a file of another format is named as such", "[exchange][codefile]")
{
    CHECK(
        invalidFixtureError(QStringLiteral("wrong-format.json"))
        == QStringLiteral("code.json: /format: the format \"tenet.code/2\" is not supported; this "
                          "version of Tenet reads \"tenet.code/1\""));
    CHECK(firstError("{\"format\": 1}")
          == QStringLiteral("code.json: /format: must be \"tenet.code/1\""));
    CHECK(firstError("[]") == QStringLiteral("code.json: must be an object, not an array"));
    CHECK(firstError("  \n") == QStringLiteral("code.json: the file is empty"));
}

TEST_CASE("a property given twice in one object is refused rather than one value lost",
          "[exchange][codefile]")
{
    CHECK(firstError("{\"code\": {\"title\": \"A\", \"title\": \"B\"}}")
          == QStringLiteral("code.json: /code: property \"title\" appears twice"));
    CHECK(firstError("{\"sections\": [{}, {\"clauses\": [{\"id\": \"a\", \"id\": \"b\"}]}]}")
          == QStringLiteral("code.json: /sections/1/clauses/0: property \"id\" appears twice"));
}

TEST_CASE("every problem of a file can be had, the first one first", "[exchange][codefile]")
{
    json document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["code"].erase("title");
    document["sections"][3]["clauses"][0]["strength"] = "may";
    document["sections"][0]["clauses"][0]["tittle"] = "x";
    QList<domain::Error> all;
    const auto parsed = parseCodeJson(QByteArray::fromStdString(document.dump()),
                                      QStringLiteral("code.json"), &all);
    REQUIRE_FALSE(parsed.ok());
    REQUIRE(all.size() == 3);
    CHECK(all.constFirst() == parsed.error());
    QStringList messages;
    for (const domain::Error &error : all)
        messages.append(error.toString());
    CHECK(
        messages.contains(QStringLiteral("code.json: /code: missing required property \"title\"")));
    CHECK(messages.contains(
        QStringLiteral("code.json: /sections/0/clauses/0: unexpected property \"tittle\"")));
    CHECK(messages.contains(
        QStringLiteral("code.json: /sections/3/clauses/0/strength: must be one of must, should")));
}

TEST_CASE("structured items are only allowed in the section they belong to", "[exchange][codefile]")
{
    json document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["sections"][0]["kpis"] = document["sections"][6]["kpis"];
    CHECK(firstError(QByteArray::fromStdString(document.dump()))
          == QStringLiteral("code.json: /sections/0: unexpected property \"kpis\""));
}

TEST_CASE("reading a file names it as given, and a missing file is not found",
          "[exchange][codefile]")
{
    test::TempDir dir;
    const QString missing = dir.file(QStringLiteral("nowhere.json"));
    const auto notThere = readCodeFile(missing);
    REQUIRE_FALSE(notThere.ok());
    CHECK(notThere.error().kind == domain::ErrorKind::NotFound);
    CHECK(notThere.error().where == missing);

    const QString relative
        = QDir::current().relativeFilePath(fixture(QStringLiteral("invalid/wrong-strength.json")));
    const auto wrong = readCodeFile(relative);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().toString()
          == relative
              + QStringLiteral(": /sections/3/clauses/0/strength: must be one of must, should"));
}

TEST_CASE("a new draft with nothing published yet exports to a valid file", "[exchange][codefile]")
{
    CodeDocument document;
    document.code.title = QStringLiteral("Kodeksas");
    document.code.organisation = QStringLiteral("Įmonė");
    document.code.language = QStringLiteral("lt");
    document.content = domain::CodeContent::withEmptySections(QStringLiteral("lt"));
    domain::VersionInfo version;
    version.number = 1;
    version.author = QStringLiteral("os:žemyna");
    document.version = version;

    const QByteArray bytes = serializeCodeDocument(document);
    CHECK(bytes.contains("\"published_at\": null"));
    CHECK(codeSchema().validate(json::parse(bytes.toStdString())).isEmpty());
    const auto again = parseCodeJson(bytes, QStringLiteral("draft.json"));
    REQUIRE(again.ok());
    requireSameDocument(*again, document);
}

TEST_CASE("the compiled-in schema is the file in schemas/", "[exchange][codefile]")
{
    QFile resource(QStringLiteral(":/schemas/code.schema.json"));
    REQUIRE(resource.open(QIODevice::ReadOnly));
    CHECK(resource.readAll()
          == readBytes(QStringLiteral(TENET_SOURCE_DIR)
                       + QStringLiteral("/schemas/code.schema.json")));
    CHECK(codeSchema().isValid(
        json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString())));
    CHECK_FALSE(codeSchema().isValid(json::object()));
}

namespace {

// The Spanish fixture with two questions to answer before signing.
json withCheck(json check)
{
    json document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["comprehension_check"] = std::move(check);
    return document;
}

const char *const twoQuestions = R"({
  "pass_mark": 75,
  "questions": [
    {"id": "q-datos", "question": "¿Puede dar datos de un cliente sin verificar quién llama?",
     "choices": [{"text": "Sí, si tiene prisa"}, {"text": "No, nunca", "correct": true}]},
    {"id": "q-queja", "question": "¿Cuándo se registra una queja?",
     "choices": [{"text": "En el momento", "correct": true}, {"text": "Al día siguiente", "correct": false},
                 {"text": "Sólo si insiste"}]}
  ]})";

} // namespace

TEST_CASE("a comprehension check is read with its questions and written back the same",
          "[exchange][codefile][comprehension]")
{
    const json document = withCheck(json::parse(twoQuestions));
    const auto parsed
        = parseCodeJson(QByteArray::fromStdString(document.dump()), QStringLiteral("code.json"));
    REQUIRE(parsed.ok());
    const domain::ComprehensionCheck &check = parsed->content.check;
    CHECK(check.passMark == 75);
    REQUIRE(check.questions.size() == 2);
    CHECK(check.questions[0].id == u"q-datos"_s);
    CHECK(check.questions[0].text == u"¿Puede dar datos de un cliente sin verificar quién llama?"_s);
    CHECK(check.questions[0].correctChoice() == 1);
    CHECK(check.questions[1].choices.size() == 3);
    CHECK(check.questions[1].correctChoice() == 0);

    const auto again = parseCodeJson(serializeCodeDocument(*parsed), QStringLiteral("again.json"));
    REQUIRE(again.ok());
    CHECK(again->content == parsed->content);
}

TEST_CASE("a question with two right answers, or a pass mark of 0, is refused where it is",
          "[exchange][codefile][comprehension]")
{
    json check = json::parse(twoQuestions);
    check["questions"][1]["choices"][2]["correct"] = true;
    CHECK(firstError(QByteArray::fromStdString(withCheck(check).dump()))
          == QStringLiteral("code.json: /comprehension_check/questions/1/choices: needs exactly "
                            "one choice marked right, not 2"));

    check = json::parse(twoQuestions);
    check["pass_mark"] = 0;
    CHECK(firstError(QByteArray::fromStdString(withCheck(check).dump()))
              .startsWith(QStringLiteral("code.json: /comprehension_check/pass_mark: ")));

    check = json::parse(twoQuestions);
    check["questions"][0]["choices"].erase(1);
    CHECK(firstError(QByteArray::fromStdString(withCheck(check).dump()))
              .startsWith(QStringLiteral("code.json: /comprehension_check/questions/0/choices: ")));
}

TEST_CASE("a file's errors quote its keys and values on one line", "[exchange][codefile]")
{
    json document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["code"]["a\nb"] = 1;
    CHECK(firstError(QByteArray::fromStdString(document.dump()))
          == QStringLiteral("code.json: /code: unexpected property \"a\\nb\""));

    // A key given twice is named escaped.
    CHECK(firstError(QByteArray(R"({"format": "tenet.code/1", "x\ty": 1, "x\ty": 2})"))
          == QStringLiteral("code.json: property \"x\\ty\" appears twice"));
    CHECK(firstError(QByteArray(R"({"format": "tenet.code/1", "code": {"a\nb": 1, "a\nb": 2}})"))
          == QStringLiteral("code.json: /code: property \"a\\nb\" appears twice"));
}

TEST_CASE("a text field with an escaped NUL or another control character is refused where it is",
          "[exchange][codefile]")
{
    json document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["sections"][0]["clauses"][0]["title"] = std::string("Hon\0esty", 8);
    CHECK(firstError(QByteArray::fromStdString(document.dump()))
          == QStringLiteral("code.json: /sections/0/clauses/0/title: holds a control character "
                            "(U+0000) at character 4; it must be one line of plain text"));

    document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["code"]["organisation"] = "Atenci\u00f3n\nEjemplo";
    CHECK(firstError(QByteArray::fromStdString(document.dump()))
          == QStringLiteral("code.json: /code/organisation: holds a control character (U+000a) "
                            "at character 9; it must be one line of plain text"));

    // A body may run over several lines and hold tabs, but not a terminal's escape.
    document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["sections"][0]["clauses"][0]["body"] = "Uno\n\n\tdos";
    CHECK(parseCodeJson(QByteArray::fromStdString(document.dump()), QStringLiteral("code.json")));
    document["sections"][0]["clauses"][0]["body"] = "Uno\n\x1b[31mdos";
    CHECK(firstError(QByteArray::fromStdString(document.dump()))
          == QStringLiteral("code.json: /sections/0/clauses/0/body: holds a control character "
                            "(U+001b) at character 5; only line breaks and tabs may stand "
                            "between its words"));
}

TEST_CASE("a text field past its length limit is refused, naming the limit",
          "[exchange][codefile]")
{
    json document = json::parse(readBytes(fixture(QStringLiteral("code-es.json"))).toStdString());
    document["sections"][0]["clauses"][0]["title"] = std::string(201, 'a');
    CHECK(firstError(QByteArray::fromStdString(document.dump()))
          == QStringLiteral("code.json: /sections/0/clauses/0/title: must be at most 200 "
                            "characters long, not 201"));
    document["sections"][0]["clauses"][0]["title"] = std::string(200, 'a');
    document["sections"][0]["clauses"][0]["body"] = std::string(20001, 'b');
    CHECK(firstError(QByteArray::fromStdString(document.dump()))
          == QStringLiteral("code.json: /sections/0/clauses/0/body: must be at most 20000 "
                            "characters long, not 20001"));
    document["sections"][0]["clauses"][0]["body"] = std::string(20000, 'b');
    CHECK(parseCodeJson(QByteArray::fromStdString(document.dump()), QStringLiteral("code.json")));
}
