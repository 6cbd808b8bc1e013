#pragma once

#include "domain/result.h"

#include <QString>

namespace tenet::domain {

// What a full-text search may be asked: the cost of a query grows with the square of its
// terms, so a query is capped in length and in the number of its words.
struct SearchQueryLimits
{
    static constexpr qsizetype maximumLength = 500; // characters
    static constexpr qsizetype maximumTerms = 32; // words
};

// Refuses a query past the limits, naming the limit; accepts anything else.
Status checkSearchQuery(const QString &text);

} // namespace tenet::domain
