#pragma once

#include <QLocale>
#include <QString>

namespace tenet::app {

// Where the user guide is and which language of it to show: the guide is HTML installed
// with the program, one folder per language (en, es, lt), each with an index page.
class UserGuide
{
public:
    // The guide's language for a locale: es or lt when the guide is written in it, else en.
    // The one place the interface's language picks the guide's.
    static QString language(const QLocale &locale = QLocale());
    // The guide's folder next to the running program (bin/../share/doc/tenet/guide), in the
    // installed tree and in the build tree alike.
    static QString folder();
    // The index page of the guide in `language`, or in English when that one is missing;
    // empty when no guide is installed.
    static QString indexPage(const QString &language);
};

} // namespace tenet::app
