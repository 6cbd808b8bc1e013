#include "jsonschema.h"

#include "schemacompiled.h"
#include "schemacompiler.h"
#include "schemaevaluator.h"
#include "schemapointer.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>

// The facade of the validator: SchemaCompiler builds the Compiled once, SchemaEvaluator
// applies it; both turn nlohmann's exceptions on unexpected values into errors here.
namespace tenet::exchange {

using domain::Error;
using domain::Result;
using nlohmann::json;
using schema::defaultBaseUri;
using schema::Errors;
using schema::Path;
using schema::SchemaCompiler;
using schema::SchemaEvaluator;

namespace {

// The translation context of these messages.
struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(tenet::exchange::SchemaValidator)
};

} // namespace

SchemaValidator::SchemaValidator(std::shared_ptr<const Compiled> compiled)
    : m_compiled(std::move(compiled))
{
}

Result<SchemaValidator> SchemaValidator::fromJson(const json &schema)
{
    return fromJson(schema, {});
}

Result<SchemaValidator> SchemaValidator::fromJson(const json &schema,
                                                  const QMap<QString, json> &documents)
{
    try {
        auto compiled = std::make_shared<Compiled>();
        compiled->documents.push_back(schema);
        for (auto it = documents.cbegin(); it != documents.cend(); ++it)
            compiled->documents.push_back(it.value());

        SchemaCompiler compiler(*compiled);
        compiler.addDocument(compiled->documents.front(), defaultBaseUri(), QStringLiteral("#"));
        auto document = compiled->documents.begin() + 1;
        for (auto it = documents.cbegin(); it != documents.cend(); ++it, ++document)
            compiler.addDocument(*document, it.key(), it.key() + u'#');
        if (const auto status = compiler.compile(); !status)
            return status.error();
        return SchemaValidator(std::move(compiled));
    } catch (const std::exception &e) {
        // nlohmann throws on a value of an unexpected type that the checks above missed.
        return Error::invalid(SchemaText::tr("schema"), QString::fromUtf8(e.what()));
    }
}

QList<ValidationError> SchemaValidator::validate(const json &instance) const
{
    Errors errors;
    try {
        SchemaEvaluator(*m_compiled)
            .evaluate(m_compiled->documents.front(), instance, Path {}, &errors);
    } catch (const std::exception &e) {
        errors.append(
            {QString(),
             SchemaText::tr("the schema could not be applied: %1").arg(QString::fromUtf8(e.what())),
             QString()});
    }
    return errors;
}

bool SchemaValidator::isValid(const json &instance) const
{
    try {
        return SchemaEvaluator(*m_compiled)
            .evaluate(m_compiled->documents.front(), instance, Path {}, nullptr);
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace tenet::exchange
