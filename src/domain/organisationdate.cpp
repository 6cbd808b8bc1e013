#include "organisationdate.h"

namespace tenet::domain {

QTimeZone organisationTimeZone()
{
    return QTimeZone::utc();
}

QDate organisationDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toTimeZone(organisationTimeZone()).date();
}

QDate organisationToday(const QDateTime &now)
{
    return organisationDate(now);
}

} // namespace tenet::domain
