#pragma once

#include <QDate>

#include <optional>

namespace tenet::app {

// The day a section falls due for review: its review interval after the publication of the
// version in force. None when the section is never reviewed or nothing is in force yet.
// (DESIGN.md's fuller rule counts from the last recorded review; until reviews are
// recorded, publication is the last review.)
std::optional<QDate> reviewDueDate(std::optional<int> reviewIntervalDays,
                                   const QDate &inForcePublishedOn);

// Whether the section is due for review on `today`: its due date has come.
bool isDueForReview(std::optional<int> reviewIntervalDays, const QDate &inForcePublishedOn,
                    const QDate &today);

} // namespace tenet::app
