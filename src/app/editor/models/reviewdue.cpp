#include "reviewdue.h"

namespace tenet::app {

std::optional<QDate> reviewDueDate(std::optional<int> reviewIntervalDays,
                                   const QDate &inForcePublishedOn)
{
    if (!reviewIntervalDays || *reviewIntervalDays <= 0 || !inForcePublishedOn.isValid())
        return std::nullopt;
    return inForcePublishedOn.addDays(*reviewIntervalDays);
}

bool isDueForReview(std::optional<int> reviewIntervalDays, const QDate &inForcePublishedOn,
                    const QDate &today)
{
    const auto due = reviewDueDate(reviewIntervalDays, inForcePublishedOn);
    return due && today.isValid() && today >= *due;
}

} // namespace tenet::app
