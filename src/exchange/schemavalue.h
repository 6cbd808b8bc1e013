#pragma once

#include <nlohmann/json.hpp>

#include <QString>

#include <string>

// The JSON value tests the schema keywords need, shared by the compiler and the evaluator.
namespace tenet::exchange::schema {

QString qstr(const std::string &text);

// The JSON Schema spelling of the type of a value ("integer" is never returned: a whole
// number is still a number).
QString typeOf(const nlohmann::json &value);
bool isWholeNumber(const nlohmann::json &value);
bool hasType(const nlohmann::json &value, const QString &type);

// The length "minLength" and "maxLength" mean: Unicode code points, not bytes.
qsizetype codePointCount(const std::string &text);

// -1, 0 or 1; exact for any pair of 64-bit integers, by double otherwise.
int compareNumbers(const nlohmann::json &a, const nlohmann::json &b);
bool isMultipleOf(const nlohmann::json &value, const nlohmann::json &divisor);

} // namespace tenet::exchange::schema
