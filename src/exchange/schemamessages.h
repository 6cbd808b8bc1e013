#pragma once

#include "jsonschema.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tenet::exchange::schema {

// The wording of the validator's messages, and the choice of which failures to show when no
// alternative of anyOf or oneOf matches. Its context is SchemaValidator's, so that one set
// of translations serves the whole validator.
class SchemaMessages
{
    Q_DECLARE_TR_FUNCTIONS(tenet::exchange::SchemaValidator)

public:
    // "a string", "an object".
    static QString typePhrase(const QString &type);
    // "a string, a number or null".
    static QString joinAlternatives(const QStringList &phrases);
    // A value as a message shows it: JSON, cut short after 60 characters.
    static QString shortJson(const nlohmann::json &value);
    // Strings bare, everything else as JSON: for lists of allowed values.
    static QString listValue(const nlohmann::json &value);
    // What a count counts.
    enum class Unit
    {
        Property,
        Item,
        Character
    };
    // "1 item", "7 items": limits in messages are whole numbers, checked at compile time.
    static QString counted(double n, Unit unit);
    // What a value that matches the schema under "not" must not be.
    static QString describeNot(const nlohmann::json &negated);

    // Of the failures of each alternative at the instance's `here`, the index of the one the
    // author most likely meant, or -1 when every alternative wants another type.
    static qsizetype likeliestFailure(const QList<QList<ValidationError>> &failures,
                                      const QString &here);
    // The types the alternatives allow ("a string", "null"), after their $refs; empty when
    // an alternative does not say.
    static QStringList alternativeTypes(const nlohmann::json &alternatives,
                                        const SchemaValidator::Compiled &compiled);
};

} // namespace tenet::exchange::schema
