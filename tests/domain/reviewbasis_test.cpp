#include "domain/reviewbasis.h"
#include "support/tempdir.h"

#include <QTimeZone>

using namespace tenet::domain;

namespace {

Section ethics(int interval)
{
    Section s;
    s.key = SectionKey::Ethics;
    s.title = defaultSectionTitle(SectionKey::Ethics);
    s.reviewIntervalDays = interval;
    return s;
}

SectionReview review(SectionKey key, const QDateTime &at)
{
    SectionReview r;
    r.section = key;
    r.reviewedAt = at;
    r.reviewer = u"S001"_s;
    return r;
}

} // namespace

// The example that once split the desktop: the editor counted from the publication and
// showed "review due" while the dashboard, counting from the review, said "current".
TEST_CASE("a section reviewed after its publication counts its interval from the review",
          "[domain][review]")
{
    const QDate publishedOn {2026, 1, 1};
    const QDate reviewedOn {2026, 2, 15};
    const QDate today {2026, 2, 20};
    const ReviewBasis basis = ReviewBasis::of(
        publishedOn, {review(SectionKey::Ethics, QDateTime(reviewedOn, QTime(9, 0), Qt::UTC))});

    const SectionDue due = basis.dueOf(ethics(30), today);
    CHECK(due.countedFrom == reviewedOn);
    CHECK(due.due == QDate(2026, 3, 17));
    CHECK(due.state == ReviewState::Current);
    CHECK(due.daysLeft == 25);
    CHECK_FALSE(due.isDue());

    DashboardInput input;
    input.publications = {{1, publishedOn, true}};
    input.sections = {ethics(30)};
    input.reviews = {review(SectionKey::Ethics, QDateTime(reviewedOn, QTime(9, 0), Qt::UTC))};
    const Dashboard dashboard = computeDashboard(input, today);
    REQUIRE(dashboard.sections.size() == 1);
    CHECK(dashboard.sections.first() == due);
}

TEST_CASE("a section never reviewed is due its interval after the publication", "[domain][review]")
{
    const ReviewBasis basis = ReviewBasis::of(QDate(2026, 1, 1), {});
    const SectionDue due = basis.dueOf(ethics(30), QDate(2026, 2, 20));
    CHECK(due.countedFrom == QDate(2026, 1, 1));
    CHECK(due.state == ReviewState::Stale);
    CHECK(due.daysOverdue == 20);
    CHECK(due.isDue());
}

TEST_CASE("a review's day is its UTC date and the latest review of a section counts",
          "[domain][review]")
{
    // 23:30 in UTC-5 is already the next day in UTC.
    const QDateTime lateEvening(QDate(2026, 2, 15), QTime(23, 30), QTimeZone(-5 * 3600));
    const ReviewBasis basis = ReviewBasis::of(
        QDate(2026, 1, 1),
        {review(SectionKey::Ethics, lateEvening),
         review(SectionKey::Ethics, QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC)),
         review(SectionKey::Metrics, QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC))});
    CHECK(basis.lastReviewed.value(SectionKey::Ethics) == QDate(2026, 2, 16));
    CHECK(basis.lastReviewed.value(SectionKey::Metrics) == QDate(2026, 3, 1));
    CHECK_FALSE(basis.lastReviewed.contains(SectionKey::Training));
}

TEST_CASE("a review is due on the day it falls due and after, not before", "[domain][review]")
{
    const ReviewBasis basis = ReviewBasis::of(QDate(2026, 1, 1), {});
    CHECK_FALSE(basis.dueOf(ethics(30), QDate(2026, 1, 30)).isDue());
    CHECK(basis.dueOf(ethics(30), QDate(2026, 1, 31)).isDue());
    CHECK(basis.dueOf(ethics(30), QDate(2026, 2, 1)).isDue());
}
