#include "exchange/jsonschema.h"

#include "support/tempdir.h"

#include <nlohmann/json.hpp>

#include <QStringList>

#include <catch2/catch.hpp>

using nlohmann::json;
using tenet::exchange::SchemaValidator;
using tenet::exchange::ValidationError;

namespace {

SchemaValidator compile(const json &schema)
{
    auto validator = SchemaValidator::fromJson(schema);
    INFO(schema.dump());
    if (!validator)
        FAIL(validator.error().toString().toStdString());
    return validator.value();
}

// Every error as "pointer: message", after checking that the fast path agrees.
QStringList errorsOf(const json &schema, const json &instance)
{
    const SchemaValidator validator = compile(schema);
    const QList<ValidationError> errors = validator.validate(instance);
    CHECK(validator.isValid(instance) == errors.isEmpty());
    QStringList lines;
    for (const ValidationError &error : errors)
        lines.append(error.toString());
    return lines;
}

QString compileError(const json &schema)
{
    const auto validator = SchemaValidator::fromJson(schema);
    REQUIRE_FALSE(validator.ok());
    return validator.error().toString();
}

} // namespace

TEST_CASE("a value of the wrong type is told which type it should have", "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"type", "string"}}, 5)
          == QStringList {QStringLiteral("must be a string, not a number")});
    CHECK(errorsOf({{"type", {"string", "null"}}}, true)
          == QStringList {QStringLiteral("must be a string or null, not true or false")});
    CHECK(errorsOf({{"type", "integer"}}, 1.5)
          == QStringList {QStringLiteral("must be a whole number, not a number")});
    CHECK(errorsOf({{"type", "integer"}}, 2.0).isEmpty());
    CHECK(errorsOf({{"type", "object"}}, json::array())
          == QStringList {QStringLiteral("must be an object, not an array")});
}

TEST_CASE("a wrong type is reported once, without the checks that only repeat it",
          "[exchange][jsonschema]")
{
    const json schema = {{"type", "string"}, {"enum", {"must", "should"}}, {"minLength", 1}};
    CHECK(errorsOf(schema, 3) == QStringList {QStringLiteral("must be a string, not a number")});
}

TEST_CASE("a value outside an enum is told the values it may take", "[exchange][jsonschema]")
{
    const json schema = {{"properties", {{"strength", {{"enum", {"must", "should"}}}}}}};
    CHECK(errorsOf(schema, {{"strength", "may"}})
          == QStringList {QStringLiteral("/strength: must be one of must, should")});
    CHECK(errorsOf({{"enum", {1, "two", nullptr}}}, 3)
          == QStringList {QStringLiteral("must be one of 1, two, null")});
    CHECK(errorsOf({{"const", "tenet.code/1"}}, "tenet.code/2")
          == QStringList {QStringLiteral("must be \"tenet.code/1\"")});
}

TEST_CASE("a missing required property is reported at the object that lacks it",
          "[exchange][jsonschema]")
{
    const json schema = {{"properties", {{"code", {{"required", {"title", "language"}}}}}}};
    CHECK(errorsOf(schema, {{"code", {{"language", "es"}}}})
          == QStringList {QStringLiteral("/code: missing required property \"title\"")});
}

TEST_CASE("a misspelt property is reported as unexpected before the property it misses",
          "[exchange][jsonschema]")
{
    const json schema = {{"type", "object"},
                         {"required", {"strength"}},
                         {"additionalProperties", false},
                         {"properties", {{"strength", {{"type", "string"}}}}}};
    CHECK(errorsOf(schema, {{"strenght", "must"}})
          == QStringList {QStringLiteral("unexpected property \"strenght\""),
                          QStringLiteral("missing required property \"strength\"")});
}

TEST_CASE("string lengths count characters, not bytes", "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"maxLength", 3}}, "ñá¿").isEmpty());
    CHECK(errorsOf({{"maxLength", 2}}, "ąčę")
          == QStringList {QStringLiteral("must be at most 2 characters long, not 3")});
    // One code point beyond the Basic Multilingual Plane: two UTF-16 units, four bytes.
    CHECK(errorsOf({{"minLength", 2}}, "\xF0\x9F\x98\x80")
          == QStringList {QStringLiteral("must be at least 2 characters long, not 1")});
    CHECK(errorsOf({{"minLength", 1}}, "") == QStringList {QStringLiteral("must not be empty")});
}

TEST_CASE("patterns search Unicode text and need not match all of it", "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"pattern", "^[a-zñáéíóú]+$"}}, "año").isEmpty());
    CHECK(errorsOf({{"pattern", "ž"}}, "už").isEmpty());
    CHECK(errorsOf({{"pattern", "ab"}}, "xaby").isEmpty());
    CHECK(errorsOf({{"pattern", "^[a-z]+$"}}, "Año")
          == QStringList {QStringLiteral("must match the pattern ^[a-z]+$")});
}

TEST_CASE("error pointers escape ~ and / in property names", "[exchange][jsonschema]")
{
    const json schema
        = {{"properties", {{"a/b", {{"properties", {{"c~d", {{"type", "string"}}}}}}}}}};
    CHECK(errorsOf(schema, {{"a/b", {{"c~d", 5}}}})
          == QStringList {QStringLiteral("/a~1b/c~0d: must be a string, not a number")});
    CHECK(errorsOf({{"items", {{"type", "integer"}}}}, {1, 2, "3"})
          == QStringList {QStringLiteral("/2: must be a whole number, not a string")});
}

TEST_CASE("$ref reaches definitions, $defs and escaped JSON pointers", "[exchange][jsonschema]")
{
    const json schema
        = {{"definitions", {{"a/b", {{"type", "integer"}}}}},
           {"$defs", {{"with space", {{"type", "string"}}}, {"til~de", {{"minimum", 10}}}}},
           {"properties",
            {{"slash", {{"$ref", "#/definitions/a~1b"}}},
             {"percent", {{"$ref", "#/$defs/with%20space"}}},
             {"tilde", {{"$ref", "#/$defs/til~0de"}}},
             {"tree",
              {{"properties", {{"child", {{"$ref", "#/properties/tree"}}}}},
               {"required", {"leaf"}}}}}}};
    CHECK(errorsOf(schema, {{"slash", 1}, {"percent", "x"}, {"tilde", 11}}).isEmpty());
    CHECK(errorsOf(schema, {{"slash", "1"}, {"percent", 2}, {"tilde", 9}})
          == QStringList {QStringLiteral("/percent: must be a string, not a number"),
                          QStringLiteral("/slash: must be a whole number, not a string"),
                          QStringLiteral("/tilde: must be at least 10")});
    CHECK(errorsOf(schema,
                   {{"tree", {{"leaf", 1}, {"child", {{"child", json::object()}, {"leaf", 2}}}}}})
          == QStringList {QStringLiteral("/tree/child/child: missing required property \"leaf\"")});
}

TEST_CASE("$ref finds schemas by the $id they declare within the document",
          "[exchange][jsonschema]")
{
    const json schema = {{"$id", "http://example.com/root.json"},
                         {"definitions",
                          {{"A", {{"$id", "#count"}, {"type", "integer"}}},
                           {"B",
                            {{"$id", "other.json"},
                             {"definitions", {{"X", {{"$id", "#name"}, {"type", "string"}}}}},
                             {"type", "array"}}}}},
                         {"properties",
                          {{"a", {{"$ref", "#count"}}},
                           {"b", {{"$ref", "other.json#name"}}},
                           {"c", {{"$ref", "http://example.com/other.json"}}}}}};
    CHECK(errorsOf(schema, {{"a", 1}, {"b", "x"}, {"c", json::array()}}).isEmpty());
    CHECK(errorsOf(schema, {{"a", "1"}, {"b", 2}, {"c", 3}}).size() == 3);
}

TEST_CASE("$ref reaches other documents the caller supplies", "[exchange][jsonschema]")
{
    const QMap<QString, json> documents
        = {{QStringLiteral("https://example.com/defs.json"),
            {{"definitions", {{"id", {{"type", "string"}, {"pattern", "^[a-z]+$"}}}}}}}};
    const auto validator = SchemaValidator::fromJson(
        {{"items", {{"$ref", "https://example.com/defs.json#/definitions/id"}}}}, documents);
    REQUIRE(validator.ok());
    CHECK(validator->isValid(json {"abc", "de"}));
    CHECK_FALSE(validator->isValid(json {"abc", "DE"}));
}

TEST_CASE("a schema that cannot work is refused with the reason", "[exchange][jsonschema]")
{
    CHECK(compileError({{"pattern", "(unclosed"}})
              .contains(QStringLiteral("not a valid regular expression")));
    CHECK(compileError({{"patternProperties", {{"[", true}}}})
              .contains(QStringLiteral("#/patternProperties")));
    CHECK(compileError({{"properties", {{"a", {{"$ref", "#/definitions/missing"}}}}}})
              .contains(QStringLiteral("\"#/definitions/missing\" cannot be resolved")));
    CHECK(compileError({{"$ref", "http://example.com/elsewhere.json"}})
              .contains(QStringLiteral("cannot be resolved")));
    CHECK(compileError({{"type", "strin"}})
          == QStringLiteral("schema #/type: unknown type \"strin\""));
    CHECK(compileError({{"minLength", -1}}).contains(QStringLiteral("non-negative")));
    CHECK(compileError({{"allOf", json::array()}}).contains(QStringLiteral("#/allOf")));
    CHECK(compileError(42).contains(QStringLiteral("an object, true or false")));
}

TEST_CASE("a value that matches no alternative gets the errors of the one it came closest to",
          "[exchange][jsonschema]")
{
    const json schema = {{"anyOf",
                          {{{"type", "string"}},
                           {{"type", "object"},
                            {"required", {"n"}},
                            {"properties", {{"n", {{"type", "integer"}}}}}}}}};
    CHECK(errorsOf(schema, {{"n", "x"}})
          == QStringList {QStringLiteral("/n: must be a whole number, not a string")});
    CHECK(errorsOf(schema, 5)
          == QStringList {QStringLiteral("must be a string or an object, not a number")});
    CHECK(errorsOf(schema, "ok").isEmpty());

    const json oneOf = {{"oneOf", {{{"minimum", 0}}, {{"maximum", 10}}}}};
    CHECK(errorsOf(oneOf, 5)
          == QStringList {QStringLiteral(
              "must match exactly one of the allowed forms, but matches both form 1 and form 2")});
    CHECK(errorsOf(oneOf, 20).isEmpty());
}

TEST_CASE("not, if-then-else, dependencies and propertyNames say what they require",
          "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"not", {{"required", {"id"}}}}}, {{"id", 1}})
          == QStringList {QStringLiteral("must not have the property \"id\"")});
    CHECK(errorsOf({{"not", {{"type", "null"}}}}, nullptr)
          == QStringList {QStringLiteral("must not be null")});

    const json conditional = {{"if", {{"properties", {{"final_test", {{"const", true}}}}}}},
                              {"then", {{"required", {"pass_mark"}}}},
                              {"else", {{"not", {{"required", {"pass_mark"}}}}}}};
    CHECK(errorsOf(conditional, {{"final_test", true}})
          == QStringList {QStringLiteral("missing required property \"pass_mark\"")});
    CHECK(errorsOf(conditional, {{"final_test", false}, {"pass_mark", 80}})
          == QStringList {QStringLiteral("must not have the property \"pass_mark\"")});

    CHECK(errorsOf({{"dependencies", {{"alert", {"target"}}}}}, {{"alert", 3}})
          == QStringList {
              QStringLiteral("property \"target\" is required when \"alert\" is present")});
    CHECK(
        errorsOf({{"propertyNames", {{"pattern", "^[a-z_]+$"}}}}, {{"ok", 1}, {"Bad", 2}})
        == QStringList {QStringLiteral("property name \"Bad\" must match the pattern ^[a-z_]+$")});
}

TEST_CASE("array and object sizes and repeated items are reported with their counts",
          "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"minItems", 7}}, {1, 2})
          == QStringList {QStringLiteral("must have at least 7 items, not 2")});
    CHECK(errorsOf({{"maxItems", 1}}, {1, 2})
          == QStringList {QStringLiteral("must have at most 1 item, not 2")});
    CHECK(errorsOf({{"uniqueItems", true}}, {"agent", "manager", "agent"})
          == QStringList {
              QStringLiteral("must not contain the same item twice (items 0 and 2 are equal)")});
    CHECK(errorsOf({{"uniqueItems", true}}, {1, 1.0}).size() == 1);
    CHECK(errorsOf({{"items", {{{"type", "integer"}}}}, {"additionalItems", false}}, {1, 2})
          == QStringList {QStringLiteral("must have at most 1 item, not 2")});
    CHECK(errorsOf({{"contains", {{"const", "x"}}}}, {"a"}).size() == 1);
    CHECK(errorsOf({{"minProperties", 2}}, {{"a", 1}})
          == QStringList {QStringLiteral("must have at least 2 properties, not 1")});
}

TEST_CASE("numbers are compared exactly, and multiples allow for binary fractions",
          "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"maximum", 18446744073709551615ULL}}, 18446744073709551614ULL).isEmpty());
    CHECK(errorsOf({{"minimum", -1}}, 18446744073709551615ULL).isEmpty());
    CHECK(errorsOf({{"exclusiveMinimum", 0}}, 0)
          == QStringList {QStringLiteral("must be greater than 0")});
    CHECK(errorsOf({{"exclusiveMaximum", 100}}, 100.5)
          == QStringList {QStringLiteral("must be less than 100")});
    CHECK(errorsOf({{"maximum", 100}}, 101) == QStringList {QStringLiteral("must be at most 100")});
    CHECK(errorsOf({{"multipleOf", 0.01}}, 19.99).isEmpty());
    CHECK(errorsOf({{"multipleOf", 0.5}}, 1.25)
          == QStringList {QStringLiteral("must be a multiple of 0.5")});
    CHECK(errorsOf({{"multipleOf", 3}}, -9).isEmpty());
}

TEST_CASE("format is an annotation and never fails a value", "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"type", "string"}, {"format", "date-time"}}, "yesterday").isEmpty());
}

TEST_CASE("a false schema names an unexpected property, and elsewhere allows nothing",
          "[exchange][jsonschema]")
{
    CHECK(errorsOf({{"additionalProperties", false}}, {{"x", 1}})
          == QStringList {QStringLiteral("unexpected property \"x\"")});
    CHECK(errorsOf({{"properties", {{"x", false}}}}, {{"x", 1}})
          == QStringList {QStringLiteral("/x: no value is allowed here")});
    CHECK(errorsOf(false, 1) == QStringList {QStringLiteral("no value is allowed here")});
    CHECK(errorsOf(true, 1).isEmpty());
}

TEST_CASE("a $ref cycle that consumes nothing fails instead of recursing for ever",
          "[exchange][jsonschema]")
{
    const json schema
        = {{"definitions",
            {{"a", {{"$ref", "#/definitions/b"}}}, {"b", {{"$ref", "#/definitions/a"}}}}},
           {"$ref", "#/definitions/a"}};
    const QStringList errors = errorsOf(schema, 1);
    REQUIRE(errors.size() == 1);
    CHECK(errors.constFirst().contains(QStringLiteral("refers to itself")));
}

TEST_CASE("every failure of a document is collected, in the order the schema checks them",
          "[exchange][jsonschema]")
{
    const json schema
        = {{"type", "object"},
           {"required", {"a", "b"}},
           {"properties", {{"c", {{"type", "array"}, {"items", {{"type", "string"}}}}}}}};
    CHECK(errorsOf(schema, {{"c", {"x", 1, 2}}})
          == QStringList {QStringLiteral("/c/1: must be a string, not a number"),
                          QStringLiteral("/c/2: must be a string, not a number"),
                          QStringLiteral("missing required property \"a\""),
                          QStringLiteral("missing required property \"b\"")});
}

TEST_CASE("a validator can be copied and used after its schema is gone", "[exchange][jsonschema]")
{
    std::optional<SchemaValidator> copy;
    {
        const json schema = {{"properties", {{"n", {{"$ref", "#/definitions/n"}}}}},
                             {"definitions", {{"n", {{"type", "integer"}}}}}};
        copy = compile(schema);
    }
    CHECK(copy->isValid({{"n", 1}}));
    CHECK_FALSE(copy->isValid({{"n", "1"}}));
}
