#pragma once

#include "jsonschema.h"

#include "domain/result.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <deque>

namespace tenet::exchange::schema {

// Builds a Compiled from schema documents: checks every keyword it knows, compiles every
// pattern, indexes every $id, and resolves every $ref once and for all (in draft-07 a
// $ref's target depends only on where it is written).
class SchemaCompiler
{
    Q_DECLARE_TR_FUNCTIONS(tenet::exchange::SchemaValidator)

public:
    explicit SchemaCompiler(SchemaValidator::Compiled &compiled) : m_compiled(compiled) { }

    // Indexes a document by its URI and its $ids, before any $ref is resolved.
    void addDocument(const nlohmann::json &document, const QString &uri, const QString &label);

    // Checks, indexes and resolves everything added; the first problem found is the error.
    domain::Status compile();

private:
    struct Pending
    {
        const nlohmann::json *schema;
        QString base;
        QString label;
    };

    struct RefSite
    {
        const nlohmann::json *schema;
        QString base;
        QString label;
    };

    static domain::Error schemaError(const QString &label, const QString &message);
    domain::Status walk(const nlohmann::json &schema, QString base, const QString &label);
    domain::Status walkSubschemas(const nlohmann::json &schema, const QString &base,
                                  const QString &label);

    domain::Status checkKeywords(const nlohmann::json &schema, const QString &label);
    domain::Status addPattern(const QString &pattern, const QString &label);
    domain::Status resolve(const RefSite &site);

    SchemaValidator::Compiled &m_compiled;
    QSet<const nlohmann::json *> m_visited;
    std::deque<Pending> m_pending;
    std::deque<RefSite> m_refs;
};

} // namespace tenet::exchange::schema
