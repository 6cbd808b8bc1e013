#pragma once

#include "jsonschema.h"
#include "schemaoutcome.h"
#include "schemapointer.h"
#include "schemascalarchecks.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tenet::exchange::schema {

// Checks an instance against a compiled schema. With an error list it collects every
// failure; without one it stops at the first.
class SchemaEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(tenet::exchange::SchemaValidator)

public:
    explicit SchemaEvaluator(const SchemaValidator::Compiled &compiled)
        : m_compiled(compiled), m_scalar(compiled)
    {
    }

    // Whether the instance at `path` satisfies the schema; failures go to `errors` when given.
    bool evaluate(const nlohmann::json &schema, const nlohmann::json &instance, const Path &path,
                  Errors *errors);

private:
    static constexpr int maxDepth = 500;

    bool evaluateObject(const nlohmann::json &schema, const nlohmann::json &instance,
                        const Path &path, Errors *errors);
    bool checkObject(const nlohmann::json &schema, const nlohmann::json &instance, const Path &path,
                     SchemaOutcome &outcome);
    bool checkArray(const nlohmann::json &schema, const nlohmann::json &instance, const Path &path,
                    SchemaOutcome &outcome);
    bool checkCombinators(const nlohmann::json &schema, const nlohmann::json &instance,
                          const Path &path, SchemaOutcome &outcome);

    bool reportNoMatch(const nlohmann::json &alternatives, const QList<Errors> &failures,
                       const nlohmann::json &instance, const char *keyword, SchemaOutcome &outcome);

    const SchemaValidator::Compiled &m_compiled;
    SchemaScalarChecks m_scalar;
    int m_depth = 0;
};

} // namespace tenet::exchange::schema
