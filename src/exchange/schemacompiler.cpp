#include "schemacompiler.h"

#include "schemacompiled.h"
#include "schemamessages.h"
#include "schemapointer.h"
#include "schemavalue.h"

#include <QUrl>

#include <algorithm>

using nlohmann::json;
using tenet::domain::Error;

namespace tenet::exchange::schema {

// Indexes a document by its URI and its $ids, before any $ref is resolved.
void SchemaCompiler::addDocument(const json &document, const QString &uri, const QString &label)
{
    const QString key = resourceKey(QUrl(uri));
    if (!m_compiled.resources.contains(key))
        m_compiled.resources.insert(key, &document);
    m_pending.push_back({&document, key, label});
}

domain::Status SchemaCompiler::compile()
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

Error SchemaCompiler::schemaError(const QString &label, const QString &message)
{
    return Error::invalid(tr("schema %1").arg(label), message);
}

domain::Status SchemaCompiler::walk(const json &schema, QString base, const QString &label)
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

domain::Status SchemaCompiler::walkSubschemas(const json &schema, const QString &base,
                                              const QString &label)
{
    const auto sub = [&](const json &child, const QString &childLabel) {
        return walk(child, base, childLabel);
    };
    for (const char *keyword : {"additionalItems", "additionalProperties", "contains",
                                "propertyNames", "if", "then", "else", "not"}) {
        if (const auto it = schema.find(keyword); it != schema.end()) {
            if (const auto status = sub(*it, label + u'/' + QLatin1StringView(keyword)); !status)
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
            const QString childLabel
                = label + u'/' + QLatin1StringView(keyword) + u'/' + escapePointerToken(qstr(name));
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
            return schemaError(label + QStringLiteral("/dependencies"), tr("must be an object"));
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

domain::Status SchemaCompiler::checkKeywords(const json &schema, const QString &label)
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
                return schemaError(where("type"),
                                   tr("unknown type %1").arg(SchemaMessages::shortJson(name)));
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
        if (!it->is_array()
            || !std::all_of(it->begin(), it->end(), [](const json &n) { return n.is_string(); }))
            return schemaError(where("required"), tr("must be an array of property names"));
    }
    if (const auto it = schema.find("pattern"); it != schema.end()) {
        if (!it->is_string())
            return schemaError(where("pattern"), tr("must be a string"));
        if (const auto status = addPattern(qstr(it->get<std::string>()), where("pattern")); !status)
            return status;
    }
    if (const auto it = schema.find("patternProperties"); it != schema.end() && it->is_object()) {
        for (const auto &[pattern, child] : it->items()) {
            Q_UNUSED(child);
            if (const auto status = addPattern(qstr(pattern), where("patternProperties")); !status)
                return status;
        }
    }
    return {};
}

domain::Status SchemaCompiler::addPattern(const QString &pattern, const QString &label)
{
    if (m_compiled.patterns.contains(pattern))
        return {};
    // ECMA-262 (without the u flag) gives \d, \w and \s their ASCII meanings, which is
    // also what PCRE2 does without Unicode properties.
    QRegularExpression regex(pattern);
    if (!regex.isValid()) {
        return schemaError(
            label,
            tr("\"%1\" is not a valid regular expression: %2").arg(pattern, regex.errorString()));
    }
    regex.optimize();
    m_compiled.patterns.insert(pattern, regex);
    return {};
}

domain::Status SchemaCompiler::resolve(const RefSite &site)
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
                    targetBase = resourceKey(resolveUri(targetBase, qstr(id->get<std::string>())));
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
} // namespace tenet::exchange::schema
