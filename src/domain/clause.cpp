#include "clause.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {
// The translation context of the clause strengths.
struct StrengthLabels
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::Strength)
};
} // namespace

QString strengthName(Strength strength)
{
    return strength == Strength::Must ? QStringLiteral("must") : QStringLiteral("should");
}

QString strengthBadge(Strength strength)
{
    //: The badge of a firm rule (clause strength), in capitals as on the page: DEBE, PRIVALOMA.
    return strength == Strength::Must ? StrengthLabels::tr("MUST")
                                      //: The badge of guidance (clause strength): DEBERÍA,
                                      //: REKOMENDUOJAMA.
                                      : StrengthLabels::tr("SHOULD");
}

std::optional<Strength> strengthFromName(const QString &name)
{
    if (name == u"must"_s)
        return Strength::Must;
    if (name == u"should"_s)
        return Strength::Should;
    return std::nullopt;
}

} // namespace tenet::domain
