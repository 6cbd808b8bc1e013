#include "clause.h"

using namespace Qt::StringLiterals;

namespace tenet::domain {

QString strengthName(Strength strength)
{
    return strength == Strength::Must ? QStringLiteral("must") : QStringLiteral("should");
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
