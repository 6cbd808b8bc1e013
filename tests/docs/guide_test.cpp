#include "support/tempdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace tenet;

namespace {

const QString guideFolder = TENET_SOURCE_DIR u"/docs/guide"_s;

QString read(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QStringList pagesOf(const QString &language)
{
    return QDir(guideFolder + u'/' + language).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("the guide has the same pages in English, Spanish and Lithuanian", "[docs]")
{
    const QStringList english = pagesOf(u"en"_s);
    CHECK(english
          == QStringList({u"administrator.html"_s, u"agent.html"_s, u"index.html"_s,
                          u"manager.html"_s, u"supervisor.html"_s}));
    CHECK(pagesOf(u"es"_s) == english);
    CHECK(pagesOf(u"lt"_s) == english);
}

TEST_CASE("every link and picture of the guide leads to a file of the guide", "[docs]")
{
    static const QRegularExpression reference(uR"re((?:href|src)="([^"#:]+)")re"_s);
    for (const QString &language : {u"en"_s, u"es"_s, u"lt"_s}) {
        for (const QString &page : pagesOf(language)) {
            const QString path = guideFolder + u'/' + language + u'/' + page;
            const QString html = read(path);
            for (const auto &match : reference.globalMatch(html)) {
                INFO((language + u'/' + page + u": "_s + match.captured(1)).toStdString());
                CHECK(QFileInfo::exists(QFileInfo(path).dir().filePath(match.captured(1))));
            }
        }
    }
}

TEST_CASE("each role's guide gives its tasks as numbered steps with pictures, in the page's "
          "language",
          "[docs]")
{
    for (const QString &language : {u"en"_s, u"es"_s, u"lt"_s}) {
        for (const QString &page : pagesOf(language)) {
            const QString html = read(guideFolder + u'/' + language + u'/' + page);
            INFO((language + u'/' + page).toStdString());
            CHECK(html.contains(u"<html lang=\""_s + language + u'"'));
            if (page == u"index.html"_s)
                continue;
            CHECK(html.count(u"<h2>"_s) >= 3);
            CHECK(html.count(u"<ol>"_s) >= 3);
            CHECK(html.contains(u"<img src=\"../images/"_s));
        }
    }
}

TEST_CASE("each language's guide shows pictures of the interface in that language", "[docs]")
{
    static const QRegularExpression picture(uR"re(<img src="\.\./images/([^/"]+)/)re"_s);
    for (const QString &language : {u"en"_s, u"es"_s, u"lt"_s}) {
        for (const QString &page : pagesOf(language)) {
            const QString html = read(guideFolder + u'/' + language + u'/' + page);
            for (const auto &match : picture.globalMatch(html)) {
                INFO((language + u'/' + page).toStdString());
                CHECK(match.captured(1) == language);
            }
        }
    }
}

TEST_CASE("every picture of the guide is one that scripts/guide-screenshots remakes, in every "
          "language",
          "[docs]")
{
    const QString script = read(TENET_SOURCE_DIR u"/scripts/guide-screenshots"_s);
    static const QRegularExpression viewList(uR"re(^views="([^"]*)")re"_s,
                                             QRegularExpression::MultilineOption);
    const auto views = viewList.match(script);
    REQUIRE(views.hasMatch());
    const QStringList remade = views.captured(1).split(u' ', Qt::SkipEmptyParts);
    CHECK(script.contains(u"for language in en es lt"_s));
    const QStringList english
        = QDir(guideFolder + u"/images/en"_s).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(english.isEmpty());
    for (const QString &language : {u"es"_s, u"lt"_s}) {
        INFO(language.toStdString());
        CHECK(QDir(guideFolder + u"/images/"_s + language)
                  .entryList({u"*.png"_s}, QDir::Files, QDir::Name)
              == english);
    }
    for (const QString &picture : english) {
        INFO(picture.toStdString());
        CHECK(remade.contains(QFileInfo(picture).completeBaseName()));
    }
}
