#include "reviewbasis.h"

#include "organisationdate.h"

namespace tenet::domain {

ReviewBasis ReviewBasis::of(const QDate &publishedOn, const QList<SectionReview> &reviews)
{
    ReviewBasis basis;
    basis.publishedOn = publishedOn;
    for (const SectionReview &review : reviews) {
        const QDate day = organisationDate(review.reviewedAt);
        QDate &held = basis.lastReviewed[review.section];
        if (!held.isValid() || day > held)
            held = day;
    }
    return basis;
}

SectionDue ReviewBasis::dueOf(const Section &section, const QDate &today) const
{
    return sectionDue(section, lastReviewed.value(section.key), publishedOn, today);
}

} // namespace tenet::domain
