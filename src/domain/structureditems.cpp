#include "structureditems.h"

using namespace Qt::StringLiterals;

namespace tenet::domain {

QString kpiDirectionName(KpiDirection direction)
{
    return direction == KpiDirection::AtMost ? QStringLiteral("at_most")
                                             : QStringLiteral("at_least");
}

std::optional<KpiDirection> kpiDirectionFromName(const QString &name)
{
    if (name == u"at_most"_s)
        return KpiDirection::AtMost;
    if (name == u"at_least"_s)
        return KpiDirection::AtLeast;
    return std::nullopt;
}

} // namespace tenet::domain
