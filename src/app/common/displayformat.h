#pragma once

#include <QString>

class QDate;
class QDateTime;

// How the desktop program writes dates, times, numbers and percentages on screen: always in
// the interface language's QLocale (QLocale(), which the program sets to that language), and
// times in the local time zone (they are stored in UTC). Views use these instead of
// QDate::toString so that one screen never mixes "2026-12-02" with "2 dic 2026".
namespace tenet::app::display {

// A compact date with the month's short name where the language has one: "2 Dec 2026",
// "2 dic 2026", "2026-12-02" (Lithuanian writes dates numerically). Empty for an invalid date.
QString date(const QDate &date);
// The same, for an instant: converted to local time first.
QString date(const QDateTime &instant);
// Date and time of an instant in local time: "2 dic 2026, 14:05". Empty when invalid.
QString dateTime(const QDateTime &instant);
// The long form with the weekday, for headings: "miércoles, 2 de diciembre de 2026".
QString longDate(const QDate &date);

// A number with the language's decimal and group separators, at most `decimals` places and
// no trailing zeros: "1.234,5", "25".
QString number(double value, int decimals = 2);
// A whole number with group separators: "1 234" in Lithuanian.
QString number(qint64 value);
// A percentage, given as 0–100, rounded to `decimals` places: "85.5%", "85,5 %".
QString percent(double value, int decimals = 1);

} // namespace tenet::app::display
