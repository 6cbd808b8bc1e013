#pragma once

#include "domain/result.h"

#include <nlohmann/json_fwd.hpp>

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

namespace tenet::exchange {

// One way an instance fails its schema.
struct ValidationError
{
    QString pointer; // JSON pointer into the instance; "" is the whole document
    QString message; // "must be one of must, should"
    QString keyword; // the schema keyword that failed: "enum", "required", ...

    // "/code: missing required property \"title\"", or the bare message at the root.
    QString toString() const
    {
        return pointer.isEmpty() ? message : pointer + QStringLiteral(": ") + message;
    }

    friend bool operator==(const ValidationError &, const ValidationError &) = default;
};

// A compiled JSON Schema (draft-07) that checks JSON documents and says, in sentences a
// user can act on, where and why they fail.
//
// Supported: boolean schemas; type, enum, const; properties, required,
// additionalProperties, patternProperties, propertyNames, dependencies, min/maxProperties;
// items (one schema or a tuple), additionalItems, contains, min/maxItems, uniqueItems;
// min/maxLength (in Unicode code points), pattern; minimum, maximum, exclusiveMinimum,
// exclusiveMaximum, multipleOf; allOf, anyOf, oneOf, not, if/then/else; $ref to JSON
// pointers (#, #/definitions/x, #/$defs/x, with ~0 ~1 and %-escapes), to $id-named
// schemas within the document, and to other documents the caller supplies. "format" is
// an annotation and is not asserted, as draft-07 allows.
class SchemaValidator
{
public:
    // Compiles a schema. `documents` holds further schemas by their URI, for $refs that
    // leave this one ("http://example.com/defs.json#/x"). A malformed schema, a pattern
    // that is not a valid regular expression and a $ref that leads nowhere are errors.
    static domain::Result<SchemaValidator> fromJson(const nlohmann::json &schema);
    static domain::Result<SchemaValidator> fromJson(const nlohmann::json &schema,
                                                    const QMap<QString, nlohmann::json> &documents);

    // Every failure found, in the order the schema checks them; empty when the instance
    // is valid. Once an instance has the wrong type, the schema's other checks of that
    // same value are not reported: they would only repeat the one mistake.
    QList<ValidationError> validate(const nlohmann::json &instance) const;
    // Cheaper than validate() when only the answer matters.
    bool isValid(const nlohmann::json &instance) const;

    // What fromJson builds (schemacompiled.h); opaque outside the validator's files.
    struct Compiled;

private:
    explicit SchemaValidator(std::shared_ptr<const Compiled> compiled);

    // Immutable once built, so copies share it and validation is safe from any thread.
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace tenet::exchange
