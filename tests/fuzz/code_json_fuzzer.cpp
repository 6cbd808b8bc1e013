// Fuzzes the reader of tenet.code/1 files (exchange::parseCodeJson): UTF-8 check, JSON
// syntax, duplicate keys, the schema validation the import runs, conversion to the domain
// and the content rules. Anything that parses as JSON is also put to the schema validator
// directly, whatever it holds.
#include "fuzzcheck.h"

#include "domain/contentrules.h"
#include "exchange/codefile.h"
#include "exchange/jsonschema.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

using namespace Qt::StringLiterals;
using namespace tenet;

namespace {

// The two ways of asking the validator must agree: the import uses validate(), other
// callers the cheaper isValid().
void checkSchemaAgreement(const QByteArray &bytes)
{
    const nlohmann::json instance
        = nlohmann::json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
    if (instance.is_discarded())
        return;
    const exchange::SchemaValidator &schema = exchange::codeSchema();
    FUZZ_EXPECT(schema.isValid(instance) == schema.validate(instance).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString label = u"code.json"_s;

    checkSchemaAgreement(bytes);

    QList<domain::Error> allErrors;
    const auto document = exchange::parseCodeJson(bytes, label, &allErrors);
    if (!document) {
        fuzz::expectRefusal(document, allErrors, label);
        return 0;
    }
    FUZZ_EXPECT(allErrors.isEmpty());

    // What is accepted keeps every content rule, the text limits included: no NUL or other
    // control character reaches the database, a handbook or a report.
    FUZZ_EXPECT(domain::checkContentRules(document->content).isEmpty());
    FUZZ_EXPECT(domain::checkCodeText(document->code).isEmpty());

    // What Tenet writes it must read back unchanged: an export that the import refuses, or
    // reads differently, would strand an organisation's code.
    const QByteArray written = exchange::serializeCodeDocument(*document);
    const auto reread = exchange::parseCodeJson(written, label);
    FUZZ_EXPECT(reread);
    FUZZ_EXPECT(reread->code == document->code);
    FUZZ_EXPECT(reread->version == document->version);
    FUZZ_EXPECT(reread->content == document->content);
    FUZZ_EXPECT(exchange::serializeCodeDocument(*reread) == written);
    return 0;
}
