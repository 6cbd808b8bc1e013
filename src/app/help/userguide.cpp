#include "userguide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tenet::app {

QString UserGuide::language(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Spanish:
        return u"es"_s;
    case QLocale::Lithuanian:
        return u"lt"_s;
    default:
        return u"en"_s;
    }
}

QString UserGuide::folder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/'
                           + QStringLiteral(TENET_GUIDE_FROM_PROGRAM));
}

QString UserGuide::indexPage(const QString &language)
{
    for (const QString &candidate : {language, u"en"_s}) {
        const QString page = folder() + u'/' + candidate + u"/index.html"_s;
        if (QFileInfo::exists(page))
            return page;
    }
    return {};
}

} // namespace tenet::app
