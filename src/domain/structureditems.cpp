#include "structureditems.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {
// The translation context of the KPI directions.
struct KpiDirectionLabels
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::KpiDirection)
};
} // namespace

QString kpiDirectionName(KpiDirection direction)
{
    return direction == KpiDirection::AtMost ? QStringLiteral("at_most")
                                             : QStringLiteral("at_least");
}

QString kpiDirectionLabel(KpiDirection direction)
{
    //: A KPI that is good when low: "at most 25 s".
    return direction == KpiDirection::AtMost ? KpiDirectionLabels::tr("at most")
                                             //: A KPI that is good when high: "at least 85 %".
                                             : KpiDirectionLabels::tr("at least");
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
