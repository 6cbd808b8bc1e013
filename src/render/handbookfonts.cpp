#include "handbookfonts.h"

#include <QFontDatabase>
#include <QStringList>

#include <mutex>

using namespace Qt::StringLiterals;

namespace tenet::render {

namespace {

// Debian's fonts-dejavu-core; the same files are found under this name on most Linux
// systems.
const QString fontFolder = u"/usr/share/fonts/truetype/dejavu/"_s;

QString loadFamily()
{
    QString family;
    for (const QString &file : {u"DejaVuSans.ttf"_s, u"DejaVuSans-Bold.ttf"_s,
                                u"DejaVuSans-Oblique.ttf"_s, u"DejaVuSans-BoldOblique.ttf"_s}) {
        const int id = QFontDatabase::addApplicationFont(fontFolder + file);
        const QStringList families
            = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (family.isEmpty() && !families.isEmpty())
            family = families.first();
    }
    if (family.isEmpty())
        family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    return family;
}

QString loadMonospaceFamily()
{
    const int id = QFontDatabase::addApplicationFont(fontFolder + u"DejaVuSansMono.ttf"_s);
    const QStringList families
        = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
    if (!families.isEmpty())
        return families.first();
    return QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
}

} // namespace

QString monospaceFontFamily()
{
    static std::once_flag once;
    static QString family;
    std::call_once(once, [] { family = loadMonospaceFamily(); });
    return family;
}

QString handbookFontFamily()
{
    static std::once_flag once;
    static QString family;
    std::call_once(once, [] { family = loadFamily(); });
    return family;
}

} // namespace tenet::render
