#include "app/common/displayformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet::app;

namespace {

// Sets the default locale for one test, as the program does for the interface language.
struct DefaultLocale
{
    explicit DefaultLocale(const QString &name) { QLocale::setDefault(QLocale(name)); }
    ~DefaultLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
};

const QChar nbsp(0x00A0);

} // namespace

TEST_CASE("dates are written the way a Spanish reader writes them")
{
    DefaultLocale spanish(u"es_ES"_s);
    CHECK(display::date(QDate(2026, 12, 2)) == u"2 dic 2026"_s);
    CHECK(display::longDate(QDate(2026, 12, 2)) == u"miércoles, 2 de diciembre de 2026"_s);
    CHECK(display::date(QDate()).isEmpty());
}

TEST_CASE("dates are written the way a Lithuanian reader writes them")
{
    DefaultLocale lithuanian(u"lt_LT"_s);
    CHECK(display::date(QDate(2026, 12, 2)) == u"2026-12-02"_s);
}

TEST_CASE("numbers and percentages use the language's decimal comma and spacing")
{
    {
        DefaultLocale spanish(u"es_ES"_s);
        CHECK(display::percent(85.5) == u"85,5"_s + nbsp + u'%');
        CHECK(display::percent(100.0) == u"100"_s + nbsp + u'%');
        CHECK(display::number(25.0) == u"25"_s);
        CHECK(display::number(1234.25) == u"1234,25"_s);
    }
    {
        DefaultLocale lithuanian(u"lt_LT"_s);
        CHECK(display::percent(85.54) == u"85,5"_s + nbsp + u'%');
        CHECK(display::number(2.5) == u"2,5"_s);
    }
    DefaultLocale english(u"en_GB"_s);
    CHECK(display::percent(85.5) == u"85.5%"_s);
    CHECK(display::number(qint64(12000)) == u"12,000"_s);
}

TEST_CASE("times stored in UTC are shown in local time")
{
    DefaultLocale spanish(u"es_ES"_s);
    const QDateTime utc(QDate(2026, 12, 2), QTime(23, 30), QTimeZone::utc());
    const QDateTime local = utc.toLocalTime();
    CHECK(display::dateTime(utc)
          == display::date(local.date()) + u", "_s + QLocale().toString(local.time(), u"H:mm"_s));
    CHECK(display::date(utc) == display::date(local.date()));
}
