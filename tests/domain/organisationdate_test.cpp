#include "domain/organisationdate.h"

#include <catch2/catch.hpp>

using namespace tenet::domain;

TEST_CASE("a moment falls on one organisation date however it is written", "[domain][dates]")
{
    const QDateTime lateUtc(QDate(2026, 5, 1), QTime(23, 30), Qt::UTC);
    CHECK(organisationDate(lateUtc) == QDate(2026, 5, 1));
    // The same moment as a clock at UTC+14 or UTC-7 shows it.
    CHECK(organisationDate(lateUtc.toOffsetFromUtc(14 * 3600)) == QDate(2026, 5, 1));
    CHECK(organisationDate(lateUtc.toOffsetFromUtc(-7 * 3600)) == QDate(2026, 5, 1));
    CHECK(organisationDate(QDateTime(QDate(2026, 5, 2), QTime(0, 30), Qt::UTC))
          == QDate(2026, 5, 2));
}

TEST_CASE("today in the organisation is the organisation date of the moment given",
          "[domain][dates]")
{
    const QDateTime earlyUtc(QDate(2026, 12, 31), QTime(0, 15), Qt::UTC);
    CHECK(organisationToday(earlyUtc) == QDate(2026, 12, 31));
    CHECK(organisationToday(earlyUtc.toOffsetFromUtc(-10 * 3600)) == QDate(2026, 12, 31));
}

TEST_CASE("an invalid moment has no organisation date", "[domain][dates]")
{
    CHECK_FALSE(organisationDate(QDateTime()).isValid());
}
