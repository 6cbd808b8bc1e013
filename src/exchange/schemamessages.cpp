#include "schemamessages.h"

#include "schemacompiled.h"
#include "schemavalue.h"

#include <algorithm>

using nlohmann::json;

namespace tenet::exchange::schema {

QString SchemaMessages::typePhrase(const QString &type)
{
    // Whole phrases, so that each language chooses its own article and gender.
    if (type == QStringLiteral("integer"))
        return tr("a whole number");
    if (type == QStringLiteral("number"))
        //: A JSON value's type, as in "must be a number".
        return tr("a number");
    if (type == QStringLiteral("string"))
        //: A JSON value's type: a piece of text in quotes.
        return tr("a string");
    if (type == QStringLiteral("object"))
        //: A JSON value's type: a set of named properties in braces.
        return tr("an object");
    if (type == QStringLiteral("array"))
        //: A JSON value's type: a list in square brackets.
        return tr("an array");
    if (type == QStringLiteral("boolean"))
        return tr("true or false");
    // "null", and a type no schema of Tenet's uses: the JSON word itself.
    return type;
}

QString SchemaMessages::joinAlternatives(const QStringList &phrases)
{
    if (phrases.size() <= 1)
        return phrases.value(0);
    return QStringList(phrases.mid(0, phrases.size() - 1)).join(QStringLiteral(", ")) + tr(" or ")
        + phrases.constLast();
}

QString SchemaMessages::shortJson(const json &value)
{
    QString text = qstr(value.dump(-1, ' ', false, json::error_handler_t::replace));
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return text;
}

QString SchemaMessages::listValue(const json &value)
{
    return value.is_string() ? qstr(value.get<std::string>()) : shortJson(value);
}

QString SchemaMessages::counted(double n, Unit unit)
{
    // Plurals of their own (%n), for languages with more than two forms; English has no
    // catalogue to pick its singular, so the source offers both, each with every form.
    const int whole = int(n);
    const bool one = whole == 1;
    switch (unit) {
    //: A count of a JSON object's properties: "must have at least 2 properties".
    case Unit::Property:
        return one ? tr("%n property", nullptr, whole)
                   //: A count of a JSON object's properties: "must have at
                   //: least 2 properties".
                   : tr("%n properties", nullptr, whole);
    //: A count of a JSON list's items: "must have at most 3 items".
    case Unit::Item:
        return one ? tr("%n item", nullptr, whole)
                   //: A count of a JSON list's items: "must have at most 3 items".
                   : tr("%n items", nullptr, whole);
    //: A count of characters: "must be at least 2 characters long".
    case Unit::Character:
        return one ? tr("%n character", nullptr, whole)
                   //: A count of characters: "must be at least 2 characters
                   //: long".
                   : tr("%n characters", nullptr, whole);
    }
    return QString::number(whole);
}

QString SchemaMessages::describeNot(const json &negated)
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

// Not one that wants another type altogether, then the one whose errors lie deepest in the
// instance (it matched furthest), then the one with fewest errors.
qsizetype SchemaMessages::likeliestFailure(const QList<QList<ValidationError>> &failures,
                                           const QString &here)
{
    using Errors = QList<ValidationError>;
    const auto wrongKind = [&](const Errors &errors) {
        return std::any_of(errors.begin(), errors.end(), [&](const ValidationError &e) {
            return e.pointer == here
                && (e.keyword == QStringLiteral("type") || e.keyword == QStringLiteral("false"));
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
    return best;
}

QStringList SchemaMessages::alternativeTypes(const json &alternatives,
                                             const SchemaValidator::Compiled &compiled)
{
    QStringList phrases;
    for (const json &alternative : alternatives) {
        const json *resolved = &alternative;
        for (int hops = 0; resolved && resolved->is_object() && resolved->contains("$ref"); ++hops)
            resolved = hops < 32 ? compiled.refTargets.value(resolved) : nullptr;
        if (!resolved || !resolved->is_object() || !resolved->contains("type"))
            return {};
        const json &type = resolved->at("type");
        for (const json &name : type.is_array() ? type : json::array({type})) {
            const QString phrase = typePhrase(qstr(name.get<std::string>()));
            if (!phrases.contains(phrase))
                phrases.append(phrase);
        }
    }
    return phrases;
}

} // namespace tenet::exchange::schema
