#include "searchquery.h"

#include <QRegularExpression>

namespace tenet::domain {

Status checkSearchQuery(const QString &text)
{
    if (text.size() > SearchQueryLimits::maximumLength)
        return Error::invalid(QString(),
                              QStringLiteral("the search is %1 characters long; search for at "
                                             "most %2 characters")
                                  .arg(text.size())
                                  .arg(SearchQueryLimits::maximumLength));
    const qsizetype terms
        = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
    if (terms > SearchQueryLimits::maximumTerms)
        return Error::invalid(QString(),
                              QStringLiteral("the search has %1 words; search for at most %2 "
                                             "words at a time")
                                  .arg(terms)
                                  .arg(SearchQueryLimits::maximumTerms));
    return {};
}

} // namespace tenet::domain
