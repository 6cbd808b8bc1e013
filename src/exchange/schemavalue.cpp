#include "schemavalue.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

using nlohmann::json;

namespace tenet::exchange::schema {

QString qstr(const std::string &text)
{
    return QString::fromStdString(text);
}

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

qsizetype codePointCount(const std::string &text)
{
    // UTF-8 continuation bytes are 10xxxxxx; every other byte starts a code point.
    return std::count_if(text.begin(), text.end(),
                         [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

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

} // namespace tenet::exchange::schema
