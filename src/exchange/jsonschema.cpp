#include "jsonschema.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <vector>

namespace tenet::exchange {

using domain::Error;
using domain::Result;
using nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tenet::exchange::SchemaValidator", text);
}

QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}

// Where relative $ids and $refs resolve when the schema names no base of its own.
const QString defaultBaseUri = QStringLiteral("tenet:/schema.json");

QString escapePointerToken(QString token)
{
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

QString unescapePointerToken(QString token)
{
    token.replace(QStringLiteral("~1"), QStringLiteral("/"));
    token.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return token;
}

// The URI a document or an $id names, without its fragment: the key resources are kept by.
QString resourceKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QUrl resolveUri(const QString &base, const QString &reference)
{
    return QUrl(base).resolved(QUrl(reference));
}

// The JSON Schema spelling of the type of a value ("integer" is never returned: a whole
// number is still a number).
QString typeOf(const json &value)
{
    switch (value.type()) {
    case json::value_t::null:
        return QStringLiteral("null");
    case json::value_t::boolean:
        return QStringLiteral("boolean");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return QStringLiteral("number");
    case json::value_t::string:
        return QStringLiteral("string");
    case json::value_t::array:
        return QStringLiteral("array");
    case json::value_t::object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("unknown");
    }
}

bool isWholeNumber(const json &value)
{
    if (value.is_number_integer())
        return true;
    if (!value.is_number_float())
        return false;
    const double number = value.get<double>();
    return std::isfinite(number) && std::trunc(number) == number;
}

bool hasType(const json &value, const QString &type)
{
    if (type == QStringLiteral("integer"))
        return isWholeNumber(value);
    return typeOf(value) == type;
}

// "a string", "an object", for messages.
QString typePhrase(const QString &type)
{
    if (type == QStringLiteral("null"))
        return type;
    if (type == QStringLiteral("integer"))
        return tr("a whole number");
    if (type == QStringLiteral("object") || type == QStringLiteral("array"))
        return QStringLiteral("an ") + type;
    if (type == QStringLiteral("boolean"))
        return tr("true or false");
    return QStringLiteral("a ") + type;
}

QString joinAlternatives(const QStringList &phrases)
{
    if (phrases.size() <= 1)
        return phrases.value(0);
    return QStringList(phrases.mid(0, phrases.size() - 1)).join(QStringLiteral(", ")) + tr(" or ")
        + phrases.constLast();
}

// A value as a message shows it: strings bare in lists, everything else as JSON.
QString shortJson(const json &value)
{
    QString text = qstr(value.dump(-1, ' ', false, json::error_handler_t::replace));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

QString listValue(const json &value)
{
    return value.is_string() ? qstr(value.get<std::string>()) : shortJson(value);
}

// "1 item", "7 items": limits in messages are whole numbers, checked at compile time.
QString counted(double n, const char *one, const char *many)
{
    const auto whole = static_cast<qint64>(n);
    return QString::number(whole) + u' ' + tr(whole == 1 ? one : many);
}

qsizetype codePointCount(const std::string &text)
{
    // UTF-8 continuation bytes are 10xxxxxx; every other byte starts a code point.
    return std::count_if(text.begin(), text.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// -1, 0 or 1; exact for any pair of 64-bit integers, by double otherwise.
int compareNumbers(const json &a, const json &b)
{
    if (a.is_number_integer() && b.is_number_integer()) {
        const bool aNegative = !a.is_number_unsigned() && a.get<std::int64_t>() < 0;
        const bool bNegative = !b.is_number_unsigned() && b.get<std::int64_t>() < 0;
        if (aNegative != bNegative)
            return aNegative ? -1 : 1;
        if (aNegative) {
            const auto x = a.get<std::int64_t>();
            const auto y = b.get<std::int64_t>();
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        const auto x = a.get<std::uint64_t>();
        const auto y = b.get<std::uint64_t>();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const double x = a.get<double>();
    const double y = b.get<double>();
    return x < y ? -1 : (x > y ? 1 : 0);
}

bool isMultipleOf(const json &value, const json &divisor)
{
    if (value.is_number_integer() && divisor.is_number_integer()) {
        const auto magnitude = [](const json &n) -> std::uint64_t {
            if (n.is_number_unsigned())
                return n.get<std::uint64_t>();
            const std::int64_t signedValue = n.get<std::int64_t>();
            // Negating in unsigned arithmetic keeps INT64_MIN exact.
            return signedValue < 0 ? 0 - static_cast<std::uint64_t>(signedValue)
                                   : static_cast<std::uint64_t>(signedValue);
        };
        const std::uint64_t d = magnitude(divisor);
        return d != 0 && magnitude(value) % d == 0;
    }
    const double quotient = value.get<double>() / divisor.get<double>();
    if (!std::isfinite(quotient))
        return false;
    // Decimal fractions are inexact in binary (0.0075 / 0.0001 is 74.99999999999999).
    return std::fabs(quotient - std::round(quotient)) < 1e-9;
}

// A position in the instance, kept as a chain on the stack so that a JSON pointer string
// is only built when an error needs one.
struct Path
{
    const Path *parent = nullptr;
    const std::string *key = nullptr; // null: an array index
    std::size_t index = 0;

    QString pointer() const
    {
        std::vector<const Path *> chain;
        for (const Path *p = this; p->parent; p = p->parent)
            chain.push_back(p);
        QString result;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            result += u'/';
            result += (*it)->key ? escapePointerToken(qstr(*(*it)->key))
                                 : QString::number((*it)->index);
        }
        return result;
    }

    int depth() const
    {
        int n = 0;
        for (const Path *p = this; p->parent; p = p->parent)
            ++n;
        return n;
    }
};

using Errors = QList<ValidationError>;

} // namespace

struct SchemaValidator::Compiled
{
    // Every schema document: [0] is the one being compiled, then those the caller gave.
    // A deque, because validation keeps pointers into them.
    std::deque<json> documents;
    // Schemas by absolute URI: documents, $id-named subschemas, and "#name" anchors.
    QHash<QString, const json *> resources;
    // Where each $ref in the schemas leads.
    QHash<const json *, const json *> refTargets;
    QHash<QString, QRegularExpression> patterns;
};

namespace {

using Compiled = SchemaValidator::Compiled;

// Builds a Compiled from schema documents: checks every keyword it knows, compiles every
// pattern, indexes every $id, and resolves every $ref once and for all (in draft-07 a
// $ref's target depends only on where it is written).
class SchemaCompiler
{
public:
    explicit SchemaCompiler(Compiled &compiled) : m_compiled(compiled) { }

    // Indexes a document by its URI and its $ids, before any $ref is resolved.
    void addDocument(const json &document, const QString &uri, const QString &label)
    {
        const QString key = resourceKey(QUrl(uri));
        if (!m_compiled.resources.contains(key))
            m_compiled.resources.insert(key, &document);
        m_pending.push_back({&document, key, label});
    }

    domain::Status compile()
    {
        while (!m_pending.empty() || !m_refs.empty()) {
            while (!m_pending.empty()) {
                const Pending next = m_pending.front();
                m_pending.pop_front();
                if (const auto status = walk(*next.schema, next.base, next.label); !status)
                    return status;
            }
            // Resolving may reach schemas that the walk did not (a $ref into any corner
            // of a document), which are walked in turn.
            while (!m_refs.empty()) {
                const RefSite site = m_refs.front();
                m_refs.pop_front();
                if (const auto status = resolve(site); !status)
                    return status;
            }
        }
        return {};
    }

private:
    struct Pending
    {
        const json *schema;
        QString base;
        QString label;
    };

    struct RefSite
    {
        const json *schema;
        QString base;
        QString label;
    };

    static Error schemaError(const QString &label, const QString &message)
    {
        return Error::invalid(tr("schema %1").arg(label), message);
    }

    domain::Status walk(const json &schema, QString base, const QString &label)
    {
        if (schema.is_boolean())
            return {};
        if (!schema.is_object())
            return schemaError(label, tr("a schema must be an object, true or false"));
        if (m_visited.contains(&schema))
            return {};
        m_visited.insert(&schema);

        const auto ref = schema.find("$ref");
        if (ref != schema.end()) {
            if (!ref->is_string())
                return schemaError(label + QStringLiteral("/$ref"), tr("$ref must be a string"));
            m_refs.push_back({&schema, base, label});
        } else if (const auto id = schema.find("$id"); id != schema.end() && id->is_string()) {
            // A $id beside a $ref is ignored with every other sibling of $ref.
            const QUrl uri = resolveUri(base, qstr(id->get<std::string>()));
            if (!uri.isValid())
                return schemaError(label + QStringLiteral("/$id"), tr("$id is not a valid URI"));
            if (uri.hasFragment() && !uri.fragment().isEmpty()) {
                m_compiled.resources.insert(uri.toString(QUrl::FullyEncoded), &schema);
            }
            if (!qstr(id->get<std::string>()).startsWith(u'#')) {
                base = resourceKey(uri);
                if (!m_compiled.resources.contains(base))
                    m_compiled.resources.insert(base, &schema);
            }
        }

        if (const auto status = checkKeywords(schema, label); !status)
            return status;
        return walkSubschemas(schema, base, label);
    }

    domain::Status walkSubschemas(const json &schema, const QString &base, const QString &label)
    {
        const auto sub = [&](const json &child, const QString &childLabel) {
            return walk(child, base, childLabel);
        };
        for (const char *keyword : {"additionalItems", "additionalProperties", "contains",
                                    "propertyNames", "if", "then", "else", "not"}) {
            if (const auto it = schema.find(keyword); it != schema.end()) {
                if (const auto status = sub(*it, label + u'/' + QLatin1StringView(keyword));
                    !status)
                    return status;
            }
        }
        for (const char *keyword : {"properties", "patternProperties", "definitions", "$defs"}) {
            const auto it = schema.find(keyword);
            if (it == schema.end())
                continue;
            if (!it->is_object())
                return schemaError(label + u'/' + QLatin1StringView(keyword),
                                   tr("must be an object of schemas"));
            for (const auto &[name, child] : it->items()) {
                const QString childLabel = label + u'/' + QLatin1StringView(keyword) + u'/'
                    + escapePointerToken(qstr(name));
                if (const auto status = sub(child, childLabel); !status)
                    return status;
            }
        }
        for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
            const auto it = schema.find(keyword);
            if (it == schema.end())
                continue;
            if (!it->is_array() || it->empty())
                return schemaError(label + u'/' + QLatin1StringView(keyword),
                                   tr("must be a non-empty array of schemas"));
            for (std::size_t i = 0; i < it->size(); ++i) {
                const QString childLabel
                    = label + u'/' + QLatin1StringView(keyword) + u'/' + QString::number(i);
                if (const auto status = sub((*it)[i], childLabel); !status)
                    return status;
            }
        }
        if (const auto items = schema.find("items"); items != schema.end()) {
            if (items->is_array()) {
                for (std::size_t i = 0; i < items->size(); ++i) {
                    if (const auto status
                        = sub((*items)[i], label + QStringLiteral("/items/") + QString::number(i));
                        !status)
                        return status;
                }
            } else if (const auto status = sub(*items, label + QStringLiteral("/items")); !status) {
                return status;
            }
        }
        if (const auto dependencies = schema.find("dependencies"); dependencies != schema.end()) {
            if (!dependencies->is_object())
                return schemaError(label + QStringLiteral("/dependencies"),
                                   tr("must be an object"));
            for (const auto &[name, dependency] : dependencies->items()) {
                const QString childLabel
                    = label + QStringLiteral("/dependencies/") + escapePointerToken(qstr(name));
                if (dependency.is_array()) {
                    for (const json &property : dependency) {
                        if (!property.is_string())
                            return schemaError(childLabel, tr("must list property names"));
                    }
                } else if (const auto status = sub(dependency, childLabel); !status) {
                    return status;
                }
            }
        }
        return {};
    }

    domain::Status checkKeywords(const json &schema, const QString &label)
    {
        const auto where = [&](const char *keyword) {
            return label + u'/' + QLatin1StringView(keyword);
        };
        if (const auto type = schema.find("type"); type != schema.end()) {
            static const QStringList known
                = {QStringLiteral("null"),  QStringLiteral("boolean"), QStringLiteral("object"),
                   QStringLiteral("array"), QStringLiteral("number"),  QStringLiteral("integer"),
                   QStringLiteral("string")};
            const json names = type->is_array() ? *type : json::array({*type});
            for (const json &name : names) {
                if (!name.is_string() || !known.contains(qstr(name.get<std::string>())))
                    return schemaError(where("type"), tr("unknown type %1").arg(shortJson(name)));
            }
        }
        for (const char *keyword :
             {"maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties"}) {
            const auto it = schema.find(keyword);
            if (it != schema.end() && !(isWholeNumber(*it) && it->get<double>() >= 0))
                return schemaError(where(keyword), tr("must be a non-negative whole number"));
        }
        for (const char *keyword : {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}) {
            const auto it = schema.find(keyword);
            if (it != schema.end() && !it->is_number())
                return schemaError(where(keyword), tr("must be a number"));
        }
        if (const auto it = schema.find("multipleOf");
            it != schema.end() && !(it->is_number() && it->get<double>() > 0))
            return schemaError(where("multipleOf"), tr("must be a number greater than 0"));
        if (const auto it = schema.find("enum"); it != schema.end() && !it->is_array())
            return schemaError(where("enum"), tr("must be an array"));
        if (const auto it = schema.find("uniqueItems"); it != schema.end() && !it->is_boolean())
            return schemaError(where("uniqueItems"), tr("must be true or false"));
        if (const auto it = schema.find("required"); it != schema.end()) {
            if (!it->is_array() || !std::all_of(it->begin(), it->end(), [](const json &n) {
                    return n.is_string();
                }))
                return schemaError(where("required"), tr("must be an array of property names"));
        }
        if (const auto it = schema.find("pattern"); it != schema.end()) {
            if (!it->is_string())
                return schemaError(where("pattern"), tr("must be a string"));
            if (const auto status = addPattern(qstr(it->get<std::string>()), where("pattern"));
                !status)
                return status;
        }
        if (const auto it = schema.find("patternProperties");
            it != schema.end() && it->is_object()) {
            for (const auto &[pattern, child] : it->items()) {
                Q_UNUSED(child);
                if (const auto status = addPattern(qstr(pattern), where("patternProperties"));
                    !status)
                    return status;
            }
        }
        return {};
    }

    domain::Status addPattern(const QString &pattern, const QString &label)
    {
        if (m_compiled.patterns.contains(pattern))
            return {};
        // ECMA-262 (without the u flag) gives \d, \w and \s their ASCII meanings, which is
        // also what PCRE2 does without Unicode properties.
        QRegularExpression regex(pattern);
        if (!regex.isValid()) {
            return schemaError(label,
                               tr("\"%1\" is not a valid regular expression: %2")
                                   .arg(pattern, regex.errorString()));
        }
        regex.optimize();
        m_compiled.patterns.insert(pattern, regex);
        return {};
    }

    domain::Status resolve(const RefSite &site)
    {
        const QString reference = qstr(site.schema->at("$ref").get<std::string>());
        const auto fail = [&](const QString &why) {
            return schemaError(site.label + QStringLiteral("/$ref"),
                               tr("\"%1\" cannot be resolved: %2").arg(reference, why));
        };
        const qsizetype hash = reference.indexOf(u'#');
        const QString documentPart = hash < 0 ? reference : reference.left(hash);
        const QString fragment
            = hash < 0 ? QString() : QUrl::fromPercentEncoding(reference.mid(hash + 1).toUtf8());
        const QString documentUri = resourceKey(
            documentPart.isEmpty() ? QUrl(site.base) : resolveUri(site.base, documentPart));

        const json *target = nullptr;
        QString targetBase = documentUri;
        QString targetLabel = documentUri;
        if (!fragment.isEmpty() && !fragment.startsWith(u'/')) {
            // A location-independent name, given by an "$id": "#name".
            target = m_compiled.resources.value(documentUri + u'#' + fragment);
            if (!target)
                return fail(tr("no schema has the $id \"#%1\"").arg(fragment));
        } else {
            const json *document = m_compiled.resources.value(documentUri);
            if (!document)
                return fail(tr("the schema %1 is not known").arg(documentUri));
            target = document;
            const QStringList tokens = fragment.split(u'/');
            for (qsizetype i = 1; i < tokens.size(); ++i) {
                const QString token = unescapePointerToken(tokens.at(i));
                const json *next = nullptr;
                if (target->is_object()) {
                    const auto it = target->find(token.toStdString());
                    if (it != target->end())
                        next = &*it;
                } else if (target->is_array()) {
                    bool isIndex = false;
                    const uint index = token.toUInt(&isIndex);
                    if (isIndex && index < target->size())
                        next = &(*target)[index];
                }
                if (!next)
                    return fail(tr("there is nothing at \"#%1\"").arg(fragment));
                // Walking down through a schema with an $id moves the base with it.
                if (target->is_object() && !target->contains("$ref")) {
                    if (const auto id = target->find("$id"); id != target->end() && id->is_string()
                        && !id->get<std::string>().starts_with('#'))
                        targetBase
                            = resourceKey(resolveUri(targetBase, qstr(id->get<std::string>())));
                }
                target = next;
            }
            targetLabel = documentUri + u'#' + fragment;
        }
        if (!target->is_object() && !target->is_boolean())
            return fail(tr("it does not lead to a schema"));
        m_compiled.refTargets.insert(site.schema, target);
        if (!m_visited.contains(target))
            m_pending.push_back({target, targetBase, targetLabel});
        return {};
    }

    Compiled &m_compiled;
    QSet<const json *> m_visited;
    std::deque<Pending> m_pending;
    std::deque<RefSite> m_refs;
};

// Checks an instance against a compiled schema. With an error list it collects every
// failure; without one it stops at the first.
class Evaluator
{
public:
    explicit Evaluator(const Compiled &compiled) : m_compiled(compiled) { }

    bool evaluate(const json &schema, const json &instance, const Path &path, Errors *errors)
    {
        if (schema.is_boolean()) {
            if (schema.get<bool>())
                return true;
            if (errors)
                errors->append(
                    {path.pointer(), tr("no value is allowed here"), QStringLiteral("false")});
            return false;
        }
        // Only a $ref cycle that consumes no instance, or an absurdly deep document, gets
        // this deep; either way the stack is spared.
        if (m_depth > maxDepth) {
            if (errors) {
                errors->append({path.pointer(), tr("the schema refers to itself without end"),
                                QStringLiteral("$ref")});
            }
            return false;
        }
        ++m_depth;
        const bool valid = evaluateObject(schema, instance, path, errors);
        --m_depth;
        return valid;
    }

private:
    static constexpr int maxDepth = 500;

    // The verdict of one schema on one value. When nobody collects the errors, the first
    // failure settles it and the checks stop.
    struct Outcome
    {
        Errors *errors;
        const Path &path;
        bool valid = true;

        // Returns whether to go on.
        bool fail(const char *keyword, const QString &message)
        {
            valid = false;
            if (!errors)
                return false;
            errors->append({path.pointer(), message, QLatin1StringView(keyword).toString()});
            return true;
        }
        bool merge(bool subValid)
        {
            if (!subValid)
                valid = false;
            return subValid || errors != nullptr;
        }
    };

    bool evaluateObject(const json &schema, const json &instance, const Path &path, Errors *errors)
    {
        if (schema.contains("$ref")) {
            const json *target = m_compiled.refTargets.value(&schema);
            if (!target) {
                // The compiler resolves every $ref it reaches, so this cannot happen.
                if (errors)
                    errors->append({path.pointer(), tr("unresolved $ref"), QStringLiteral("$ref")});
                return false;
            }
            return evaluate(*target, instance, path, errors);
        }

        Outcome outcome {errors, path};
        if (!checkType(schema, instance, outcome))
            return outcome.valid;
        // A wrong type makes every other check of this value noise.
        if (!outcome.valid)
            return false;
        if (!checkValue(schema, instance, outcome))
            return false;
        if (instance.is_string() && !checkString(schema, instance, outcome))
            return false;
        if (instance.is_number() && !checkNumber(schema, instance, outcome))
            return false;
        if (instance.is_object() && !checkObject(schema, instance, path, outcome))
            return false;
        if (instance.is_array() && !checkArray(schema, instance, path, outcome))
            return false;
        if (!checkCombinators(schema, instance, path, outcome))
            return false;
        return outcome.valid;
    }

    bool checkType(const json &schema, const json &instance, Outcome &outcome)
    {
        const auto type = schema.find("type");
        if (type == schema.end())
            return true;
        const json names = type->is_array() ? *type : json::array({*type});
        QStringList phrases;
        for (const json &name : names) {
            const QString typeName = qstr(name.get<std::string>());
            if (hasType(instance, typeName))
                return true;
            phrases.append(typePhrase(typeName));
        }
        return outcome.fail(
            "type",
            tr("must be %1, not %2").arg(joinAlternatives(phrases), typePhrase(typeOf(instance))));
    }

    bool checkValue(const json &schema, const json &instance, Outcome &outcome)
    {
        if (const auto allowed = schema.find("const"); allowed != schema.end()) {
            if (instance != *allowed
                && !outcome.fail("const", tr("must be %1").arg(shortJson(*allowed))))
                return false;
        }
        if (const auto allowed = schema.find("enum"); allowed != schema.end()) {
            if (std::find(allowed->begin(), allowed->end(), instance) == allowed->end()) {
                QStringList names;
                for (const json &value : *allowed)
                    names.append(listValue(value));
                const QString message = names.size() == 1
                    ? tr("must be %1").arg(names.constFirst())
                    : tr("must be one of %1").arg(names.join(QStringLiteral(", ")));
                if (!outcome.fail("enum", message))
                    return false;
            }
        }
        return true;
    }

    bool checkString(const json &schema, const json &instance, Outcome &outcome)
    {
        const std::string &text = instance.get_ref<const std::string &>();
        const auto minLength = schema.find("minLength");
        const auto maxLength = schema.find("maxLength");
        if (minLength != schema.end() || maxLength != schema.end()) {
            const qsizetype length = codePointCount(text);
            if (minLength != schema.end() && length < minLength->get<double>()) {
                const QString message = minLength->get<double>() == 1
                    ? tr("must not be empty")
                    : tr("must be at least %1 long, not %2")
                          .arg(counted(minLength->get<double>(), "character", "characters"))
                          .arg(length);
                if (!outcome.fail("minLength", message))
                    return false;
            }
            if (maxLength != schema.end() && length > maxLength->get<double>()) {
                if (!outcome.fail(
                        "maxLength",
                        tr("must be at most %1 long, not %2")
                            .arg(counted(maxLength->get<double>(), "character", "characters"))
                            .arg(length)))
                    return false;
            }
        }
        if (const auto pattern = schema.find("pattern"); pattern != schema.end()) {
            const QString expression = qstr(pattern->get<std::string>());
            if (!matches(expression, qstr(text))) {
                if (!outcome.fail("pattern", tr("must match the pattern %1").arg(expression)))
                    return false;
            }
        }
        return true;
    }

    bool checkNumber(const json &schema, const json &instance, Outcome &outcome)
    {
        struct Bound
        {
            const char *keyword;
            bool (*holds)(int comparison);
            const char *message;
        };
        static const Bound bounds[] = {
            {"minimum", [](int c) { return c >= 0; },
             QT_TRANSLATE_NOOP("tenet::exchange::SchemaValidator", "must be at least %1")},
            {"maximum", [](int c) { return c <= 0; },
             QT_TRANSLATE_NOOP("tenet::exchange::SchemaValidator", "must be at most %1")},
            {"exclusiveMinimum", [](int c) { return c > 0; },
             QT_TRANSLATE_NOOP("tenet::exchange::SchemaValidator", "must be greater than %1")},
            {"exclusiveMaximum", [](int c) { return c < 0; },
             QT_TRANSLATE_NOOP("tenet::exchange::SchemaValidator", "must be less than %1")},
        };
        for (const Bound &bound : bounds) {
            const auto limit = schema.find(bound.keyword);
            if (limit == schema.end() || bound.holds(compareNumbers(instance, *limit)))
                continue;
            if (!outcome.fail(bound.keyword, tr(bound.message).arg(shortJson(*limit))))
                return false;
        }
        if (const auto divisor = schema.find("multipleOf");
            divisor != schema.end() && !isMultipleOf(instance, *divisor)) {
            if (!outcome.fail("multipleOf",
                              tr("must be a multiple of %1").arg(shortJson(*divisor))))
                return false;
        }
        return true;
    }

    bool checkObject(const json &schema, const json &instance, const Path &path, Outcome &outcome)
    {
        const auto properties = schema.find("properties");
        const auto patternProperties = schema.find("patternProperties");
        const auto additional = schema.find("additionalProperties");
        for (const auto &[name, value] : instance.items()) {
            const Path child {&path, &name, 0};
            bool known = false;
            if (properties != schema.end()) {
                if (const auto sub = properties->find(name); sub != properties->end()) {
                    known = true;
                    if (!outcome.merge(evaluate(*sub, value, child, outcome.errors)))
                        return false;
                }
            }
            if (patternProperties != schema.end()) {
                const QString qname = qstr(name);
                for (const auto &[pattern, sub] : patternProperties->items()) {
                    if (!matches(qstr(pattern), qname))
                        continue;
                    known = true;
                    if (!outcome.merge(evaluate(sub, value, child, outcome.errors)))
                        return false;
                }
            }
            if (known || additional == schema.end())
                continue;
            if (additional->is_boolean() && !additional->get<bool>()) {
                if (!outcome.fail("additionalProperties",
                                  tr("unexpected property \"%1\"").arg(qstr(name))))
                    return false;
            } else if (!outcome.merge(evaluate(*additional, value, child, outcome.errors))) {
                return false;
            }
        }
        // After the unexpected properties: a misspelt name is both, and the misspelling
        // is what the reader needs to see first.
        if (const auto required = schema.find("required"); required != schema.end()) {
            for (const json &name : *required) {
                if (instance.contains(name.get_ref<const std::string &>()))
                    continue;
                if (!outcome.fail(
                        "required",
                        tr("missing required property \"%1\"").arg(qstr(name.get<std::string>()))))
                    return false;
            }
        }
        if (const auto dependencies = schema.find("dependencies"); dependencies != schema.end()) {
            for (const auto &[name, dependency] : dependencies->items()) {
                if (!instance.contains(name))
                    continue;
                if (dependency.is_array()) {
                    for (const json &needed : dependency) {
                        if (instance.contains(needed.get_ref<const std::string &>()))
                            continue;
                        if (!outcome.fail("dependencies",
                                          tr("property \"%1\" is required when \"%2\" is present")
                                              .arg(qstr(needed.get<std::string>()), qstr(name))))
                            return false;
                    }
                } else if (!outcome.merge(evaluate(dependency, instance, path, outcome.errors))) {
                    return false;
                }
            }
        }
        if (const auto names = schema.find("propertyNames"); names != schema.end()) {
            for (const auto &[name, value] : instance.items()) {
                Q_UNUSED(value);
                Errors nameErrors;
                if (evaluate(*names, json(name), path, outcome.errors ? &nameErrors : nullptr))
                    continue;
                outcome.valid = false;
                if (!outcome.errors)
                    return false;
                for (const ValidationError &error : std::as_const(nameErrors)) {
                    outcome.errors->append(
                        {path.pointer(),
                         tr("property name \"%1\" %2").arg(qstr(name), error.message),
                         QStringLiteral("propertyNames")});
                }
            }
        }
        const auto count = static_cast<double>(instance.size());
        if (const auto minimum = schema.find("minProperties");
            minimum != schema.end() && count < minimum->get<double>()) {
            if (!outcome.fail("minProperties",
                              tr("must have at least %1, not %2")
                                  .arg(counted(minimum->get<double>(), "property", "properties"))
                                  .arg(instance.size())))
                return false;
        }
        if (const auto maximum = schema.find("maxProperties");
            maximum != schema.end() && count > maximum->get<double>()) {
            if (!outcome.fail("maxProperties",
                              tr("must have at most %1, not %2")
                                  .arg(counted(maximum->get<double>(), "property", "properties"))
                                  .arg(instance.size())))
                return false;
        }
        return true;
    }

    bool checkArray(const json &schema, const json &instance, const Path &path, Outcome &outcome)
    {
        const std::size_t size = instance.size();
        if (const auto minimum = schema.find("minItems");
            minimum != schema.end() && static_cast<double>(size) < minimum->get<double>()) {
            if (!outcome.fail("minItems",
                              tr("must have at least %1, not %2")
                                  .arg(counted(minimum->get<double>(), "item", "items"))
                                  .arg(size)))
                return false;
        }
        if (const auto maximum = schema.find("maxItems");
            maximum != schema.end() && static_cast<double>(size) > maximum->get<double>()) {
            if (!outcome.fail("maxItems",
                              tr("must have at most %1, not %2")
                                  .arg(counted(maximum->get<double>(), "item", "items"))
                                  .arg(size)))
                return false;
        }
        if (const auto items = schema.find("items"); items != schema.end()) {
            if (items->is_array()) {
                const std::size_t tupleSize = items->size();
                for (std::size_t i = 0; i < std::min(size, tupleSize); ++i) {
                    const Path child {&path, nullptr, i};
                    if (!outcome.merge(evaluate((*items)[i], instance[i], child, outcome.errors)))
                        return false;
                }
                const auto additional = schema.find("additionalItems");
                if (additional != schema.end() && size > tupleSize) {
                    if (additional->is_boolean() && !additional->get<bool>()) {
                        if (!outcome.fail("additionalItems",
                                          tr("must have at most %1, not %2")
                                              .arg(counted(double(tupleSize), "item", "items"))
                                              .arg(size)))
                            return false;
                    } else {
                        for (std::size_t i = tupleSize; i < size; ++i) {
                            const Path child {&path, nullptr, i};
                            if (!outcome.merge(
                                    evaluate(*additional, instance[i], child, outcome.errors)))
                                return false;
                        }
                    }
                }
            } else {
                for (std::size_t i = 0; i < size; ++i) {
                    const Path child {&path, nullptr, i};
                    if (!outcome.merge(evaluate(*items, instance[i], child, outcome.errors)))
                        return false;
                }
            }
        }
        if (const auto contains = schema.find("contains"); contains != schema.end()) {
            const bool found = std::any_of(instance.begin(), instance.end(), [&](const json &item) {
                return evaluate(*contains, item, path, nullptr);
            });
            if (!found
                && !outcome.fail("contains",
                                 tr("must contain at least one item that matches "
                                    "the schema under \"contains\"")))
                return false;
        }
        if (const auto unique = schema.find("uniqueItems");
            unique != schema.end() && unique->get<bool>()) {
            for (std::size_t i = 0; i < size; ++i) {
                for (std::size_t j = i + 1; j < size; ++j) {
                    if (instance[i] != instance[j])
                        continue;
                    if (!outcome.fail(
                            "uniqueItems",
                            tr("must not contain the same item twice (items %1 and %2 are equal)")
                                .arg(i)
                                .arg(j)))
                        return false;
                    i = j = size; // one report per array is enough
                }
            }
        }
        return true;
    }

    bool checkCombinators(const json &schema, const json &instance, const Path &path,
                          Outcome &outcome)
    {
        if (const auto all = schema.find("allOf"); all != schema.end()) {
            for (const json &sub : *all) {
                if (!outcome.merge(evaluate(sub, instance, path, outcome.errors)))
                    return false;
            }
        }
        if (const auto any = schema.find("anyOf"); any != schema.end()) {
            QList<Errors> failures;
            bool matched = false;
            for (const json &sub : *any) {
                Errors branch;
                if (evaluate(sub, instance, path, outcome.errors ? &branch : nullptr)) {
                    matched = true;
                    break;
                }
                failures.append(branch);
            }
            if (!matched && !reportNoMatch(*any, failures, instance, "anyOf", outcome))
                return false;
        }
        if (const auto one = schema.find("oneOf"); one != schema.end()) {
            QList<Errors> failures;
            QList<int> matching;
            for (std::size_t i = 0; i < one->size() && matching.size() < 2; ++i) {
                Errors branch;
                if (evaluate((*one)[i], instance, path, outcome.errors ? &branch : nullptr))
                    matching.append(int(i));
                else
                    failures.append(branch);
            }
            if (matching.isEmpty()) {
                if (!reportNoMatch(*one, failures, instance, "oneOf", outcome))
                    return false;
            } else if (matching.size() > 1) {
                if (!outcome.fail("oneOf",
                                  tr("must match exactly one of the allowed forms, but "
                                     "matches both form %1 and form %2")
                                      .arg(matching.at(0) + 1)
                                      .arg(matching.at(1) + 1)))
                    return false;
            }
        }
        if (const auto negated = schema.find("not"); negated != schema.end()) {
            if (evaluate(*negated, instance, path, nullptr)) {
                if (!outcome.fail("not", describeNot(*negated)))
                    return false;
            }
        }
        if (const auto condition = schema.find("if"); condition != schema.end()) {
            const bool holds = evaluate(*condition, instance, path, nullptr);
            const auto branch = schema.find(holds ? "then" : "else");
            if (branch != schema.end()
                && !outcome.merge(evaluate(*branch, instance, path, outcome.errors)))
                return false;
        }
        return true;
    }

    // When no alternative of anyOf or oneOf matches, the errors of the one the author most
    // likely meant: not one that wants another type altogether, then the one whose errors
    // lie deepest in the instance (it matched furthest), then the one with fewest errors.
    bool reportNoMatch(const json &alternatives, const QList<Errors> &failures,
                       const json &instance, const char *keyword, Outcome &outcome)
    {
        outcome.valid = false;
        if (!outcome.errors)
            return false;
        const QString here = outcome.path.pointer();
        const auto wrongKind = [&](const Errors &errors) {
            return std::any_of(errors.begin(), errors.end(), [&](const ValidationError &e) {
                return e.pointer == here
                    && (e.keyword == QStringLiteral("type")
                        || e.keyword == QStringLiteral("false"));
            });
        };
        const auto depth = [](const Errors &errors) {
            qsizetype deepest = 0;
            for (const ValidationError &e : errors)
                deepest = std::max(deepest, e.pointer.count(u'/'));
            return deepest;
        };
        qsizetype best = -1;
        for (qsizetype i = 0; i < failures.size(); ++i) {
            const Errors &candidate = failures.at(i);
            if (candidate.isEmpty() || wrongKind(candidate))
                continue;
            if (best < 0) {
                best = i;
                continue;
            }
            const Errors &current = failures.at(best);
            if (depth(candidate) > depth(current)
                || (depth(candidate) == depth(current) && candidate.size() < current.size()))
                best = i;
        }
        if (best >= 0) {
            outcome.errors->append(failures.at(best));
            return true;
        }
        // Every alternative wants another type: name them all.
        QStringList phrases;
        for (const json &alternative : alternatives) {
            const json *resolved = &alternative;
            for (int hops = 0; resolved && resolved->is_object() && resolved->contains("$ref");
                 ++hops)
                resolved = hops < 32 ? m_compiled.refTargets.value(resolved) : nullptr;
            if (!resolved || !resolved->is_object() || !resolved->contains("type")) {
                phrases.clear();
                break;
            }
            const json &type = resolved->at("type");
            for (const json &name : type.is_array() ? type : json::array({type})) {
                const QString phrase = typePhrase(qstr(name.get<std::string>()));
                if (!phrases.contains(phrase))
                    phrases.append(phrase);
            }
        }
        if (!phrases.isEmpty()) {
            outcome.errors->append(
                {here,
                 tr("must be %1, not %2")
                     .arg(joinAlternatives(phrases), typePhrase(typeOf(instance))),
                 QStringLiteral("type")});
        } else {
            outcome.errors->append({here, tr("does not match any of the allowed forms"),
                                    QLatin1StringView(keyword).toString()});
        }
        return true;
    }

    static QString describeNot(const json &negated)
    {
        if (negated.is_object() && negated.size() == 1) {
            if (const auto required = negated.find("required");
                required != negated.end() && required->size() == 1) {
                return tr("must not have the property \"%1\"")
                    .arg(qstr(required->front().get<std::string>()));
            }
            if (const auto type = negated.find("type"); type != negated.end() && type->is_string())
                return tr("must not be %1").arg(typePhrase(qstr(type->get<std::string>())));
        }
        return tr("must not match the schema under \"not\"");
    }

    bool matches(const QString &pattern, const QString &text) const
    {
        const auto it = m_compiled.patterns.constFind(pattern);
        const QRegularExpression regex
            = it != m_compiled.patterns.cend() ? *it : QRegularExpression(pattern);
        return regex.match(text).hasMatch();
    }

    const Compiled &m_compiled;
    int m_depth = 0;
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
        compiler.addDocument(compiled->documents.front(), defaultBaseUri, QStringLiteral("#"));
        auto document = compiled->documents.begin() + 1;
        for (auto it = documents.cbegin(); it != documents.cend(); ++it, ++document)
            compiler.addDocument(*document, it.key(), it.key() + u'#');
        if (const auto status = compiler.compile(); !status)
            return status.error();
        return SchemaValidator(std::move(compiled));
    } catch (const std::exception &e) {
        // nlohmann throws on a value of an unexpected type that the checks above missed.
        return Error::invalid(tr("schema"), QString::fromUtf8(e.what()));
    }
}

QList<ValidationError> SchemaValidator::validate(const json &instance) const
{
    Errors errors;
    try {
        Evaluator(*m_compiled).evaluate(m_compiled->documents.front(), instance, Path {}, &errors);
    } catch (const std::exception &e) {
        errors.append({QString(),
                       tr("the schema could not be applied: %1").arg(QString::fromUtf8(e.what())),
                       QString()});
    }
    return errors;
}

bool SchemaValidator::isValid(const json &instance) const
{
    try {
        return Evaluator(*m_compiled)
            .evaluate(m_compiled->documents.front(), instance, Path {}, nullptr);
    } catch (const std::exception &) {
        return false;
    }
}

} // namespace tenet::exchange
