#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tenet::app::display {

namespace {

QString mediumDateFormat(const QLocale &locale)
{
    // Qt has no medium date format; these are CLDR's for the languages Tenet speaks.
    switch (locale.language()) {
    case QLocale::Lithuanian:
        return locale.dateFormat(QLocale::ShortFormat);
    case QLocale::English:
        if (locale.territory() == QLocale::UnitedStates)
            return u"MMM d, yyyy"_s;
        return u"d MMM yyyy"_s;
    default:
        return u"d MMM yyyy"_s;
    }
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QString date(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.toString(date, mediumDateFormat(locale));
}

QString date(const QDateTime &instant)
{
    return instant.isValid() ? date(instant.toLocalTime().date()) : QString();
}

QString dateTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = instant.toLocalTime();
    return u"%1, %2"_s.arg(date(local.date()),
                           locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat)));
}

QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString number(double value, int decimals)
{
    // Rounded first, then written as short as it goes: 85.5 and 100, not 85.50 and 100.00.
    return QLocale().toString(rounded(value, decimals), 'f', QLocale::FloatingPointShortest);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double value, int decimals)
{
    const QLocale locale;
    const QString figure = number(value, decimals);
    // English (and the C locale, which is English) writes "85.5%"; Spanish, Lithuanian and
    // most of Europe "85,5 %", with a space that does not break.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return figure + locale.percent();
    return figure + QChar(0x00A0) + locale.percent();
}

} // namespace tenet::app::display
