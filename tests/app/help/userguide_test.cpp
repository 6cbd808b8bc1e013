#include "app/help/userguide.h"
#include "app/help/userguidedialog.h"

#include "support/tempdir.h"

#include <QFileInfo>
#include <QTextBrowser>

using namespace tenet;

TEST_CASE("the guide's language follows the interface's, and is English otherwise", "[app][help]")
{
    CHECK(app::UserGuide::language(QLocale(QLocale::Spanish, QLocale::Mexico)) == u"es"_s);
    CHECK(app::UserGuide::language(QLocale(QLocale::Lithuanian)) == u"lt"_s);
    CHECK(app::UserGuide::language(QLocale(QLocale::English, QLocale::UnitedKingdom)) == u"en"_s);
    CHECK(app::UserGuide::language(QLocale(QLocale::German)) == u"en"_s);
}

TEST_CASE("the program finds the guide in every language next to itself", "[app][help]")
{
    for (const QString &language : {u"en"_s, u"es"_s, u"lt"_s}) {
        const QString page = app::UserGuide::indexPage(language);
        INFO(language.toStdString());
        CHECK(page == app::UserGuide::folder() + u'/' + language + u"/index.html"_s);
        CHECK(QFileInfo::exists(page));
    }
}

TEST_CASE("a language the guide is not written in gets the English guide", "[app][help]")
{
    CHECK(app::UserGuide::indexPage(u"de"_s) == app::UserGuide::folder() + u"/en/index.html"_s);
}

TEST_CASE("Help > User Guide shows the index of the guide in the language asked for", "[app][help]")
{
    app::UserGuideDialog english(u"en"_s);
    CHECK(english.source().fileName() == u"index.html"_s);
    CHECK(english.browser()->documentTitle() == u"Tenet User Guide"_s);
    CHECK(english.browser()->toPlainText().contains(u"Supervisors"_s));

    app::UserGuideDialog spanish(u"es"_s);
    CHECK(spanish.browser()->documentTitle() == u"Guía de Tenet"_s);
    CHECK(spanish.browser()->toPlainText().contains(u"Supervisores"_s));
}

TEST_CASE("a link in the guide opens the role's page inside the dialog", "[app][help]")
{
    app::UserGuideDialog dialog(u"lt"_s);
    const QUrl agent = dialog.source().resolved(QUrl(u"agent.html"_s));
    dialog.browser()->setSource(agent);
    CHECK(dialog.source() == agent);
    CHECK(dialog.browser()->documentTitle() == u"Tenet konsultantams"_s);
    // The pictures are found relative to the page.
    CHECK(dialog.browser()
              ->loadResource(QTextDocument::ImageResource,
                             agent.resolved(QUrl(u"../images/lt/reading.png"_s)))
              .isValid());
}
