#pragma once

#include "jsonschema.h"
#include "schemaoutcome.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QString>

namespace tenet::exchange::schema {

// The keywords that judge one value by itself, without looking into it: type, const, enum,
// the string and the number keywords. Each check returns whether to go on.
class SchemaScalarChecks
{
    Q_DECLARE_TR_FUNCTIONS(tenet::exchange::SchemaValidator)

public:
    explicit SchemaScalarChecks(const SchemaValidator::Compiled &compiled)
        : m_compiled(compiled) { }

    bool checkType(const nlohmann::json &schema, const nlohmann::json &instance,
                   SchemaOutcome &outcome) const;
    bool checkValue(const nlohmann::json &schema, const nlohmann::json &instance,
                    SchemaOutcome &outcome) const;
    bool checkString(const nlohmann::json &schema, const nlohmann::json &instance,
                     SchemaOutcome &outcome) const;
    bool checkNumber(const nlohmann::json &schema, const nlohmann::json &instance,
                     SchemaOutcome &outcome) const;
    // Whether a pattern (compiled once by SchemaCompiler) matches anywhere in the text.
    bool matches(const QString &pattern, const QString &text) const;

private:
    const SchemaValidator::Compiled &m_compiled;
};

} // namespace tenet::exchange::schema
