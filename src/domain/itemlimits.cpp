#include "itemlimits.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace tenet::domain {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

} // namespace

bool ItemLimit::allows(double value) const
{
    if (!std::isfinite(value))
        return false;
    if (whole && value != std::floor(value))
        return false;
    if (minimum && value < *minimum)
        return false;
    return !(maximum && value > *maximum);
}

QString ItemLimit::rule() const
{
    if (minimum && maximum) {
        return whole ? tr("a whole number from %1 to %2").arg(number(*minimum), number(*maximum))
                     : tr("a number from %1 to %2").arg(number(*minimum), number(*maximum));
    }
    if (minimum)
        return whole ? tr("a whole number from %1").arg(number(*minimum))
                     : tr("a number from %1").arg(number(*minimum));
    if (maximum)
        return whole ? tr("a whole number up to %1").arg(number(*maximum))
                     : tr("a number up to %1").arg(number(*maximum));
    return whole ? tr("a whole number") : tr("a number");
}

const QList<ItemLimit> &itemLimits()
{
    // Where the desktop once disagreed with the schema, the schema won: it is the published
    // format, and a file valid under it must open in the editor without a value being cut
    // off (the editor had stopped tiers at 99, hours at 100,000 and refreshers at 240 months;
    // the schema now stops tiers at 100 and refreshers at 600 months, so that no number
    // overflows on its way into storage).
    static const QList<ItemLimit> limits = {
        {ItemField::EscalationTier, u"escalation"_s, u"tier"_s, 1, 100, true, false},
        {ItemField::EscalationWithinHours, u"escalation"_s, u"within_hours"_s, 0, std::nullopt,
         false, false},
        {ItemField::StageWithinHours, u"stages"_s, u"within_hours"_s, 0, std::nullopt, false,
         false},
        {ItemField::ProgrammeHours, u"programmes"_s, u"hours"_s, 0, std::nullopt, false, false},
        {ItemField::ProgrammePassMark, u"programmes"_s, u"pass_mark"_s, 0, 100, false, true},
        {ItemField::ProgrammeRefresherMonths, u"programmes"_s, u"refresher_months"_s, 1, 600, true,
         true},
        {ItemField::KpiTarget, u"kpis"_s, u"target"_s, std::nullopt, std::nullopt, false, false},
        {ItemField::KpiAlert, u"kpis"_s, u"alert"_s, std::nullopt, std::nullopt, false, false},
    };
    return limits;
}

const ItemLimit &itemLimit(ItemField field)
{
    return itemLimits().at(int(field));
}

} // namespace tenet::domain
