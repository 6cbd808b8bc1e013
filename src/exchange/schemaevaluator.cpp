#include "schemaevaluator.h"

#include "schemacompiled.h"
#include "schemamessages.h"
#include "schemascalarchecks.h"
#include "schemavalue.h"

#include <algorithm>

using nlohmann::json;

namespace tenet::exchange::schema {

bool SchemaEvaluator::evaluate(const json &schema, const json &instance, const Path &path,
                               Errors *errors)
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

bool SchemaEvaluator::evaluateObject(const json &schema, const json &instance, const Path &path,
                                     Errors *errors)
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

    SchemaOutcome outcome {errors, path};
    if (!m_scalar.checkType(schema, instance, outcome))
        return outcome.valid;
    // A wrong type makes every other check of this value noise.
    if (!outcome.valid)
        return false;
    if (!m_scalar.checkValue(schema, instance, outcome))
        return false;
    if (instance.is_string() && !m_scalar.checkString(schema, instance, outcome))
        return false;
    if (instance.is_number() && !m_scalar.checkNumber(schema, instance, outcome))
        return false;
    if (instance.is_object() && !checkObject(schema, instance, path, outcome))
        return false;
    if (instance.is_array() && !checkArray(schema, instance, path, outcome))
        return false;
    if (!checkCombinators(schema, instance, path, outcome))
        return false;
    return outcome.valid;
}

bool SchemaEvaluator::checkObject(const json &schema, const json &instance, const Path &path,
                                  SchemaOutcome &outcome)
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
                if (!m_scalar.matches(qstr(pattern), qname))
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
                    {path.pointer(), tr("property name \"%1\" %2").arg(qstr(name), error.message),
                     QStringLiteral("propertyNames")});
            }
        }
    }
    const auto count = static_cast<double>(instance.size());
    if (const auto minimum = schema.find("minProperties");
        minimum != schema.end() && count < minimum->get<double>()) {
        if (!outcome.fail("minProperties",
                          tr("must have at least %1, not %2")
                              .arg(SchemaMessages::counted(minimum->get<double>(),
                                                           SchemaMessages::Unit::Property))
                              .arg(instance.size())))
            return false;
    }
    if (const auto maximum = schema.find("maxProperties");
        maximum != schema.end() && count > maximum->get<double>()) {
        if (!outcome.fail("maxProperties",
                          tr("must have at most %1, not %2")
                              .arg(SchemaMessages::counted(maximum->get<double>(),
                                                           SchemaMessages::Unit::Property))
                              .arg(instance.size())))
            return false;
    }
    return true;
}

bool SchemaEvaluator::checkArray(const json &schema, const json &instance, const Path &path,
                                 SchemaOutcome &outcome)
{
    const std::size_t size = instance.size();
    if (const auto minimum = schema.find("minItems");
        minimum != schema.end() && static_cast<double>(size) < minimum->get<double>()) {
        if (!outcome.fail("minItems",
                          tr("must have at least %1, not %2")
                              .arg(SchemaMessages::counted(minimum->get<double>(),
                                                           SchemaMessages::Unit::Item))
                              .arg(size)))
            return false;
    }
    if (const auto maximum = schema.find("maxItems");
        maximum != schema.end() && static_cast<double>(size) > maximum->get<double>()) {
        if (!outcome.fail("maxItems",
                          tr("must have at most %1, not %2")
                              .arg(SchemaMessages::counted(maximum->get<double>(),
                                                           SchemaMessages::Unit::Item))
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
                                          .arg(SchemaMessages::counted(double(tupleSize),
                                                                       SchemaMessages::Unit::Item))
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

bool SchemaEvaluator::checkCombinators(const json &schema, const json &instance, const Path &path,
                                       SchemaOutcome &outcome)
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
            if (!outcome.fail("not", SchemaMessages::describeNot(*negated)))
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

// When no alternative of anyOf or oneOf matches, the errors of the one the author most likely
// meant; when every alternative wants another type, the types they allow.
bool SchemaEvaluator::reportNoMatch(const json &alternatives, const QList<Errors> &failures,
                                    const json &instance, const char *keyword,
                                    SchemaOutcome &outcome)
{
    outcome.valid = false;
    if (!outcome.errors)
        return false;
    const QString here = outcome.path.pointer();
    if (const qsizetype best = SchemaMessages::likeliestFailure(failures, here); best >= 0) {
        outcome.errors->append(failures.at(best));
        return true;
    }
    // Every alternative wants another type: name them all.
    const QStringList phrases = SchemaMessages::alternativeTypes(alternatives, m_compiled);
    if (!phrases.isEmpty()) {
        outcome.errors->append({here,
                                tr("must be %1, not %2")
                                    .arg(SchemaMessages::joinAlternatives(phrases),
                                         SchemaMessages::typePhrase(typeOf(instance))),
                                QStringLiteral("type")});
    } else {
        outcome.errors->append({here, tr("does not match any of the allowed forms"),
                                QLatin1StringView(keyword).toString()});
    }
    return true;
}

} // namespace tenet::exchange::schema
