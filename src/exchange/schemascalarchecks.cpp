#include "schemascalarchecks.h"

#include "schemacompiled.h"
#include "schemamessages.h"
#include "schemavalue.h"

#include <algorithm>

using nlohmann::json;

namespace tenet::exchange::schema {

bool SchemaScalarChecks::checkType(const json &schema, const json &instance,
                                   SchemaOutcome &outcome) const
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
        phrases.append(SchemaMessages::typePhrase(typeName));
    }
    return outcome.fail("type",
                        tr("must be %1, not %2")
                            .arg(SchemaMessages::joinAlternatives(phrases),
                                 SchemaMessages::typePhrase(typeOf(instance))));
}

bool SchemaScalarChecks::checkValue(const json &schema, const json &instance,
                                    SchemaOutcome &outcome) const
{
    if (const auto allowed = schema.find("const"); allowed != schema.end()) {
        if (instance != *allowed
            && !outcome.fail("const", tr("must be %1").arg(SchemaMessages::shortJson(*allowed))))
            return false;
    }
    if (const auto allowed = schema.find("enum"); allowed != schema.end()) {
        if (std::find(allowed->begin(), allowed->end(), instance) == allowed->end()) {
            QStringList names;
            for (const json &value : *allowed)
                names.append(SchemaMessages::listValue(value));
            const QString message = names.size() == 1
                ? tr("must be %1").arg(names.constFirst())
                : tr("must be one of %1").arg(names.join(QStringLiteral(", ")));
            if (!outcome.fail("enum", message))
                return false;
        }
    }
    return true;
}

bool SchemaScalarChecks::checkString(const json &schema, const json &instance,
                                     SchemaOutcome &outcome) const
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
                      .arg(SchemaMessages::counted(minLength->get<double>(),
                                                   SchemaMessages::Unit::Character))
                      .arg(length);
            if (!outcome.fail("minLength", message))
                return false;
        }
        if (maxLength != schema.end() && length > maxLength->get<double>()) {
            if (!outcome.fail("maxLength",
                              tr("must be at most %1 long, not %2")
                                  .arg(SchemaMessages::counted(maxLength->get<double>(),
                                                               SchemaMessages::Unit::Character))
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

bool SchemaScalarChecks::checkNumber(const json &schema, const json &instance,
                                     SchemaOutcome &outcome) const
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
        if (!outcome.fail(bound.keyword, tr(bound.message).arg(SchemaMessages::shortJson(*limit))))
            return false;
    }
    if (const auto divisor = schema.find("multipleOf");
        divisor != schema.end() && !isMultipleOf(instance, *divisor)) {
        if (!outcome.fail("multipleOf",
                          tr("must be a multiple of %1").arg(SchemaMessages::shortJson(*divisor))))
            return false;
    }
    return true;
}

bool SchemaScalarChecks::matches(const QString &pattern, const QString &text) const
{
    const auto it = m_compiled.patterns.constFind(pattern);
    const QRegularExpression regex
        = it != m_compiled.patterns.cend() ? *it : QRegularExpression(pattern);
    return regex.match(text).hasMatch();
}

} // namespace tenet::exchange::schema
