// Runs the official JSON-Schema-Test-Suite (draft-07) against SchemaValidator: every case
// of every keyword file the validator supports, judged by the suite's own verdicts.

#include "exchange/jsonschema.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include <catch2/catch.hpp>

#include <string>

using nlohmann::json;
using tenet::exchange::SchemaValidator;

namespace {

const QString suiteDir = QStringLiteral(TENET_TEST_SUITE_DIR);

QString draft7Dir()
{
    return suiteDir + QStringLiteral("/tests/draft7");
}

json readJson(const QString &path)
{
    QFile file(path);
    INFO("reading " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    return json::parse(bytes.cbegin(), bytes.cend());
}

// The suite's remote schemas are served, in its own runners, at http://localhost:1234/;
// the draft-07 meta-schema is a copy of the official one (json-schema.org is not reached).
const QMap<QString, json> &remotes()
{
    static const QMap<QString, json> documents = [] {
        const QString remotesDir = suiteDir + QStringLiteral("/remotes");
        QMap<QString, json> map;
        QDirIterator it(remotesDir, {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            map.insert(QStringLiteral("http://localhost:1234/")
                           + QDir(remotesDir).relativeFilePath(path),
                       readJson(path));
        }
        map.insert(QStringLiteral("http://json-schema.org/draft-07/schema"),
                   readJson(QStringLiteral(TENET_FIXTURES_DIR)
                            + QStringLiteral("/json-schema-draft-07.json")));
        return map;
    }();
    return documents;
}

void runSuiteFile(const QString &relativePath)
{
    if (!QFileInfo(draft7Dir()).isDir()) {
        FAIL("The JSON-Schema-Test-Suite is not at "
             << suiteDir.toStdString()
             << "; install the Debian package "
                "json-schema-test-suite (scripts/install-deps) "
                "or set TENET_TEST_SUITE_DIR.");
    }
    const json groups = readJson(draft7Dir() + u'/' + relativePath);
    REQUIRE(groups.is_array());
    REQUIRE_FALSE(groups.empty());
    int cases = 0;
    for (const json &group : groups) {
        const std::string groupName = group.at("description").get<std::string>();
        INFO(relativePath.toStdString() << " | " << groupName);
        const auto validator = SchemaValidator::fromJson(group.at("schema"), remotes());
        if (!validator) {
            FAIL_CHECK("the schema was refused: " << validator.error().toString().toStdString());
            continue;
        }
        for (const json &test : group.at("tests")) {
            INFO("test: " << test.at("description").get<std::string>()
                          << " | data: " << test.at("data").dump());
            const bool expected = test.at("valid").get<bool>();
            const auto errors = validator->validate(test.at("data"));
            CHECK(errors.isEmpty() == expected);
            // The fast path (no messages) must give the same answer.
            CHECK(validator->isValid(test.at("data")) == expected);
            if (!expected && !errors.isEmpty()) {
                for (const auto &error : errors)
                    CHECK_FALSE(error.message.isEmpty());
            }
            ++cases;
        }
    }
    CHECK(cases > 0);
}

// Every keyword file of draft 7 the validator is tested with; the test below makes sure
// that none is forgotten when the suite grows.
const QStringList coveredFiles = {
    QStringLiteral("additionalItems.json"),
    QStringLiteral("additionalProperties.json"),
    QStringLiteral("allOf.json"),
    QStringLiteral("anyOf.json"),
    QStringLiteral("boolean_schema.json"),
    QStringLiteral("const.json"),
    QStringLiteral("contains.json"),
    QStringLiteral("default.json"),
    QStringLiteral("definitions.json"),
    QStringLiteral("dependencies.json"),
    QStringLiteral("enum.json"),
    QStringLiteral("exclusiveMaximum.json"),
    QStringLiteral("exclusiveMinimum.json"),
    QStringLiteral("if-then-else.json"),
    QStringLiteral("items.json"),
    QStringLiteral("maxItems.json"),
    QStringLiteral("maxLength.json"),
    QStringLiteral("maxProperties.json"),
    QStringLiteral("maximum.json"),
    QStringLiteral("minItems.json"),
    QStringLiteral("minLength.json"),
    QStringLiteral("minProperties.json"),
    QStringLiteral("minimum.json"),
    QStringLiteral("multipleOf.json"),
    QStringLiteral("not.json"),
    QStringLiteral("oneOf.json"),
    QStringLiteral("pattern.json"),
    QStringLiteral("patternProperties.json"),
    QStringLiteral("properties.json"),
    QStringLiteral("propertyNames.json"),
    QStringLiteral("ref.json"),
    QStringLiteral("refRemote.json"),
    QStringLiteral("required.json"),
    QStringLiteral("type.json"),
    QStringLiteral("uniqueItems.json"),
    QStringLiteral("optional/bignum.json"),
    QStringLiteral("optional/zeroTerminatedFloats.json"),
};

// Whole files left out, each a promise not kept. All of them assert keywords that draft-07
// makes annotations, which this validator does not check: "format" (optional/format/*, and
// optional/ecmascript-regex.json, which tests format "regex"), and "contentEncoding" and
// "contentMediaType" (optional/content.json).
const QStringList skippedFiles = {
    QStringLiteral("optional/content.json"),
    QStringLiteral("optional/ecmascript-regex.json"),
};

} // namespace

#define TENET_SUITE_FILE(file)                                                                     \
    TEST_CASE("the validator gives the official test suite's verdicts for draft7/" file,           \
              "[exchange][schema-test-suite]")                                                     \
    {                                                                                              \
        runSuiteFile(QStringLiteral(file));                                                        \
    }

TENET_SUITE_FILE("additionalItems.json")
TENET_SUITE_FILE("additionalProperties.json")
TENET_SUITE_FILE("allOf.json")
TENET_SUITE_FILE("anyOf.json")
TENET_SUITE_FILE("boolean_schema.json")
TENET_SUITE_FILE("const.json")
TENET_SUITE_FILE("contains.json")
TENET_SUITE_FILE("default.json")
TENET_SUITE_FILE("definitions.json")
TENET_SUITE_FILE("dependencies.json")
TENET_SUITE_FILE("enum.json")
TENET_SUITE_FILE("exclusiveMaximum.json")
TENET_SUITE_FILE("exclusiveMinimum.json")
TENET_SUITE_FILE("if-then-else.json")
TENET_SUITE_FILE("items.json")
TENET_SUITE_FILE("maxItems.json")
TENET_SUITE_FILE("maxLength.json")
TENET_SUITE_FILE("maxProperties.json")
TENET_SUITE_FILE("maximum.json")
TENET_SUITE_FILE("minItems.json")
TENET_SUITE_FILE("minLength.json")
TENET_SUITE_FILE("minProperties.json")
TENET_SUITE_FILE("minimum.json")
TENET_SUITE_FILE("multipleOf.json")
TENET_SUITE_FILE("not.json")
TENET_SUITE_FILE("oneOf.json")
TENET_SUITE_FILE("pattern.json")
TENET_SUITE_FILE("patternProperties.json")
TENET_SUITE_FILE("properties.json")
TENET_SUITE_FILE("propertyNames.json")
TENET_SUITE_FILE("ref.json")
TENET_SUITE_FILE("refRemote.json")
TENET_SUITE_FILE("required.json")
TENET_SUITE_FILE("type.json")
TENET_SUITE_FILE("uniqueItems.json")
TENET_SUITE_FILE("optional/bignum.json")
TENET_SUITE_FILE("optional/zeroTerminatedFloats.json")

TEST_CASE("every draft-07 file of the official test suite is either run or skipped for a "
          "stated reason",
          "[exchange][schema-test-suite]")
{
    REQUIRE(QFileInfo(draft7Dir()).isDir());
    QDirIterator it(draft7Dir(), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString file = QDir(draft7Dir()).relativeFilePath(it.next());
        if (file.startsWith(QStringLiteral("optional/format/")))
            continue; // "format" is not asserted: see skippedFiles
        INFO(file.toStdString());
        CHECK((coveredFiles.contains(file) || skippedFiles.contains(file)));
        ++files;
    }
    CHECK(files == coveredFiles.size() + skippedFiles.size());
}
