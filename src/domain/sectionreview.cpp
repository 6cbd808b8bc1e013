#include "sectionreview.h"

using namespace Qt::StringLiterals;

namespace tenet::domain {

QString reviewOutcomeName(ReviewOutcome outcome)
{
    return outcome == ReviewOutcome::Unchanged ? QStringLiteral("unchanged")
                                               : QStringLiteral("revised");
}

std::optional<ReviewOutcome> reviewOutcomeFromName(const QString &name)
{
    if (name == u"unchanged"_s)
        return ReviewOutcome::Unchanged;
    if (name == u"revised"_s)
        return ReviewOutcome::Revised;
    return std::nullopt;
}

} // namespace tenet::domain
