// The shipped schema judged by two independent validators: ours, and python3-jsonschema.

#include "exchange/codefile.h"
#include "exchange/jsonschema.h"

#include "support/tempdir.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace tenet;
using namespace tenet::exchange;
using nlohmann::json;

namespace {

const QString schemaPath = QStringLiteral(TENET_SOURCE_DIR "/schemas/code.schema.json");

QString fixture(const QString &name)
{
    return QStringLiteral(TENET_FIXTURES_DIR) + u'/' + name;
}

json readJson(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    return json::parse(bytes.cbegin(), bytes.cend());
}

// Checks the schema against the draft-07 meta-schema, then prints, as JSON, each file's
// errors (null when the file is not JSON at all).
const char *const pythonJudge = R"(
import json, sys
try:
    import jsonschema
except ImportError:
    sys.exit("python3-jsonschema is not installed")
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
verdicts = {}
for path in sys.argv[2:]:
    try:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
    except ValueError:
        verdicts[path] = None
        continue
    verdicts[path] = ["/" + "/".join(str(p) for p in e.absolute_path) + ": " + e.message
                      for e in validator.iter_errors(document)]
print(json.dumps(verdicts))
)";

// What python3-jsonschema says of each file: its errors, or null for a file that is not JSON.
json pythonVerdicts(const QStringList &files)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        FAIL("python3 is not installed: the shipped schema needs python3 and python3-jsonschema "
             "as an independent judge (scripts/install-deps installs them).");
    }
    QProcess process;
    process.start(python,
                  QStringList {QStringLiteral("-c"), QString::fromUtf8(pythonJudge), schemaPath}
                      + files);
    REQUIRE(process.waitForFinished(60000));
    const QByteArray output = process.readAllStandardOutput();
    INFO("python3 said: " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return json::parse(output.toStdString());
}

QStringList invalidFixtures()
{
    QStringList files;
    const QDir dir(fixture(QStringLiteral("invalid")));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

TEST_CASE("the shipped schema is valid draft-07 by the official meta-schema", "[exchange][schema]")
{
    const auto metaSchema
        = SchemaValidator::fromJson(readJson(fixture(QStringLiteral("json-schema-draft-07.json"))));
    REQUIRE(metaSchema.ok());
    const auto errors = metaSchema->validate(readJson(schemaPath));
    for (const ValidationError &error : errors)
        UNSCOPED_INFO(error.toString().toStdString());
    CHECK(errors.isEmpty());
    // The meta-schema is not blind: a schema with a misspelt type fails it.
    CHECK_FALSE(metaSchema->isValid({{"type", "strnig"}}));
}

TEST_CASE("every property in the shipped schema is documented", "[exchange][schema]")
{
    // The schema's descriptions are the format's documentation.
    const json schema = readJson(schemaPath);
    std::vector<std::string> undocumented;
    const std::function<void(const json &, const std::string &)> visit
        = [&](const json &node, const std::string &where) {
              if (!node.is_object())
                  return;
              if (const auto properties = node.find("properties"); properties != node.end()) {
                  for (const auto &[name, property] : properties->items()) {
                      const bool referenced = property.contains("$ref");
                      if (!property.contains("description") && !referenced)
                          undocumented.push_back(where + "/properties/" + name);
                      visit(property, where + "/properties/" + name);
                  }
              }
              for (const char *keyword : {"definitions", "items"}) {
                  if (const auto it = node.find(keyword); it != node.end() && it->is_object()) {
                      if (std::string(keyword) == "items")
                          visit(*it, where + "/items");
                      else
                          for (const auto &[name, definition] : it->items()) {
                              if (!definition.contains("description"))
                                  undocumented.push_back(where + "/definitions/" + name);
                              visit(definition, where + "/definitions/" + name);
                          }
                  }
              }
          };
    visit(schema, "#");
    for (const std::string &where : undocumented)
        UNSCOPED_INFO(where);
    CHECK(undocumented.empty());
}

TEST_CASE("python3-jsonschema finds the shipped schema, both fixtures and an export valid",
          "[exchange][schema][python]")
{
    test::TempDir dir;
    const QString exported = dir.file(QStringLiteral("exported.json"));
    const auto document = readCodeFile(fixture(QStringLiteral("code-es.json")));
    REQUIRE(document.ok());
    CodeDocument draft = *document;
    draft.version->state = domain::VersionState::Draft;
    draft.version->publishedAt = {};
    draft.version->material.reset();
    draft.version->approvedBy.clear();
    REQUIRE(writeCodeFile(exported, draft).ok());
    // The same with questions to answer before signing.
    const QString withCheck = dir.file(QStringLiteral("with-check.json"));
    draft.content.check = {60,
                           {{u"q1"_s,
                             u"Kas pasirašo kodeksą?"_s,
                             {{u"Visi agentai"_s, true}, {u"Niekas"_s, false}}}}};
    REQUIRE(writeCodeFile(withCheck, draft).ok());

    const QStringList files = {fixture(QStringLiteral("code-es.json")),
                               fixture(QStringLiteral("code-lt.json")), exported, withCheck};
    const json verdicts = pythonVerdicts(files);
    for (const QString &file : files) {
        INFO(file.toStdString() << ": " << verdicts.at(file.toStdString()).dump());
        CHECK(verdicts.at(file.toStdString()) == json::array());
    }
}

TEST_CASE("python3-jsonschema and our validator agree on every fixture",
          "[exchange][schema][python]")
{
    const QStringList files = QStringList {fixture(QStringLiteral("code-es.json")),
                                           fixture(QStringLiteral("code-lt.json"))}
        + invalidFixtures();
    REQUIRE(files.size() > 5);
    const json verdicts = pythonVerdicts(files);
    int judged = 0;
    for (const QString &file : files) {
        const json &verdict = verdicts.at(file.toStdString());
        INFO(file.toStdString() << ": python says " << verdict.dump());
        QFile input(file);
        REQUIRE(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        const json parsed = json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
        CHECK(verdict.is_null() == parsed.is_discarded());
        if (parsed.is_discarded())
            continue;
        const auto ours = codeSchema().validate(parsed);
        CHECK(static_cast<std::size_t>(ours.size()) == verdict.size());
        ++judged;
    }
    CHECK(judged >= 8);
}
