#pragma once

#include "jsonschema.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <deque>

namespace tenet::exchange {

// What SchemaCompiler builds and SchemaEvaluator reads: the schema documents with every
// $id, $ref and pattern worked out once.
struct SchemaValidator::Compiled
{
    // Every schema document: [0] is the one being compiled, then those the caller gave.
    // A deque, because validation keeps pointers into them.
    std::deque<nlohmann::json> documents;
    // Schemas by absolute URI: documents, $id-named subschemas, and "#name" anchors.
    QHash<QString, const nlohmann::json *> resources;
    // Where each $ref in the schemas leads.
    QHash<const nlohmann::json *, const nlohmann::json *> refTargets;
    QHash<QString, QRegularExpression> patterns;
};

} // namespace tenet::exchange
