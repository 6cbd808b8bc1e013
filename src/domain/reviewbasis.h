#pragma once

#include "dashboard.h"
#include "section.h"
#include "sectionreview.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace tenet::domain {

// What the review rule (sectionDue) counts from for the sections of one code: the
// publication of the version in force and the day of each section's latest review. The
// dashboard and the editor's badges both judge a section through it, so they agree.
struct ReviewBasis
{
    QDate publishedOn; // UTC date; invalid when nothing is in force
    QHash<SectionKey, QDate> lastReviewed; // UTC date of each section's latest review

    // Any number of reviews; the latest of each section counts.
    static ReviewBasis of(const QDate &publishedOn, const QList<SectionReview> &reviews);

    // Where the section stands with its review on `today` (a UTC date).
    SectionDue dueOf(const Section &section, const QDate &today) const;

    friend bool operator==(const ReviewBasis &, const ReviewBasis &) = default;
};

} // namespace tenet::domain
